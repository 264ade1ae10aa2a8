"""``auditor checklists record`` and ``compare``: confirm labels from the real screens.

``record`` walks the settings pages of one platform's checklist in the maintainer's own
browser (the dedicated profile they logged into, or ``--cdp``), one page at a time with a
pause between pages, and writes what each page says (``catalogue.screens``). It reads only,
and stops at a sign-in page or a security check. ``compare`` holds a snapshot against the
catalogue and says, check by check, what a maintainer should look at; ``--format yaml``
writes the edits as a patch to review and copy in.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from auditor import __version__
from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import now, write_or_print, write_private
from auditor.errors import AuditorError, ExitCode, InputFileError
from auditor.strings import t

if TYPE_CHECKING:
    from auditor.catalogue.screens import Comparison, PageRecord, Snapshot
    from auditor.collectors.browser import BrowserSession

PAUSE_S = 3.0  # between two pages: a person's pace, never a crawl


def record(args: argparse.Namespace) -> int:
    from auditor.catalogue.screens import HEADER, Snapshot, settings_pages

    checklist = open_catalogue(args).platform(args.platform)
    pages = settings_pages(checklist)
    if not pages:
        raise AuditorError(t("screens.no_pages", platform=checklist.name))
    _require_playwright()
    records: list[PageRecord] = []
    stopped: PageRecord | None = None
    try:
        with _session(args) as browser:
            for n, (url, checks) in enumerate(pages.items(), 1):
                if n > 1 and args.pause > 0:
                    time.sleep(args.pause)
                print(t("screens.progress", n=n, total=len(pages), url=url), file=sys.stderr)
                page = browser.record(url, checks, args.own_name or ())
                records.append(page)
                if page.status in ("login", "checkpoint"):
                    stopped = page
                    break
    finally:  # Ctrl-C or a closed browser: the pages read so far are kept, marked incomplete
        snapshot = Snapshot.model_validate({
            "schema": "auditor.screens/1", "platform": checklist.platform, "ui_lang": args.ui_lang,
            "recorded": now().date().isoformat(), "tool_version": __version__,
            "complete": stopped is None and len(records) == len(pages),
            "pages": [r.model_dump() for r in records],
        })
        write_private(Path(args.out), (HEADER + _dump(snapshot.model_dump(mode="json", by_alias=True))).encode())
    if stopped is not None:
        raise AuditorError(t(f"screens.stopped.{stopped.status}", url=stopped.final_url or stopped.url,
                             path=args.out, n=len(records) - 1),
                           hint=t("screens.stopped.hint"))
    print(t("screens.written", path=args.out, n=len(records), platform=checklist.name, lang=args.ui_lang))
    return ExitCode.OK


def compare(args: argparse.Namespace) -> int:
    from auditor.catalogue.screens import compare as hold_against
    from auditor.catalogue.screens import patch

    snapshot = read_snapshot(Path(args.snapshot))
    checklist = open_catalogue(args).platform(snapshot.platform)
    comparison = hold_against(snapshot, checklist)
    text = (_patch_header(args.snapshot) + _dump(patch(comparison)) if args.format == "yaml"
            else render(comparison))
    write_or_print(args.out, text, t("screens.compare.written", path=args.out))
    return ExitCode.OK


def read_snapshot(path: Path) -> Snapshot:
    """A snapshot file, or one message naming the file and the field that is wrong."""
    from pydantic import ValidationError

    from auditor.catalogue.screens import Snapshot
    from auditor.inputs import load

    data, _nodes = load(path)
    try:
        return Snapshot.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(top)"
        raise InputFileError(t("screens.bad_snapshot", path=path, field=where, given=repr(first.get("input"))[:80]),
                             hint=t("screens.bad_snapshot.hint")) from None


def render(comparison: Comparison) -> str:
    """The comparison as a maintainer reads it: one block per check that needs a look."""
    snap = comparison.snapshot
    lines = [t("screens.compare.head", platform=snap.platform, lang=snap.ui_lang, date=snap.recorded.isoformat())]
    if not snap.complete:
        lines.append(t("screens.compare.incomplete"))
    for verdict in comparison.verdicts:
        line = f"{t(f'screens.kind.{verdict.kind}'):<18} {verdict.check}"
        if verdict.kind in ("label-differs", "path-differs"):
            line += "\n" + t("screens.compare.ours", text=verdict.ours) + "\n" + t("screens.compare.screen",
                                                                                    text=verdict.screen)
        elif verdict.kind == "not-found":
            line += "\n" + t("screens.compare.ours", text=verdict.ours)
            line += "\n" + t("screens.compare.there", text="; ".join(verdict.there) or "—")
        elif verdict.kind == "not-recorded":
            line += f" ({t(f'screens.reason.{verdict.reason}')})"
        lines.append(line)
    for control in comparison.new_controls:
        lines.append(f"{t('screens.kind.new'):<18} {control.role} “{control.name}”  {control.url}")
    lines.append(t("screens.compare.summary", confirmed=comparison.count("confirmed"),
                   differs=comparison.count("label-differs"), path=comparison.count("path-differs"),
                   missing=comparison.count("not-found"), unread=comparison.count("not-recorded"),
                   new=len(comparison.new_controls)))
    return "\n".join(lines) + "\n"


def _dump(data: object) -> str:
    import yaml

    return str(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110))


def _patch_header(source: str) -> str:
    return "".join(f"# {line}\n" for line in t("screens.patch_header", name=Path(source).name).split("\n"))


def _require_playwright() -> None:
    from auditor.extras import require_browser_extra

    require_browser_extra()  # the same one line as `audit --browser`: how to add the browser extra


def _session(args: argparse.Namespace) -> BrowserSession:
    from auditor.collectors.browser import BrowserSession

    return BrowserSession(profile_dir=args.profile_dir, cdp_url=args.cdp, browser_path=args.browser_path,
                          headless=True if args.headless else None)

