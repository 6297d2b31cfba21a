"""/api/v1 me routes (to be written)."""

from fastapi import APIRouter

router = APIRouter()
