"""The audit's conversation in the page: start or resume, one question per page, the end.

The page holds no state of its own: every request rebuilds the audit's conversation from
the store (``Interview.open``), so the terminal and the page can take turns on one audit
without losing anything. The question shown is named in the address; every answer is
written before the next page is sent.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from auditor import audit as audits
from auditor import usecases
from auditor.errors import AuditorError
from auditor.facts import now
from auditor.formats import check_anchor
from auditor.goals import DEFAULT_GOAL, GOALS
from auditor.interview import Interview, QuestionView
from auditor.langs import LANGS
from auditor.store import AuditRow, Store
from auditor.strings import t
from auditor.web import pages
from auditor.web.site import LANG_COOKIE, SiteBase, see_other, url

ACTIONS = ("next", "back", "skip", "unsure", "stop")


class Conversation(SiteBase):
    # --- start -----------------------------------------------------------------------------------

    async def start(self, request: Request) -> Response:
        lang = self.lang_of(request)
        response = self.html("start.html", self._start_frame(lang, request), **self._start(request, lang))
        if request.query_params.get("lang") in LANGS:
            response.set_cookie(LANG_COOKIE, lang, httponly=True, samesite="strict")
        return response

    def _start_frame(self, lang: str, request: Request) -> pages.Frame:
        frame = self.frame(lang, "web.start.heading")
        if request.query_params.get("stopped"):
            frame.notice = t("web.start.stopped", lang)
        return frame

    def _start(self, request: Request, lang: str, error: str = "", chosen: list[str] | None = None,
               beside: bool = False) -> dict[str, Any]:
        resume, earlier = None, None
        first_time = True  # nothing audited yet: the page points to the demo once
        if self.s.db.exists():
            with self.store() as st:
                first_time = st.latest_audit() is None
                latest = usecases.latest_unfinished(st)
                if latest is not None:
                    summary = usecases.resume_summary(st, self.s.catalogue, latest, now())
                    resume = pages.resume_summary(summary, lang, url(request, "audit", audit=latest.id))
                # the language each platform was used in at the last audit, offered first
                earlier = audits.previous_platform_langs(st, list(self.s.catalogue.checklists))
                if chosen is None:  # the person's last choice, remembered by their last audit
                    last = st.latest_audit()
                    chosen = last.platforms if last is not None else None
        return {**pages.start_page(self.s.catalogue, lang, resume, error, earlier, chosen, beside),
                "first_time": first_time}

    async def begin(self, request: Request) -> Response:
        form = await self.form(request)
        lang = str(form.get("lang") or self.lang_of(request))
        lang = lang if lang in LANGS else self.s.lang
        goal = str(form.get("goal") or DEFAULT_GOAL)
        goal = goal if goal in GOALS else DEFAULT_GOAL
        platforms = [str(p) for p in form.getlist("platform") if str(p) in self.s.catalogue.checklists]
        if not platforms:
            frame = self.frame(lang, "web.start.heading")
            return self.html("start.html", frame, **self._start(request, lang, t("web.start.none_chosen", lang)))
        # The server's one store (a second one beside it would cost its locks); beginning claims
        # the audit, and the page lets go of that claim at once, so `auditor audit` in a
        # terminal can carry on with it.
        screens = {p: str(form.get(f"{pages.SCREEN_LANG_FIELD}{p}")) for p in platforms
                   if form.get(f"{pages.SCREEN_LANG_FIELD}{p}") in LANGS}  # not said: the tool's language
        if not form.get("beside") and self.s.db.exists():
            # another audit still open: say so, rather than leave it open without a word
            with self.store() as st:
                open_one = usecases.latest_unfinished(st)
            if open_one is not None and sorted(open_one.platforms) != sorted(platforms):
                names = ", ".join(usecases.platform_name(self.s.catalogue, p) for p in open_one.platforms)
                frame = self.frame(lang, "web.start.heading")
                return self.html("start.html", frame, **self._start(
                    request, lang, t("web.start.unfinished", lang, platforms=names), chosen=platforms, beside=True))
        with self.store() as st:
            try:
                interview = Interview.begin(st, self.s.catalogue, platforms, goal=goal, lang=lang, now=now(),
                                            platform_langs=screens)
            finally:
                st.release()
        response = see_other(request, "audit", audit=interview.audit.id)
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
            return self._where_now(request, interview, moved=bool(request.query_params.get("moved")))

    def _where_now(self, request: Request, interview: Interview, *, saved: bool = False,
                   moved: bool = False, changed: int = 0) -> Response:
        audit_id = interview.audit.id
        if interview.audit.finished:
            return see_other(request, "report", audit=audit_id)
        current = interview.current()
        if current is None:
            return see_other(request, "end", audit=audit_id)
        self._prepared = {(audit_id, current.check_id): (_data_version(interview.store), current)}
        flags = "&".join(name for name, on in (("saved=1", saved), ("moved=1", moved),
                                               (f"changed={changed}", bool(changed))) if on)
        return see_other(request, "question", query=flags, audit=audit_id, check=current.check_id)

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
            return see_other(request, "audit", query="moved=1", audit=audit_id)
        frame = self.frame(audit.lang, "web.title")
        frame.title = view.question  # the tab says the question, as the heading does
        context = pages.question_page(view, self._action(request, view), audit.lang,
                                      saved=bool(request.query_params.get("saved")),
                                      moved=bool(request.query_params.get("moved")),
                                      changed=_int(request.query_params.get("changed")),
                                      help_text=pages.question_help(self.s.catalogue, check_id, audit.lang,
                                                                    audit.platform_lang(view.platform)))
        return self.html("question.html", frame, **context)

    async def reply(self, request: Request) -> Response:
        audit_id, check_id = int(request.path_params["audit"]), str(request.path_params["check"])
        form = await self.form(request, max_files=0, max_fields=10)
        action = str(form.get("action") or "next")
        action = action if action in ACTIONS else "next"
        answer = form.get("answer")
        posted = answer.strip()[:2000] if isinstance(answer, str) else None
        if action == "stop":
            return see_other(request, "start", query="stopped=1")
        with self.store() as st:
            audit = self.audit_or_404(st, audit_id, self.lang_of(request))
            interview = self.interview(st, audit_id, check_id)
            view = interview.current() if interview is not None else None
            if interview is None or view is None or view.check_id != check_id:
                return see_other(request, "audit", query="moved=1", audit=audit_id)
            if action == "back":
                interview.back()
                return self._show_current(request, interview)
            if action == "skip":
                interview.skip()
                return self._where_now(request, interview)
            if action == "unsure":
                interview.unsure()
            else:
                if not posted:
                    return self._invalid(request, view, audit, posted, t(f"web.q.error.{view.kind}", audit.lang))
                outcome = interview.answer(posted)
                if not outcome.ok:
                    return self._invalid(request, view, audit, posted, outcome.error)
            if audit.finished:  # a correction from the report: evaluate again, back to the report
                usecases.correct_finished(st, self.s.catalogue, audit, now())
                return see_other(request, "report", anchor=check_anchor(check_id), audit=audit_id)
            return self._where_now(request, interview, saved=True, changed=interview.total_change)

    def _show_current(self, request: Request, interview: Interview) -> Response:
        current = interview.current()
        if current is None:
            return see_other(request, "audit", audit=interview.audit.id)
        return see_other(request, "question", audit=interview.audit.id, check=current.check_id)

    @staticmethod
    def _action(request: Request, view: QuestionView) -> str:
        return url(request, "reply", audit=int(request.path_params["audit"]), check=view.check_id)

    def _invalid(self, request: Request, view: QuestionView, audit: AuditRow, posted: str | None,
                 error: str) -> Response:
        frame = self.frame(audit.lang, "web.title")
        frame.title = view.question  # the tab says the question, as the heading does
        context = pages.question_page(view, self._action(request, view), audit.lang, posted=posted, error=error,
                                      help_text=pages.question_help(self.s.catalogue, view.check_id, audit.lang,
                                                                    audit.platform_lang(view.platform)))
        return self.html("question.html", frame, **context)

    async def back_from_end(self, request: Request) -> Response:
        audit_id = int(request.path_params["audit"])
        await self.form(request)
        with self.store() as st:
            self.audit_or_404(st, audit_id, self.lang_of(request))
            last = Interview.open(st, self.s.catalogue, audit_id, now=now()).question_ids()[-1:]
        if not last:
            return see_other(request, "audit", audit=audit_id)
        return see_other(request, "question", audit=audit_id, check=last[0])

    async def end(self, request: Request) -> Response:
        audit_id = int(request.path_params["audit"])
        with self.store() as st:
            audit = self.audit_or_404(st, audit_id, self.lang_of(request))
            interview = Interview.open(st, self.s.catalogue, audit_id, now=now())
            if interview.current() is not None and not audit.finished:
                return self._where_now(request, interview)
            answered, skipped = interview.counts()
            review = [view.check_id for view in interview.review]
            conflicts = interview.conflicts()
            first_skipped = interview.first_skipped()
        if audit.finished:
            return see_other(request, "report", audit=audit_id)
        frame = self.frame(audit.lang, "web.end.heading")

        def link(name: str, **params: str) -> str:
            return url(request, name, audit=audit_id, **params)

        return self.html("end.html", frame, **pages.end_page(link, answered, skipped, first_skipped, audit.lang,
                                                             review=review, conflicts=conflicts))

    async def finish(self, request: Request) -> Response:
        audit_id = int(request.path_params["audit"])
        await self.form(request)
        with self.store() as st:
            audit = self.audit_or_404(st, audit_id, self.lang_of(request))
            if not audit.finished:
                Interview.open(st, self.s.catalogue, audit_id, now=now()).finish()
        return see_other(request, "report", audit=audit_id)



def _int(given: str | None) -> int:
    try:
        return max(-999, min(999, int(given or 0)))
    except ValueError:
        return 0


def _data_version(st: Store) -> tuple[int, int]:
    """Changes whenever another connection (a terminal, another auditor) commits to the store;
    meaningful only on the same connection, so the connection is part of it."""
    version: int = st.conn.execute("PRAGMA data_version").fetchone()[0]
    return id(st.conn), version


