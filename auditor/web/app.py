"""The pages and what each form does.

The page holds no state of its own: every request rebuilds the audit's conversation from
the store (``Interview.open``), so the terminal and the page can take turns on one audit
without losing anything. The question shown is named in the address; every form carries
this launch's CSRF token; every answer is written before the next page is sent.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from auditor import audit as audits
from auditor.catalogue.loader import Catalogue
from auditor.catalogue.model import Check
from auditor.engine import Acceptance
from auditor.errors import AuditorError
from auditor.facts import now
from auditor.interview import Interview, QuestionView
from auditor.store import AuditRow, Store
from auditor.strings import LANGS, TABLE, current_lang, set_lang, t
from auditor.web import pages, render
from auditor.web.reportlinks import with_links
from auditor.web.security import Guard, Secret, Stalled, TooLarge
from auditor.web.upload import read_upload_off_loop

LANG_COOKIE = "auditor_lang"
ACTIONS = ("next", "back", "skip", "unsure", "stop")


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


def refusal_page(reason: str, lang: str) -> str:
    from auditor.web import security

    if reason == "too-large":
        message = t("web.export.too_large", lang, mb=security.MAX_UPLOAD_BYTES // (1024 * 1024))
    else:
        message = t(f"web.refused.{reason}", lang) if f"web.refused.{reason}" in TABLE else reason
    # a way on, except where the page itself cannot be opened (no secret, a foreign host name)
    back = {"too-large": ("/export", "web.refused.back_export"), "stalled": ("/export", "web.refused.back_export")}.get(
        reason, ("", "") if reason in ("secret", "host") else ("/", "web.to_start"))
    return render.page("refused.html", lang=lang, heading=t("web.refused.heading", lang), message=message,
                       back=back[0], back_label=t(back[1], lang) if back[1] else "")


class Site:
    """The handlers, around one ``Settings``."""

    def __init__(self, settings: Settings) -> None:
        self.s = settings
        self._local = threading.local()
        # The question an answer leads to, prepared while answering, for the GET that the
        # redirect makes next; used once, and only if nobody else wrote to the store since.
        self._prepared: dict[tuple[int, str], tuple[tuple[int, int], QuestionView]] = {}

    # --- plumbing -----------------------------------------------------------------------------

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

    # --- start -----------------------------------------------------------------------------------

    async def start(self, request: Request) -> Response:
        lang = self.lang_of(request)
        response = self.html("start.html", self._start_frame(lang, request), **self._start(lang))
        if request.query_params.get("lang") in LANGS:
            response.set_cookie(LANG_COOKIE, lang, httponly=True, samesite="strict")
        return response

    def _start_frame(self, lang: str, request: Request) -> pages.Frame:
        frame = self.frame(lang, "web.start.heading")
        if request.query_params.get("stopped"):
            frame.notice = t("web.start.stopped", lang)
        return frame

    def _start(self, lang: str, error: str = "") -> dict[str, Any]:
        resume = None
        first_time = True  # nothing audited yet: the page points to the demo once
        if self.s.db.exists():
            with self.store() as st:
                latest = st.latest_audit()
                first_time = latest is None
                if latest is not None and not latest.finished:
                    carried = st.carried_keys(latest.id)  # answers from the last audit are not this one's
                    answered = len([f for f in st.facts(latest.id)
                                    if f.source == "answer" and (f.key, f.source) not in carried])
                    names = [self.s.catalogue.checklists[p].name if p in self.s.catalogue.checklists else p
                             for p in latest.platforms]
                    resume = pages.resume_summary(latest.id, latest.started_at, answered, names, lang)
        return {**pages.start_page(self.s.catalogue, lang, resume, error), "first_time": first_time}

    async def begin(self, request: Request) -> Response:
        form = await self.form(request)
        lang = str(form.get("lang") or self.lang_of(request))
        lang = lang if lang in LANGS else self.s.lang
        goal = str(form.get("goal") or "balanced")
        goal = goal if goal in pages.GOALS else "balanced"
        platforms = [str(p) for p in form.getlist("platform") if str(p) in self.s.catalogue.checklists]
        if not platforms:
            frame = self.frame(lang, "web.start.heading")
            return self.html("start.html", frame, **self._start(lang, t("web.start.none_chosen", lang)))
        # The server's one store (a second one beside it would cost its locks); beginning claims
        # the audit, and the page lets go of that claim at once, so `auditor audit` in a
        # terminal can carry on with it.
        with self.store() as st:
            try:
                interview = Interview.begin(st, self.s.catalogue, platforms, goal=goal, lang=lang, now=now())
            finally:
                st.release()
        response = RedirectResponse(f"/audit/{interview.audit.id}", status_code=303)
        response.set_cookie(LANG_COOKIE, lang, httponly=True, samesite="strict")
        return response

    # --- questions -------------------------------------------------------------------------------

    def interview(self, st: Store, audit_id: int, at: str | None = None) -> Interview | None:
        """The conversation rebuilt from the store; ``None`` when ``at`` is no question of it
        (answered meanwhile in a way that ruled it out, or not a question at all)."""
        try:
            return Interview.open(st, self.s.catalogue, audit_id, now=now(), at=at)
        except AuditorError:
            return None

    async def resume(self, request: Request) -> Response:
        audit_id = int(request.path_params["audit"])
        with self.store() as st:
            self.audit_or_404(st, audit_id, self.lang_of(request))
            interview = Interview.open(st, self.s.catalogue, audit_id, now=now())
            return self._where_now(interview, moved=bool(request.query_params.get("moved")))

    def _where_now(self, interview: Interview, *, saved: bool = False, moved: bool = False) -> Response:
        audit_id = interview.audit.id
        if interview.audit.finished:
            return RedirectResponse(f"/audit/{audit_id}/report", status_code=303)
        current = interview.current()
        if current is None:
            return RedirectResponse(f"/audit/{audit_id}/end", status_code=303)
        self._prepared = {(audit_id, current.check_id): (_data_version(interview.store), current)}
        flags = "&".join(name for name, on in (("saved=1", saved), ("moved=1", moved)) if on)
        return RedirectResponse(f"/audit/{audit_id}/q/{current.check_id}" + (f"?{flags}" if flags else ""),
                                status_code=303)

    async def question(self, request: Request) -> Response:
        audit_id, check_id = int(request.path_params["audit"]), str(request.path_params["check"])
        with self.store() as st:
            audit = self.audit_or_404(st, audit_id, self.lang_of(request))
            prepared = self._prepared.pop((audit_id, check_id), None)
            if prepared is not None and prepared[0] == _data_version(st) and not audit.finished:
                view: QuestionView | None = prepared[1]
            else:
                interview = self.interview(st, audit_id, check_id)
                view = interview.current() if interview is not None else None
        if view is None or view.check_id != check_id:  # no longer a question of this audit
            return RedirectResponse(f"/audit/{audit_id}?moved=1", status_code=303)
        frame = self.frame(audit.lang, "web.title")
        frame.title = view.title
        context = pages.question_page(view, audit_id, audit.lang, saved=bool(request.query_params.get("saved")),
                                      moved=bool(request.query_params.get("moved")),
                                      help_text=pages.question_help(self.s.catalogue, check_id, audit.lang))
        return self.html("question.html", frame, **context)

    async def reply(self, request: Request) -> Response:
        audit_id, check_id = int(request.path_params["audit"]), str(request.path_params["check"])
        form = await self.form(request, max_files=0, max_fields=10)
        action = str(form.get("action") or "next")
        action = action if action in ACTIONS else "next"
        answer = form.get("answer")
        posted = answer.strip()[:2000] if isinstance(answer, str) else None
        if action == "stop":
            return RedirectResponse("/?stopped=1", status_code=303)
        with self.store() as st:
            audit = self.audit_or_404(st, audit_id, self.lang_of(request))
            interview = self.interview(st, audit_id, check_id)
            view = interview.current() if interview is not None else None
            if interview is None or view is None or view.check_id != check_id:
                return RedirectResponse(f"/audit/{audit_id}?moved=1", status_code=303)
            if action == "back":
                interview.back()
                return self._show_current(interview)
            if action == "skip":
                interview.skip()
                return self._where_now(interview)
            if action == "unsure":
                interview.unsure()
            else:
                if not posted:
                    return self._invalid(view, audit, posted, t(f"web.q.error.{view.kind}", audit.lang))
                # the evidence's own value, kept: stored as "export, confirmed by you"
                keeps = view.reason_code == audits.ASK_CONFIRM and view.default is not None and posted == view.default
                outcome = interview.answer("" if keeps else posted)
                if not outcome.ok:
                    return self._invalid(view, audit, posted, outcome.error)
            if audit.finished:  # a correction from the report: evaluate again, back to the report
                _evaluate_again(st, self.s.catalogue, audit)
                anchor = "c-" + check_id.replace(".", "-")
                return RedirectResponse(f"/audit/{audit_id}/report#{anchor}", status_code=303)
            return self._where_now(interview, saved=True)

    def _show_current(self, interview: Interview) -> Response:
        current = interview.current()
        if current is None:
            return RedirectResponse(f"/audit/{interview.audit.id}", status_code=303)
        return RedirectResponse(f"/audit/{interview.audit.id}/q/{current.check_id}", status_code=303)

    def _invalid(self, view: QuestionView, audit: AuditRow, posted: str | None, error: str) -> Response:
        frame = self.frame(audit.lang, "web.title")
        frame.title = view.title
        context = pages.question_page(view, audit.id, audit.lang, posted=posted, error=error,
                                      help_text=pages.question_help(self.s.catalogue, view.check_id, audit.lang))
        return self.html("question.html", frame, **context)

    async def back_from_end(self, request: Request) -> Response:
        audit_id = int(request.path_params["audit"])
        await self.form(request)
        with self.store() as st:
            self.audit_or_404(st, audit_id, self.lang_of(request))
            last = _question_ids(st, self.s.catalogue, audit_id)[-1:]
        if not last:
            return RedirectResponse(f"/audit/{audit_id}", status_code=303)
        return RedirectResponse(f"/audit/{audit_id}/q/{last[0]}", status_code=303)

    async def end(self, request: Request) -> Response:
        audit_id = int(request.path_params["audit"])
        with self.store() as st:
            audit = self.audit_or_404(st, audit_id, self.lang_of(request))
            interview = Interview.open(st, self.s.catalogue, audit_id, now=now())
            if interview.current() is not None and not audit.finished:
                return self._where_now(interview)
            answered, skipped = interview.counts()
            review = [view.check_id for view in interview.review]
            skipped_ids = st.skipped(audit_id)
            first_skipped = next((c for c in _question_ids(st, self.s.catalogue, audit_id) if c in skipped_ids), None)
        if audit.finished:
            return RedirectResponse(f"/audit/{audit_id}/report", status_code=303)
        frame = self.frame(audit.lang, "web.end.heading")
        return self.html("end.html", frame, **pages.end_page(audit_id, answered, skipped, first_skipped, audit.lang,
                                                             review=review))

    async def finish(self, request: Request) -> Response:
        audit_id = int(request.path_params["audit"])
        await self.form(request)
        with self.store() as st:
            audit = self.audit_or_404(st, audit_id, self.lang_of(request))
            if not audit.finished:
                Interview.open(st, self.s.catalogue, audit_id, now=now()).finish()
        return RedirectResponse(f"/audit/{audit_id}/report", status_code=303)

    # --- the report ------------------------------------------------------------------------------

    async def report(self, request: Request) -> Response:
        from auditor.report.html import render as render_report
        from auditor.report.view import build

        audit_id = int(request.path_params["audit"])
        with self.store() as st:
            audit = self.audit_or_404(st, audit_id, self.lang_of(request))
            result = audits.evaluate(st, self.s.catalogue, audit, now().date())
            # what the export settled can be corrected from the report as well
            askable = set(_question_ids(st, self.s.catalogue, audit_id))
            askable |= set(_review_ids(st, self.s.catalogue, audit_id))
        view = build(result, lang=audit.lang, generated_at=now())
        html = render_report(view)
        links = {("c-" + f.check.replace(".", "-")): f for fs in view.sections.values() for f in fs}
        return HTMLResponse(with_links(html, audit, links, askable))

    async def report_pdf(self, request: Request) -> Response:
        """The report as a PDF, made as ``auditor report --format pdf`` makes it (the person's
        own Chromium-family browser prints it); without one, a page that says so and how to
        print from the browser instead."""
        from starlette.concurrency import run_in_threadpool

        from auditor.commands.report import render_bytes
        from auditor.report.view import build

        audit_id = int(request.path_params["audit"])
        with self.store() as st:
            audit = self.audit_or_404(st, audit_id, self.lang_of(request))
            result = audits.evaluate(st, self.s.catalogue, audit, now().date())
        lang = audit.lang
        view = build(result, lang=lang, generated_at=now())
        before = current_lang()
        set_lang(lang)  # a missing browser is said in the report's language (as the upload does)
        try:  # the browser prints in a process of its own, for seconds: off the event loop
            data = await run_in_threadpool(render_bytes, view, "pdf")
        except AuditorError as exc:
            return self.html("pdf_missing.html", self.frame(lang, "web.report.pdf.title"), status=503,
                             details=exc.render(), report=f"/audit/{audit_id}/report")
        finally:
            set_lang(before)
        name = t("report.file_name", lang, id=audit_id, ext="pdf")
        return Response(data, media_type="application/pdf",
                        headers={"content-disposition": f'inline; filename="{name}"'})

    # --- sharing with a trainer ---------------------------------------------------------------------

    async def share_page(self, request: Request) -> Response:
        from auditor.share import describe

        audit_id = int(request.path_params["audit"])
        with self.store() as st:
            audit = self.audit_or_404(st, audit_id, self.lang_of(request))
        lang = audit.lang
        return self.html("share.html", self.frame(lang, "web.share.heading"), finished=audit.finished,
                         describe=describe(lang), download=f"/audit/{audit_id}/share.json",
                         back=f"/audit/{audit_id}", report=f"/audit/{audit_id}/report")

    async def share_file(self, request: Request) -> Response:
        import json

        from auditor.share import build_share

        audit_id = int(request.path_params["audit"])
        with self.store() as st:
            audit = self.audit_or_404(st, audit_id, self.lang_of(request))
            if not audit.finished:
                return RedirectResponse(f"/audit/{audit_id}/share", status_code=303)
            lang = audit.lang
            share = build_share(st, self.s.catalogue, audit_id, today=now().date())
        body = (json.dumps(share, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        return Response(body, media_type="application/json", headers={
            "content-disposition": f'attachment; filename="{t("share.file_name", lang, id=share["share_id"])}"'})

    # --- export ----------------------------------------------------------------------------------

    async def export_form(self, request: Request) -> Response:
        lang = self.lang_of(request)
        return self.html("export.html", self.frame(lang, "web.export.heading"), **pages.export_page(lang))

    async def export_upload(self, request: Request) -> Response:
        lang = self.lang_of(request)
        frame = self.frame(lang, "web.export.heading")
        form = await self.form(request, max_files=1, max_fields=5)
        try:
            upload = form.get("export")
            if not isinstance(upload, UploadFile) or not upload.filename:
                return self.html("export.html", frame,
                                 **pages.export_page(lang, error=[t("web.export.empty", lang)]))
            return await self._read_upload(upload, lang, frame)
        finally:
            await form.close()

    async def _read_upload(self, upload: UploadFile, lang: str, frame: pages.Frame) -> Response:
        from auditor.collectors.exports import KIND_NAMES

        moment = now()
        before = current_lang()
        set_lang(lang)  # the readers' messages in the page's language (process-wide, for the read's length)
        try:
            name, result = await read_upload_off_loop(upload, self.s.catalogue, moment)  # off the event loop
        except AuditorError as exc:
            return self.html("export.html", frame, **pages.export_page(lang, error=_upload_error(exc, lang)))
        finally:
            set_lang(before)
        with self.store() as st:
            st.record_import(result.kind, name, result.exported_at, result.facts, moment)
            latest = st.latest_audit()
        from auditor.collectors.answers import leaves_open

        by_key = {f.key: f for f in result.facts}  # evidence that leaves a question open answers none
        settled = [c.id for cl in self.s.catalogue.checklists.values() for c in cl.checks
                   if c.fact in by_key and not c.removed and by_key[c.fact].determined
                   and not leaves_open(c, by_key[c.fact].value)]
        done = t("web.export.done", lang, platform=KIND_NAMES.get(result.kind, result.kind),
                 facts=len(result.facts), checks=len(settled))
        unfinished = latest is not None and not latest.finished
        next_url = f"/audit/{latest.id}" if latest is not None and unfinished else "/"
        notes = [note.render(lang) for note in result.messages]
        return self.html("export.html", frame, **pages.export_page(
            lang, done=done, notes=notes, next_url=next_url,
            next_label=t("web.export.next" if unfinished else "web.export.begin", lang)))

    # --- history and accepted risks ----------------------------------------------------------------

    async def history(self, request: Request) -> Response:
        lang = self.lang_of(request)
        rows: list[dict[str, Any]] = []
        accepted: list[dict[str, str]] = []
        if self.s.db.exists():
            with self.store() as st:
                for row in reversed(st.audits()):
                    result = audits.evaluate(st, self.s.catalogue, row, now().date())
                    rows.append(_history_row(row, result, lang))
                for check_id, acc in sorted(st.acceptances().items()):
                    check = self.s.catalogue.find_check(check_id)
                    accepted.append({"title": _advice(check, lang) if check else check_id,
                                     "text": _acceptance_text(acc, lang), "url": f"/accept/{check_id}"})
        return self.html("history.html", self.frame(lang, "web.history.heading"), rows=rows, accepted=accepted)

    async def accept_form(self, request: Request) -> Response:
        return self._accept_page(request, self.lang_of(request))

    def _accept_page(self, request: Request, lang: str, *, error: str = "", notice: str = "",
                     reason: str = "", until: str = "") -> Response:
        check = self.s.catalogue.find_check(str(request.path_params["check"]))
        if check is None:
            raise HTTPException(404, t("web.error.404", lang))
        current = ""
        if self.s.db.exists():
            with self.store() as st:
                acc = st.acceptances().get(check.id)
                if acc is not None:
                    current = t("web.accept.current", lang, reason=acc.reason, until=_until_text(acc, lang))
                    reason = reason or acc.reason
        frame = self.frame(lang, "web.accept.heading")
        frame.notice = notice
        return self.html("accept.html", frame, title=_advice(check, lang), why=check.why.get(lang),
                         action=f"/accept/{check.id}", current=current, error=error, reason=reason, until=until,
                         removed=bool(check.removed))

    async def accept(self, request: Request) -> Response:
        lang = self.lang_of(request)
        form = await self.form(request, max_files=0, max_fields=10)
        check = self.s.catalogue.find_check(str(request.path_params["check"]))
        if check is None:
            raise HTTPException(404, t("web.error.404", lang))
        if form.get("action") == "withdraw":
            with self.store() as st:
                st.withdraw(check.id)
            return self._accept_page(request, lang, notice=t("web.accept.withdrawn", lang))
        reason = str(form.get("reason") or "").strip()
        until_text = str(form.get("until") or "").strip()
        if check.removed:
            return self._accept_page(request, lang, error=t("web.accept.removed", lang))
        if not reason:
            return self._accept_page(request, lang, error=t("web.accept.reason_missing", lang), until=until_text)
        until = _date_or_none(until_text)
        if until_text and (until is None or until < now().date()):
            return self._accept_page(request, lang, error=t("web.accept.bad_date", lang), reason=reason,
                                     until=until_text)
        with self.store() as st:
            st.accept(Acceptance(check.id, reason[:500], until, now()))
        return self._accept_page(request, lang, notice=t("web.accept.done", lang))

    async def css(self, request: Request) -> Response:
        return Response(render.stylesheet(), media_type="text/css")

    async def icon(self, request: Request) -> Response:
        return Response(render.icon(), media_type="image/svg+xml")


def _upload_error(exc: AuditorError, lang: str) -> list[str]:
    """An unreadable upload, one paragraph per line; the terminal's advice to give a folder
    instead becomes advice that fits a file picker."""
    folder_hints = set(TABLE["import.error.not_zip.hint"].values())
    hint = t("web.export.not_zip_hint", lang) if exc.hint in folder_hints else exc.hint
    lines = [exc.message, *exc.problems, *([hint] if hint else [])]
    return [line.strip() for line in lines if line and line.strip()]


def _data_version(st: Store) -> tuple[int, int]:
    """Changes whenever another connection (a terminal, another auditor) commits to the store;
    meaningful only on the same connection, so the connection is part of it."""
    version: int = st.conn.execute("PRAGMA data_version").fetchone()[0]
    return id(st.conn), version


def _question_ids(st: Store, cat: Catalogue, audit_id: int) -> list[str]:
    """Every question of the audit, in order (answered, skipped and open)."""
    audit = st.audit(audit_id)
    if audit is None:
        return []
    items, _settled = audits.conversation(st, cat, audit, now())
    return [item.check.id for item in items]


def _review_ids(st: Store, cat: Catalogue, audit_id: int) -> list[str]:
    """The checks an export settled that the person has not yet confirmed or corrected."""
    try:
        return [view.check_id for view in Interview.open(st, cat, audit_id, now=now()).review]
    except AuditorError:
        return []


def _evaluate_again(st: Store, cat: Catalogue, audit: AuditRow) -> None:
    """A finished audit corrected from its report: its findings are evaluated afresh and
    stored; it keeps its finishing time."""
    from dataclasses import replace

    result = audits.evaluate(st, cat, replace(audit, finished_at=None), now().date())
    st.save_findings(audit.id, result.findings)


def _advice(check: Check, lang: str) -> str:
    """What the advice is, as the report's heading says it ("Turn on two-step verification"):
    the check's title is the goal state, which reads as the opposite on a page about keeping a gap."""
    return check.action.get(lang) if check.action is not None else check.title.get(lang)


def _date_or_none(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _until_text(acc: Acceptance, lang: str) -> str:
    return t("web.accept.until_date", lang, date=acc.until.isoformat()) if acc.until else t("web.accept.forever", lang)


def _acceptance_text(acc: Acceptance, lang: str) -> str:
    return t("web.accept.current", lang, reason=acc.reason, until=_until_text(acc, lang))


def _history_row(row: AuditRow, result: audits.AuditResult, lang: str) -> dict[str, Any]:
    score = result.overall.score
    return {
        "id": row.id, "date": row.started_at.strftime("%d-%m-%Y %H:%M" if lang == "nl" else "%Y-%m-%d %H:%M"),
        "goal": t(f"interview.goal.{row.goal}", lang).capitalize() if row.goal in pages.GOALS else row.goal,
        "score": "—" if score is None else str(score), "coverage": pages.percent(result.overall.coverage),
        "platforms": ", ".join(p.checklist.name for p in result.platforms) or ", ".join(row.platforms),
        "state": t("web.history.finished" if row.finished else "web.history.unfinished", lang),
        "report_url": f"/audit/{row.id}/report", "report_label": t("web.history.report", lang, id=row.id),
        "resume_url": "" if row.finished else f"/audit/{row.id}",
        "resume_label": t("web.history.resume", lang, id=row.id),
    }


def build_app(settings: Settings) -> Guard:
    """The whole site behind its guard."""
    site = Site(settings)
    routes = [
        Route("/", site.start, methods=["GET"]),
        Route("/start", site.begin, methods=["POST"]),
        Route("/audit/{audit:int}", site.resume, methods=["GET"]),
        Route("/audit/{audit:int}/q/{check}", site.question, methods=["GET"]),
        Route("/audit/{audit:int}/q/{check}", site.reply, methods=["POST"]),
        Route("/audit/{audit:int}/end", site.end, methods=["GET"]),
        Route("/audit/{audit:int}/back", site.back_from_end, methods=["POST"]),
        Route("/audit/{audit:int}/finish", site.finish, methods=["POST"]),
        Route("/audit/{audit:int}/report", site.report, methods=["GET"]),
        Route("/audit/{audit:int}/report.pdf", site.report_pdf, methods=["GET"]),
        Route("/audit/{audit:int}/share", site.share_page, methods=["GET"]),
        Route("/audit/{audit:int}/share.json", site.share_file, methods=["GET"]),
        Route("/export", site.export_form, methods=["GET"]),
        Route("/export", site.export_upload, methods=["POST"]),
        Route("/history", site.history, methods=["GET"]),
        Route("/accept/{check}", site.accept_form, methods=["GET"]),
        Route("/accept/{check}", site.accept, methods=["POST"]),
        Route("/static/web.css", site.css, methods=["GET"]),
        Route("/static/icon.svg", site.icon, methods=["GET"]),
        Route("/favicon.ico", site.icon, methods=["GET"]),
    ]

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

    app = Starlette(routes=routes, exception_handlers={Forbidden: forbidden, HTTPException: not_found,
                                                       AuditorError: trouble, TooLarge: too_large,
                                                       Stalled: stalled, ClientDisconnect: gone})
    guard = Guard(app, settings.secret, settings.port, lambda reason: refusal_page(reason, settings.lang))
    guard.close = site.close
    return guard


__all__ = ["Settings", "build_app"]
