"""/api/v1 clerk routes (to be written)."""

from fastapi import APIRouter

router = APIRouter()
