"""The /api/v1 extensions: accounts, my requests, clerk workspace."""
