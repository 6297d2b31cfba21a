"""Open311 GeoReport v2 routes (to be written)."""

from fastapi import APIRouter

router = APIRouter()
