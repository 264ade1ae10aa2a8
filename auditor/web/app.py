"""The site: its named routes, its static files, its error pages, and the guard in front.

The handlers live by resource: ``conversation.py`` (start, the questions, the end) and
``records.py`` (report, share, export, history, accepted risks), over ``site.py``'s
plumbing. Addresses are made from the routes' names (``request.url_for``), never spelled.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from auditor.catalogue.resources import bundled_reports_dir
from auditor.errors import AuditorError
from auditor.strings import TABLE, speaking, t
from auditor.web import render
from auditor.web.conversation import Conversation
from auditor.web.records import Records
from auditor.web.security import Guard, Stalled, TooLarge
from auditor.web.site import Forbidden, Settings

STATIC = bundled_reports_dir() / "web" / "static"  # the stylesheet and the icon: nothing personal


def refusal_page(reason: str, lang: str) -> str:
    from auditor.web import security

    if reason == "too-large":
        message = t("web.export.too_large", lang, mb=security.MAX_UPLOAD_BYTES // (1024 * 1024))
    else:
        message = t(f"web.refused.{reason}", lang) if f"web.refused.{reason}" in TABLE else reason
    # a way on, except where the page itself cannot be opened (no secret, a foreign host name)
    export = ("/export", "web.refused.back_export")  # no request here to name routes with
    back = {"too-large": export, "stalled": export}.get(
        reason, ("", "") if reason in ("secret", "host") else ("/", "web.to_start"))
    return render.page("refused.html", lang=lang, heading=t("web.refused.heading", lang), message=message,
                       back=back[0], back_label=t(back[1], lang) if back[1] else "")


class Site(Conversation, Records):
    """The handlers, around one ``Settings``: the conversation's pages and the records'."""

    async def icon(self, request: Request) -> Response:
        return FileResponse(STATIC / "icon.svg", media_type="image/svg+xml")


class Speaking:
    """Each request speaks its own language where a sentence names none (a reader's message,
    a store's trouble): the page's (``?lang=``, the cookie, the command's), resolved per request
    like Flask-Babel's locale; a context value, so requests on other threads never see it."""

    def __init__(self, app: ASGIApp, site: Site) -> None:
        self.app, self.site = app, site

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        with speaking(self.site.lang_of(Request(scope))):
            await self.app(scope, receive, send)


def build_app(settings: Settings) -> Guard:
    """The whole site behind its guard."""
    site = Site(settings)
    routes = [
        Route("/", site.start, methods=["GET"], name="start"),
        Route("/start", site.begin, methods=["POST"], name="begin"),
        Route("/audit/{audit:int}", site.resume, methods=["GET"], name="audit"),
        Route("/audit/{audit:int}/q/{check}", site.question, methods=["GET"], name="question"),
        Route("/audit/{audit:int}/q/{check}", site.reply, methods=["POST"], name="reply"),
        Route("/audit/{audit:int}/end", site.end, methods=["GET"], name="end"),
        Route("/audit/{audit:int}/back", site.back_from_end, methods=["POST"], name="back"),
        Route("/audit/{audit:int}/finish", site.finish, methods=["POST"], name="finish"),
        Route("/audit/{audit:int}/report", site.report, methods=["GET"], name="report"),
        Route("/audit/{audit:int}/report.pdf", site.report_pdf, methods=["GET"], name="report_pdf"),
        Route("/audit/{audit:int}/share", site.share_page, methods=["GET"], name="share"),
        Route("/audit/{audit:int}/share.json", site.share_file, methods=["GET"], name="share_file"),
        Route("/export", site.export_form, methods=["GET"], name="export"),
        Route("/export", site.export_upload, methods=["POST"], name="upload"),
        Route("/history", site.history, methods=["GET"], name="history"),
        Route("/accept/{check}", site.accept_form, methods=["GET"], name="accept"),
        Route("/accept/{check}", site.accept, methods=["POST"], name="accepted"),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
        Route("/favicon.ico", site.icon, methods=["GET"], name="favicon"),
    ]

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        site.close()  # the serving thread's store: its write-ahead log is folded back in

    async def forbidden(request: Request, exc: Exception) -> Response:
        reason = exc.reason if isinstance(exc, Forbidden) else "secret"
        return HTMLResponse(refusal_page(reason, site.lang_of(request)), status_code=403)

    async def not_found(request: Request, exc: Exception) -> Response:
        """A page that is not there, a method or a request the page cannot take: each says
        which, in the page's title too (a tab list or a screen reader reads the title first)."""
        lang = site.lang_of(request)
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        kind = status if status in (400, 404, 405) else 400
        detail = exc.detail if isinstance(exc, HTTPException) and status == 404 else ""
        message = detail if detail and detail != "Not Found" else t(f"web.error.{kind}", lang)
        return site.html("message.html", site.frame(lang, f"web.error.{kind}.title"), status=status,
                         message=message)

    async def trouble(request: Request, exc: Exception) -> Response:
        """A store that is busy, read-only or damaged: said on the page, as the terminal says it."""
        lang = site.lang_of(request)
        message = exc.render() if isinstance(exc, AuditorError) else str(exc)
        return site.html("message.html", site.frame(lang, "web.error.503.title"), status=503, message=message)

    async def too_large(request: Request, exc: Exception) -> Response:
        return HTMLResponse(refusal_page("too-large", site.lang_of(request)), status_code=413)

    async def stalled(request: Request, exc: Exception) -> Response:
        return HTMLResponse(refusal_page("stalled", site.lang_of(request)), status_code=408)

    async def gone(request: Request, exc: Exception) -> Response:
        return Response(status_code=400)  # the person cancelled (or closed the tab): nobody to tell

    app = Starlette(routes=routes, lifespan=lifespan,
                    exception_handlers={Forbidden: forbidden, HTTPException: not_found, AuditorError: trouble,
                                        TooLarge: too_large, Stalled: stalled, ClientDisconnect: gone})
    guard = Guard(Speaking(app, site), settings.secret, settings.port,
                  lambda reason: refusal_page(reason, settings.lang))
    guard.close = site.close  # for a caller that serves without the lifespan (a test's client)
    return guard


__all__ = ["Settings", "build_app"]
