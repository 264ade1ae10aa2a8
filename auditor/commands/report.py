"""``auditor report``: render an audit as HTML (default), JSON, PDF or terminal text."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from auditor.catalogue import cache, digest
from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import colour_enabled, default_lang, existing_store, fail_on, now, write_private
from auditor.errors import AuditorError, ExitCode
from auditor.report.files import render_bytes
from auditor.report.inputs import ReportInput, from_result, from_store
from auditor.report.view import ReportView, build
from auditor.store import AuditRow, Store
from auditor.strings import t

EXTENSIONS = {"html": "html", "json": "json", "pdf": "pdf", "text": "txt"}


def run(args: argparse.Namespace) -> int:
    moment = now()
    with existing_store(args) as st:
        audit = st.audit(args.audit) if args.audit is not None else st.latest_audit()
        if audit is None:
            if args.audit is not None:
                raise AuditorError(t("errors.store.no_audit", id=args.audit, path=st.path),
                                   hint=t("cli.history.no-audit.hint"))
            audit = _evidence_only_audit(st, args, moment)
        inputs = report_inputs(st, args, audit, moment)
    findings = [f for p in inputs.platforms for f in p.findings]
    to_stdout = str(args.out) == "-"
    if args.format == "text" and (args.out is None or to_stdout):
        from auditor.report.text import render_view

        view = build(inputs, lang=args.lang, redact_personal=args.redact, generated_at=moment,
                     platform_lang=args.platform_lang)
        print(render_view(view, colour=colour_enabled(sys.stdout)))
        return fail_on(findings, args.fail_on)
    view = build(inputs, lang=args.lang, redact_personal=args.redact, generated_at=moment,
                 platform_lang=args.platform_lang)
    data = render_bytes(view, args.format, chrome=getattr(args, "chrome", None))
    if to_stdout:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return fail_on(findings, args.fail_on)
    out = Path(args.out or t("report.file_name", view.lang, id=audit.id, ext=EXTENSIONS[args.format]))
    write_private(out, data)
    print(t("cli.demo.written", path=out), file=sys.stderr if args.format == "json" else sys.stdout)
    if args.open:
        import webbrowser

        webbrowser.open(out.resolve().as_uri())
    return fail_on(findings, args.fail_on)


def report_inputs(st: Store, args: argparse.Namespace, audit: AuditRow, moment: dt.datetime) -> ReportInput:
    """A finished audit is rendered from its stored findings and the cached check texts
    (no catalogue models: fast); an unfinished one is evaluated live from the catalogue."""
    directory = cache.checklist_dir(getattr(args, "checklists", None))
    if audit.finished:
        texts = cache.cached_digest(directory)
        if texts is not None:
            return from_store(st, texts, audit, moment.date())
    cat = open_catalogue(args)  # validates, and keeps the digest for next time
    texts = digest.from_catalogue(cat)
    if audit.finished:
        return from_store(st, texts, audit, moment.date())
    from auditor import audit as audits

    return from_result(audits.evaluate(st, cat, audit, moment.date()), moment.date())


def _evidence_only_audit(st: Store, args: argparse.Namespace, moment: dt.datetime) -> AuditRow:
    """No audit yet, but an imported export: make (and finish) an audit from that evidence
    alone, so that a profile-health report needs no questions answered first."""
    from auditor import audit as audits

    cat = open_catalogue(args)
    active = [p for p, cl in cat.checklists.items() if cl.status == "active"]
    seen = {fact.key.split(".", 1)[0] for fact in st.evidence(active)}
    platforms = [p for p in active if p in seen]
    if not platforms:
        raise AuditorError(t("errors.store.no_audits", path=st.path), hint=t("errors.store.missing.hint"))
    lang = args.lang or default_lang()
    row = audits.start(st, cat, platforms, "balanced", lang, moment)
    finished = audits.finish(st, cat, row, moment).audit
    print(t("report.evidence_audit_made", lang, id=finished.id), file=sys.stderr)
    return finished



def write_report(view: ReportView, fmt: str, out: Path) -> None:
    write_private(out, render_bytes(view, fmt))


__all__ = ["ExitCode", "render_bytes", "run", "write_report"]
