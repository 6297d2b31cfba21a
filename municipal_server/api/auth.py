"""/api/v1 auth routes (to be written)."""

from fastapi import APIRouter

router = APIRouter()
