"""Helpers shared by the report tests: real audits through the CLI, and a browser to look.

Every audit here is run as a user would run it (``auditor audit --answers``), over the mini
catalogue (or an edited private copy of it), with its own ``--db`` in the test's tmp_path.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINI, Result, cli_env, run_cli

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
HOSTILE_HEADLINE = f"{SCRIPT} {IMG}"
EMAIL = "jan.jansen@example.com"
PHONE = "+31 6 1234 5678"

# The mini catalogue's headline check passes any headline of three words or more, and a
# passed check shows no value; these tests need the headline to be a gap (so its value is
# shown as evidence), so their copy of the catalogue asks for thirty words.
HEADLINE_RULE = "rule: {all: [{not_in_list: generic-titles}, {min_words: 3}]}"
STRICT_HEADLINE_RULE = "rule: {all: [{not_in_list: generic-titles}, {min_words: 30}]}"


def strict_headline(catalogue: Path) -> Path:
    """Edit a private catalogue copy so that the example headline check fails."""
    path = catalogue / "example.yaml"
    text = path.read_text(encoding="utf-8")
    assert HEADLINE_RULE in text, "the mini catalogue's headline rule changed; update report_support"
    path.write_text(text.replace(HEADLINE_RULE, STRICT_HEADLINE_RULE), encoding="utf-8")
    return catalogue


def write_answers(path: Path, answers: dict[str, Any], *, lang: str = "en",
                  goal: str = "balanced") -> Path:
    path.write_text(json.dumps({"goal": goal, "lang": lang, "answers": answers},
                               ensure_ascii=False), encoding="utf-8")
    return path


def env_at(when: str | None = None, **extra: str) -> dict[str, str]:
    """The CLI's environment, optionally with the clock pinned (AUDITOR_NOW)."""
    if when is not None:
        extra["AUDITOR_NOW"] = when
    return cli_env(**extra)


def ok(result: Result) -> Result:
    assert result.code == 0, f"exit {result.code}\nstdout:\n{result.out}\nstderr:\n{result.err}"
    return result


def audit(tmp_path: Path, catalogue: Path, db: Path, answers: dict[str, Any], *,
          lang: str = "en", name: str = "answers.json", when: str | None = None) -> Result:
    """One finished audit over ``catalogue`` from an answers file."""
    file = write_answers(tmp_path / name, answers, lang=lang)
    return ok(run_cli("audit", "--answers", file, "--checklists", catalogue, "--db", db,
                      env=env_at(when)))


def report(catalogue: Path, db: Path, *args: str | Path, when: str | None = None) -> Result:
    return run_cli("report", *args, "--checklists", catalogue, "--db", db, env=env_at(when))


# --- a real browser ---------------------------------------------------------------------

BROWSER_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


def chromium_path() -> str | None:
    """A Chromium-family executable on this machine, or None."""
    for candidate in (os.environ.get("AUDITOR_TEST_BROWSER"), "/usr/bin/chromium"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def require_browser() -> str:
    """The browser to test with; skips (or fails, under AUDITOR_REQUIRE_BROWSER=1) without."""
    reason = None
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        reason = "Playwright is not installed (uv pip install playwright)"
    path = chromium_path()
    if reason is None and path is None:
        reason = ("no Chromium-family browser found (install Debian's chromium, or set "
                  "AUDITOR_TEST_BROWSER to a Chromium/Chrome executable)")
    if reason is not None:
        if os.environ.get("AUDITOR_REQUIRE_BROWSER") == "1":
            pytest.fail(f"AUDITOR_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    assert path is not None
    return path




# --- a fixed story of two audits (golden file, text summary) -----------------------------

FIRST_AUDIT = "2026-11-15T10:00:00+00:00"
SECOND_AUDIT = "2026-11-22T10:00:00+00:00"

TWO_STEP = """
  - id: example.security.two-step
    revision: 1
    category: security
    severity: high
    assessment: manual
    title: {en: "Two-step verification is on", nl: "Verificatie in 2 stappen staat aan"}
    why:
      en: "A stolen password alone should not open your account."
      nl: "Een gestolen wachtwoord alleen mag je account niet openen."
    impact: {en: "A code on login.", nl: "Een code bij het inloggen."}
    fact: example.security.two_step
    rule: {equals: true}
    default: false
    question:
      kind: toggle
      text: {en: "Is two-step verification on?", nl: "Staat verificatie in 2 stappen aan?"}
    where:
      url: https://example.invalid/settings/security
      path: {en: "Settings › Security", nl: "Instellingen › Beveiliging"}
    fix:
      web: {en: "Turn it on and keep the recovery codes.", nl: "Zet het aan; bewaar de codes."}
      ios: {en: "Settings › Security › Two-step: on.", nl: "Instellingen › Beveiliging: aan."}
    labels: {en: confirmed, nl: confirmed}
    sources:
      - {url: "https://example.invalid/help/two-step", title: "Help: two-step", seen: 2026-11-22}
    history: [{date: 2026-11-20, change: added, note: "New check."}]
"""


def second_catalogue(catalogue: Path) -> Path:
    """The catalogue a week later: a new check, and the headline check's advice revised."""
    path = catalogue / "example.yaml"
    text = path.read_text(encoding="utf-8")
    old = "- id: example.profile.headline\n    revision: 1"
    assert old in text, "the mini catalogue changed; update report_support"
    text = text.replace(old, "- id: example.profile.headline\n    revision: 2")
    text = text.replace('version: "2026.01.01"', 'version: "2026.02.01"')
    path.write_text(text.rstrip("\n") + "\n" + TWO_STEP, encoding="utf-8")
    return catalogue


def two_audits(tmp: Path, *, lang: str = "en") -> tuple[Path, Path]:
    """Audit 1, then a changed catalogue and audit 2 (fixed, regressed, new, check-changed),
    then one accepted risk. Returns (catalogue, db); the clock is pinned throughout."""
    catalogue = tmp / "catalogue"
    shutil.copytree(MINI, catalogue)
    db = tmp / "audits.sqlite3"
    audit(tmp, catalogue, db, {
        "example.privacy.ads": "on",                    # gap      -> fixed
        "example.networking.invitations": "always",     # pass     -> regressed
        "example.profile.headline": "manager",          # gap      -> check-changed
    }, lang=lang, name="week1.yaml", when=FIRST_AUDIT)
    second_catalogue(catalogue)
    audit(tmp, catalogue, db, {
        "example.privacy.ads": "off",
        "example.networking.invitations": "never",
        "example.profile.headline": "Data engineer building privacy tools for small charities",
        "example.security.two-step": "off",             # new check, gap
    }, lang=lang, name="week2.yaml", when=SECOND_AUDIT)
    ok(run_cli("accept", "example.networking.invitations", "--reason",
               "I network openly on purpose", "--until", "2027-06-30",
               "--checklists", catalogue, "--db", db, env=env_at(SECOND_AUDIT)))
    return catalogue, db
