"""Reference municipal server: Open311 GeoReport v2 plus the project's /api/v1 extensions."""
