"""/api/v1 requests routes (to be written)."""

from fastapi import APIRouter

router = APIRouter()
