"""All Open311 routes: discovery and services, creating requests, reading requests."""

from fastapi import APIRouter

from municipal_server.open311 import catalogue, create, reports

router = APIRouter()
router.include_router(catalogue.router)
router.include_router(create.router)
router.include_router(reports.router)
