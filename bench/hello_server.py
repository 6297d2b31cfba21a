"""The floor for bench/server_bench.py: a bare FastAPI app served by uvicorn with the same
settings as `municipal-server serve` (municipal_server/cli.py), in its own process.

    python bench/hello_server.py PORT

GET /hello is a plain (sync) handler, as the server's list endpoints are; POST /hello reads the
whole body (the same form the server gets) and answers with its length. Both have a return
type, so FastAPI encodes their answers in Rust (Pydantic), as fast as orjson does the
server's; uvicorn picks uvloop and httptools for both when they are installed.
"""

import sys

import uvicorn
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/hello")
def hello() -> dict[str, str]:
    return {"hello": "world"}


@app.post("/hello")
async def hello_post(request: Request) -> dict[str, int]:
    return {"received": len(await request.body())}


if __name__ == "__main__":
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=int(sys.argv[1]),
        log_level="warning",
        proxy_headers=False,
        server_header=False,
    )
