"""The service catalogue as one document: departments, services and their questions.

The same document is the admin API's body (api/admin_catalogue.py), the file IT staff export,
review and import (`municipal-server catalogue`), and the demo catalogue (seed/). `document`
checks and writes it, `store` saves it (keeping versions of each service's questions),
`answers` reads a request's answers with the labels of the version it was made with.
"""
