"""What every page handler shares: the settings the command decided, the store kept open
for the serving thread, the request's language, the CSRF-checked form, named addresses."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse

from auditor.catalogue.loader import Catalogue
from auditor.interview import QuestionView
from auditor.langs import LANGS
from auditor.store import AuditRow, Store
from auditor.strings import t
from auditor.web import pages, render
from auditor.web.security import Secret

LANG_COOKIE = "auditor_lang"


@dataclass
class Settings:
    """What the command decided: where the store is, which catalogue, which language."""

    db: Path
    catalogue: Catalogue
    lang: str
    secret: Secret
    port: int


class Forbidden(Exception):
    def __init__(self, reason: str) -> None:
        self.reason = reason


def url(request: Request, name: str, /, query: str = "", anchor: str = "", **params: Any) -> str:
    """The address of a named route (a path on this site), with a query and an anchor."""
    path = request.url_for(name, **params).path
    return path + (f"?{query}" if query else "") + (f"#{anchor}" if anchor else "")


def see_other(request: Request, name: str, /, query: str = "", anchor: str = "", **params: Any) -> RedirectResponse:
    """After a form or to where the audit is now: a 303 to a named route."""
    return RedirectResponse(url(request, name, query=query, anchor=anchor, **params), status_code=303)


class SiteBase:
    """The handlers' plumbing, around one ``Settings``."""

    def __init__(self, settings: Settings) -> None:
        self.s = settings
        self._local = threading.local()
        # The question an answer leads to, prepared while answering, for the GET that the
        # redirect makes next; used once, and only if nobody else wrote to the store since.
        self._prepared: dict[tuple[int, str], tuple[tuple[int, int], QuestionView]] = {}

    @contextmanager
    def store(self) -> Iterator[Store]:
        """The store, kept open for the thread that serves (uvicorn serves on one): opening
        SQLite, checking the file and closing it (a WAL checkpoint) would cost more than the
        answer itself. Every statement still reads what the terminal committed meanwhile."""
        st: Store | None = getattr(self._local, "store", None)
        if st is None:
            st = Store(self.s.db)
            self._local.store = st
        yield st

    def close(self) -> None:
        """Close the serving thread's store (call it from that thread, when serving ends)."""
        st: Store | None = getattr(self._local, "store", None)
        if st is not None:
            st.close()
            self._local.store = None

    def lang_of(self, request: Request) -> str:
        chosen = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE) or self.s.lang
        return chosen if chosen in LANGS else self.s.lang

    def html(self, name: str, frame: pages.Frame, status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(render.page(name, **frame.as_context(**context)), status_code=status)

    def frame(self, lang: str, title_key: str) -> pages.Frame:
        return pages.Frame(lang=lang, csrf=self.s.secret.csrf, title=t(title_key, lang))

    async def form(self, request: Request, **limits: int) -> FormData:
        """The posted form, refused (403) without this launch's CSRF token."""
        self._prepared.clear()
        form = await request.form(**limits)
        if not self.s.secret.csrf_matches(form.get("csrf")):
            await form.close()
            raise Forbidden("csrf")
        return form

    def audit_or_404(self, st: Store, audit_id: int, lang: str) -> AuditRow:
        row = st.audit(audit_id)
        if row is None:
            raise HTTPException(404, t("web.no_audit", lang, id=audit_id))
        return row

