"""HTTP client for Open311 GeoReport v2 and the project's /api/v1 extensions.

No Qt here: the CLI and the tests use it directly, the UI only from background tasks.
"""
