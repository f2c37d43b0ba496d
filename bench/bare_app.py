"""The server benchmark's baseline: a bare FastAPI app with one small JSON endpoint.

Served by uvicorn exactly as bkt-stub-server serves the stub (one worker, no access log), so the
difference between the two is the stub's own work: session check, database, response model.
"""

from __future__ import annotations

import argparse
from typing import Any

from fastapi import FastAPI

app = FastAPI()

#: The size and shape of the demo customer's GET /accounts answer.
ACCOUNTS = {
    "accounts": [
        {
            "id": f"{index:016x}",
            "iban": f"AL47 2121 1009 0000 0001 2345 678{index}",
            "name": name,
            "type": kind,
            "currency": currency,
            "balance": balance,
            "available": balance,
        }
        for index, (name, kind, currency, balance) in enumerate(
            (
                ("Llogari rrjedhëse", "current", "ALL", "250000.00"),
                ("Llogari kursimi", "savings", "EUR", "5000.00"),
                ("Llogari rrjedhëse", "current", "USD", "1200.00"),
            )
        )
    ]
}


@app.get("/api/v1/accounts")
def accounts() -> dict[str, Any]:
    """A plain function like the stub's routes: FastAPI runs it in its thread pool too."""
    return ACCOUNTS


@app.get("/api/v1/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=args.port,
        workers=1,
        access_log=False,
        log_config=None,
        log_level="warning",
    )


if __name__ == "__main__":
    main()
