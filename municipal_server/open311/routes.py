"""All Open311 routes: discovery, services and requests."""

from fastapi import APIRouter

from municipal_server.open311 import catalogue, reports

router = APIRouter()
router.include_router(catalogue.router)
router.include_router(reports.router)
