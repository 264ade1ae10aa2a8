"""Helpers for the web page tests: the site on the mini catalogue, and a client that has
opened the printed link (so it holds the secret's cookie)."""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

with warnings.catch_warnings():  # starlette suggests another HTTP client; httpx is what is installed
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

import auditor.commands.common  # noqa: F401  (imported at collection: its colour_enabled() binds sys.stdout as a default)
from auditor.catalogue.loader import load_catalogue
from auditor.web.app import Settings, build_app
from auditor.web.security import Secret

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "catalogues" / "mini"
PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"


def site(db: Path, catalogue: Path | None = MINI, lang: str = "nl") -> tuple[Any, Secret]:
    secret = Secret.new()
    app = build_app(Settings(db=db, catalogue=load_catalogue(catalogue), lang=lang, secret=secret, port=PORT))
    return app, secret


def stranger(app: Any) -> TestClient:
    """A client that never saw the link."""
    return TestClient(app, base_url=BASE, follow_redirects=False)


def visitor(app: Any, secret: Secret) -> TestClient:
    """A client that opened the printed link once."""
    client = TestClient(app, base_url=BASE, follow_redirects=True)
    assert client.get(f"/?token={secret.token}").status_code == 200
    return client


def form_action(html: str) -> str:
    found = re.search(r'<form method="post" action="([^"]+)" class="answer"[^>]*>', html)
    assert found, "no question form on the page"
    return found.group(1)


def answer(client: TestClient, secret: Secret, html: str, action: str = "next", value: str | None = None) -> Any:
    data = {"csrf": secret.csrf, "action": action}
    if value is not None:
        data["answer"] = value
    return client.post(form_action(html), data=data)


def start(client: TestClient, secret: Secret, platforms: tuple[str, ...] = ("example",), lang: str = "nl") -> Any:
    return client.post("/start", data={"csrf": secret.csrf, "platform": list(platforms), "goal": "balanced",
                                       "lang": lang})
