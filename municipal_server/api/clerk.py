"""/api/v1/clerk: the clerk workspace (queue, actions, statistics); staff only."""

from fastapi import APIRouter

from municipal_server.api import clerk_actions, clerk_queue, clerk_stats

router = APIRouter()
for module in (clerk_queue, clerk_actions, clerk_stats):
    router.include_router(module.router)
