"""The pages around the conversation: the report (with ways back into the audit), sharing
with a trainer, handing over an export, the history and accepted risks. Each is a thin
shell over ``auditor.usecases``, as the terminal's commands are."""

from __future__ import annotations

from typing import Any

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from auditor import audit as audits
from auditor import usecases
from auditor.catalogue.model import Check
from auditor.engine import Acceptance
from auditor.errors import AuditorError
from auditor.facts import now
from auditor.interview import Interview
from auditor.labels import check_text
from auditor.strings import TABLE, speaking, t
from auditor.terminal import visible
from auditor.web import pages
from auditor.web.reportlinks import ReportLinks
from auditor.web.site import SiteBase, see_other, url
from auditor.web.upload import read_upload_off_loop


class Records(SiteBase):
    # --- the report ------------------------------------------------------------------------------

    async def report(self, request: Request) -> Response:
        from auditor.report.html import render as render_report
        from auditor.report.view import build

        audit_id = int(request.path_params["audit"])
        with self.store() as st:
            audit = self.audit_or_404(st, audit_id, self.lang_of(request))
            result = audits.evaluate(st, self.s.catalogue, audit, now().date())
            # what the export settled can be corrected from the report as well
            askable = Interview.open(st, self.s.catalogue, audit_id, now=now()).correctable_ids()
        view = build(result, lang=audit.lang, generated_at=now())
        # a control character in an answer is shown as its escape, never passed on hidden
        return HTMLResponse(visible(render_report(view, web=ReportLinks(request, audit, askable))))

    async def report_pdf(self, request: Request) -> Response:
        """The report as a PDF, made as ``auditor report --format pdf`` makes it (the person's
        own Chrome, Edge, Chromium or Brave prints it); without one, a page that says so and
        how to print from the browser instead."""
        from starlette.concurrency import run_in_threadpool

        from auditor.report.files import render_bytes
        from auditor.report.view import build

        audit_id = int(request.path_params["audit"])
        with self.store() as st:
            audit = self.audit_or_404(st, audit_id, self.lang_of(request))
            result = audits.evaluate(st, self.s.catalogue, audit, now().date())
        lang = audit.lang
        view = build(result, lang=lang, generated_at=now())
        try:  # the browser prints in a process of its own, for seconds: off the event loop
            with speaking(lang):  # a missing browser is said in the report's language
                data = await run_in_threadpool(render_bytes, view, "pdf")
        except AuditorError as exc:
            return self.html("pdf_missing.html", self.frame(lang, "web.report.pdf.title"), status=503,
                             details=exc.render(), report=url(request, "report", audit=audit_id))
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
                         describe=describe(lang), download=url(request, "share_file", audit=audit_id),
                         back=url(request, "audit", audit=audit_id), report=url(request, "report", audit=audit_id))

    async def share_file(self, request: Request) -> Response:
        audit_id = int(request.path_params["audit"])
        with self.store() as st:
            audit = self.audit_or_404(st, audit_id, self.lang_of(request))
            if not audit.finished:
                return see_other(request, "share", audit=audit_id)
            filename, body = usecases.share_download(st, self.s.catalogue, audit_id, now().date(), audit.lang)
        return Response(body, media_type="application/json", headers={
            "content-disposition": f'attachment; filename="{filename}"'})

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
            return await self._read_upload(request, upload, lang, frame)
        finally:
            await form.close()

    async def _read_upload(self, request: Request, upload: UploadFile, lang: str, frame: pages.Frame) -> Response:
        moment = now()
        try:  # off the event loop; the readers' messages in the request's language (see app.Speaking)
            name, result = await read_upload_off_loop(upload, self.s.catalogue, moment)
        except AuditorError as exc:
            return self.html("export.html", frame, **pages.export_page(lang, error=_upload_error(exc, lang)))
        with self.store() as st:
            summary = usecases.record_import(st, self.s.catalogue, result, now=moment, name=name)
        done = t("web.export.done", lang, platform=summary.platform,
                 facts=summary.facts, checks=summary.answered)
        latest = summary.unfinished
        unfinished = latest is not None
        next_url = url(request, "audit", audit=latest.id) if latest is not None else url(request, "start")
        notes = [note.render(lang) for note in result.messages]
        return self.html("export.html", frame, **pages.export_page(
            lang, done=done, notes=notes, next_url=next_url,
            next_label=t("web.export.next" if unfinished else "web.export.begin", lang),
            conflicts=len(summary.replaced),
            conflicts_url=url(request, "question", audit=latest.id, check=summary.replaced[0].id)
            if latest is not None and summary.replaced else ""))

    # --- history and accepted risks ----------------------------------------------------------------

    async def history(self, request: Request) -> Response:
        lang = self.lang_of(request)
        rows: list[dict[str, Any]] = []
        accepted: list[dict[str, str]] = []
        if self.s.db.exists():
            with self.store() as st:
                for row in reversed(usecases.history(st, self.s.catalogue, now().date())):
                    rows.append(_history_row(request, row, lang))
                for check_id, check, acc in usecases.acceptances(st, self.s.catalogue):
                    accepted.append({"title": _advice(check, lang) if check else check_id,
                                     "text": _acceptance_text(acc, lang),
                                     "url": url(request, "accept", check=check_id)})
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
        return self.html("accept.html", frame, title=_advice(check, lang), why=check_text(check, check.why, lang),
                         action=url(request, "accepted", check=check.id), current=current, error=error,
                         reason=reason, until=until, removed=bool(check.removed))

    async def accept(self, request: Request) -> Response:
        lang = self.lang_of(request)
        form = await self.form(request, max_files=0, max_fields=10)
        check = self.s.catalogue.find_check(str(request.path_params["check"]))
        if check is None:
            raise HTTPException(404, t("web.error.404", lang))
        if form.get("action") == "withdraw":
            with self.store() as st:
                usecases.withdraw_risk(st, check)
            return self._accept_page(request, lang, notice=t("web.accept.withdrawn", lang))
        reason = str(form.get("reason") or "").strip()
        until_text = str(form.get("until") or "").strip()
        try:
            acceptance = usecases.acceptance(check, reason, until_text, now())
        except usecases.Refused as refused:
            error = {"removed": "web.accept.removed", "reason": "web.accept.reason_missing"}.get(
                refused.why, "web.accept.bad_date")
            return self._accept_page(request, lang, error=t(error, lang), reason=reason, until=until_text)
        with self.store() as st:
            usecases.accept_risk(st, acceptance)
        return self._accept_page(request, lang, notice=t("web.accept.done", lang))


def _upload_error(exc: AuditorError, lang: str) -> list[str]:
    """An unreadable upload, one paragraph per line; the terminal's advice to give a folder
    instead becomes advice that fits a file picker."""
    folder_hints = set(TABLE["import.error.not_zip.hint"].values())
    hint = t("web.export.not_zip_hint", lang) if exc.hint in folder_hints else exc.hint
    lines = [exc.message, *exc.problems, *([hint] if hint else [])]
    return [line.strip() for line in lines if line and line.strip()]


def _advice(check: Check, lang: str) -> str:
    """What the advice is, as the report's heading says it ("Turn on two-step verification"):
    the check's title is the goal state, which reads as the opposite on a page about keeping a gap."""
    return check_text(check, check.action if check.action is not None else check.title, lang)


def _until_text(acc: Acceptance, lang: str) -> str:
    return t("web.accept.until_date", lang, date=acc.until.isoformat()) if acc.until else t("web.accept.forever", lang)


def _acceptance_text(acc: Acceptance, lang: str) -> str:
    return t("web.accept.current", lang, reason=acc.reason, until=_until_text(acc, lang))


def _history_row(request: Request, row: usecases.HistoryRow, lang: str) -> dict[str, Any]:
    audit = row.audit
    return {
        **row.cells(lang), "goal": row.cells(lang)["goal"].capitalize(), "id": audit.id,
        "state": t("web.history.finished" if audit.finished else "web.history.unfinished", lang),
        "report_url": url(request, "report", audit=audit.id),
        "report_label": t("web.history.report", lang, id=audit.id),
        "resume_url": "" if audit.finished else url(request, "audit", audit=audit.id),
        "resume_label": t("web.history.resume", lang, id=audit.id),
    }


