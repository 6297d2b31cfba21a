"""Open311 GeoReport v2 under /open311/v2/ (XML and JSON) and the discovery document."""
