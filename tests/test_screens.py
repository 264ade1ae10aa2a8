"""The label recorder (`checklists record`) and `checklists compare`, on fixture settings pages.

Each platform's pages are served on the catalogue's own settings URLs through route
interception (nothing leaves the machine), in Dutch and in English, built from the checks'
own labels so the tests follow the catalogue as it changes. The fixtures include a renamed
label, a moved setting, a new control, a login wall and a page full of personal data.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from browser_fixtures import _TOUCH_SCRIPT, FixtureServer, routed_session

from auditor import cli
from auditor.catalogue.loader import load_catalogue
from auditor.catalogue.model import Check
from auditor.catalogue.resources import bundled_checklists_dir
from auditor.catalogue.screens import (
    PATH_SEPARATOR,
    Control,
    PageRecord,
    Snapshot,
    compare,
    label,
    page_url,
    patch,
    same,
)
from auditor.collectors.browser.recorder import parse_tree, read_tree, scrub
from auditor.commands import screens

PLATFORMS = ("linkedin", "facebook", "x", "instagram")
PER_PLATFORM = 3  # settings pages per platform in the test catalogue

NAME, HANDLE, EMAIL, PHONE = "Jan Jansen", "@janjansen_nl", "jan.jansen@example.com", "+31 6 1234 5678"


# --- a small catalogue of real checks -------------------------------------------------------

@pytest.fixture(scope="module")
def small_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled checklists, each cut to the checks of its first few settings pages."""
    out = tmp_path_factory.mktemp("catalogue")
    bundled = bundled_checklists_dir()
    catalogue = load_catalogue()
    for platform in PLATFORMS:
        checklist = catalogue.platform(platform)
        urls: list[str] = []
        keep: set[str] = set()
        for check in checklist.checks:
            if check.removed or check.applies_when is not None:
                continue
            url = page_url(check)
            if url not in urls and len(urls) >= PER_PLATFORM:
                continue
            if url not in urls:
                urls.append(url)
            keep.add(check.id)
        data = yaml.safe_load((bundled / f"{platform}.yaml").read_text(encoding="utf-8"))
        data["checks"] = [{**c, "related": []} for c in data["checks"] if c["id"] in keep]
        (out / f"{platform}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                              encoding="utf-8")
    return out


def _checks(catalogue_dir: Path, platform: str) -> list[Check]:
    return [c for c in load_catalogue(catalogue_dir).platform(platform).checks if not c.removed]


# --- fixture pages ----------------------------------------------------------------------------

def _e(text: str) -> str:
    return html.escape(text, quote=True)


def settings_page(lang: str, title: str, crumbs: list[str], controls: list[str], *, banner: str = "",
                  extra: str = "") -> str:
    nav = "".join(f'<li><a href="/s/{i}">{_e(c)}</a></li>' for i, c in enumerate(crumbs))
    crumb_label = "Kruimelpad" if lang == "nl" else "Breadcrumb"
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>(3) {_e(title)}</title>'
            f"</head><body><header><a href=\"/feed/\">Home</a>{banner}</header>"
            f'<nav aria-label="{crumb_label}"><ol>{nav}</ol></nav>'
            f"<main><h1>{_e(title)}</h1>{''.join(controls)}{extra}</main>{_TOUCH_SCRIPT}</body></html>")


def control(check: Check, lang: str, name: str | None = None) -> str:
    """The check's setting as the platform would show it: a switch, or a labelled radio group."""
    text = _e(name if name is not None else label(check, lang))
    if check.question is not None and check.question.kind == "choice" and check.question.choices:
        radios = "".join(f'<label><input type="radio" name="{_e(check.id)}"> {_e(c.label.get(lang))}</label>'
                         for c in check.question.choices)
        return f"<fieldset><legend>{text}</legend>{radios}</fieldset>"
    if check.probe is not None and check.probe.role == "heading":
        return f"<h2>{text}</h2>"
    return f'<button role="switch" aria-checked="false">{text}</button>'


def crumbs_of(check: Check, lang: str) -> list[str]:
    return check.where.path.get(lang).split(PATH_SEPARATOR)[:-1]


def serve_all(server: FixtureServer, checks: list[Check], lang: str, **changes: Any) -> dict[str, list[Check]]:
    """Every settings page of ``checks`` as it should be; ``changes`` alter one page each."""
    pages: dict[str, list[Check]] = {}
    for check in checks:
        pages.setdefault(page_url(check), []).append(check)
    for url, on_page in pages.items():
        first = on_page[0]
        body = [control(c, lang) for c in on_page]
        # the check's other screen words (buttons, links, option names) are on the page too
        body += [f'<a href="#w{i}">{_e(pair.get(lang))}</a>' for c in on_page for i, pair in enumerate(c.ui.values())]
        # A breadcrumb only where the page's checks agree on the path (else the catalogue disagrees
        # with itself, which `compare` rightly reports, but this page means to be the catalogue's).
        same_path = all(crumbs_of(c, lang) == crumbs_of(first, lang) for c in on_page)
        crumbs = crumbs_of(first, lang) if same_path else []
        server.serve(url, settings_page(lang, label(first, lang), crumbs, body))
    return pages


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FixtureServer]:
    server = FixtureServer()
    monkeypatch.setattr(screens, "_session", routed_session(server, tmp_path / "profile"))
    yield server
    assert server.touched == [], f"the recorder interacted with a page: {server.touched}"


def record(catalogue_dir: Path, platform: str, lang: str, out: Path) -> int:
    return cli.main(["checklists", "record", platform, "--ui-lang", lang, "--out", str(out), "--pause", "0",
                     "--checklists", str(catalogue_dir)])


def compare_text(catalogue_dir: Path, snapshot: Path, *extra: str) -> int:
    return cli.main(["checklists", "compare", str(snapshot), "--checklists", str(catalogue_dir), *extra])


# --- end to end ---------------------------------------------------------------------------------

@pytest.mark.browser
@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_screen_that_shows_the_catalogues_labels_confirms_them(
        served: FixtureServer, small_catalogue: Path, tmp_path: Path, platform: str, lang: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    checks = _checks(small_catalogue, platform)
    pages = serve_all(served, checks, lang)
    snapshot = tmp_path / "snap.yaml"
    assert record(small_catalogue, platform, lang, snapshot) == 0
    text = snapshot.read_text(encoding="utf-8")
    assert text.startswith("# A screen snapshot") and "It never holds" in text
    data = yaml.safe_load(text)
    assert data["platform"] == platform and data["ui_lang"] == lang and data["complete"] is True
    assert [p["url"] for p in data["pages"]] == list(pages), "one visit per settings page, in catalogue order"
    capsys.readouterr()
    assert compare_text(small_catalogue, snapshot, "--lang", "en") == 0
    out = capsys.readouterr().out
    assert f"Confirmed {len(checks)} · label differs 0 · path differs 0 · not found 0 · not read 0" in out, out
    patch_file = tmp_path / "patch.yaml"
    assert compare_text(small_catalogue, snapshot, "--format", "yaml", "--out", str(patch_file)) == 0
    edits = yaml.safe_load(patch_file.read_text(encoding="utf-8"))
    for check in checks:
        kinds = [v["kind"] for v in edits["checks"][check.id]["verdicts"]]
        assert kinds == ["confirmed"], (check.id, kinds)
        assert edits["checks"][check.id]["verdicts"][0]["set"] == {
            f"labels.{lang}": "confirmed", f"labels.snapshot.{lang}": data["recorded"]}


@pytest.mark.browser
def test_renamed_moved_and_new_settings_are_told_apart(served: FixtureServer, small_catalogue: Path,
                                                       tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    checks = _checks(small_catalogue, "linkedin")
    pages = serve_all(served, checks, "nl")
    urls = list(pages)
    renamed, moved, extra = pages[urls[0]][0], pages[urls[1]][0], pages[urls[2]][0]
    new_name = label(renamed, "nl") + " voor iedereen"
    served.serve(urls[0], settings_page("nl", "Instellingen", ["Instellingen", "Andere plek"],
                                        [control(renamed, "nl", new_name)]
                                        + [control(c, "nl") for c in pages[urls[0]][1:]]))
    served.serve(urls[1], settings_page("nl", "Zichtbaarheid", crumbs_of(moved, "nl"),
                                        [control(c, "nl") for c in pages[urls[1]][1:]]
                                        + ['<button role="switch" aria-checked="true">Iets heel anders</button>']))
    served.serve(urls[2], settings_page("nl", label(extra, "nl"), crumbs_of(extra, "nl"),
                                        [control(c, "nl") for c in pages[urls[2]]]
                                        + ['<button role="switch" aria-checked="false">'
                                           "Deel je agenda met recruiters</button>"]))
    snapshot = tmp_path / "snap.yaml"
    assert record(small_catalogue, "linkedin", "nl", snapshot) == 0
    capsys.readouterr()
    assert compare_text(small_catalogue, snapshot, "--lang", "en") == 0
    out = capsys.readouterr().out
    assert re.search(rf"label differs +{re.escape(renamed.id)}\n +catalogue: {re.escape(label(renamed, 'nl'))}\n"
                     rf" +screen: +{re.escape(new_name)}", out), out
    assert re.search(rf"path differs +{re.escape(renamed.id)}\n.*\n +screen: +Instellingen › Andere plek", out)
    assert re.search(rf"not found +{re.escape(moved.id)}\n.*\n +the page shows: .*Iets heel anders", out), out
    assert "new control" in out and "“Deel je agenda met recruiters”" in out
    edits = yaml.safe_load(_patch(small_catalogue, snapshot, tmp_path))
    differs = next(v for v in edits["checks"][renamed.id]["verdicts"] if v["kind"] == "label-differs")
    assert differs["screen"] == new_name and new_name in next(iter(differs["set"].values()))
    assert {"url": urls[2], "role": "switch", "name": "Deel je agenda met recruiters"} in edits["new_controls"]


def _patch(catalogue_dir: Path, snapshot: Path, tmp_path: Path) -> str:
    out = tmp_path / "patch.yaml"
    assert compare_text(catalogue_dir, snapshot, "--format", "yaml", "--out", str(out)) == 0
    return out.read_text(encoding="utf-8")


@pytest.mark.browser
def test_a_login_wall_stops_the_recording_and_says_so(served: FixtureServer, small_catalogue: Path,
                                                      tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    checks = _checks(small_catalogue, "facebook")
    pages = serve_all(served, checks, "nl")
    second = list(pages)[1]
    served.serve(second, '<html><head><meta http-equiv="refresh" content="0;url=https://www.facebook.com/login/">'
                         "</head><body></body></html>")
    served.serve("https://www.facebook.com/login/", "<html><head><title>Log in</title></head><body><h1>Log in"
                 "</h1><input type=password></body></html>")
    snapshot = tmp_path / "snap.yaml"
    assert record(small_catalogue, "facebook", "nl", snapshot) == 2
    err = capsys.readouterr().err
    assert "Stopped:" in err and "sign in" in err and "Traceback" not in err
    data = yaml.safe_load(snapshot.read_text(encoding="utf-8"))
    assert data["complete"] is False and [p["status"] for p in data["pages"]] == ["ok", "login"]
    third = list(pages)[2] if len(pages) > 2 else None
    assert third is None or third not in served.served, "nothing after the login wall is opened"
    assert compare_text(small_catalogue, snapshot) == 0
    assert "The recording stopped early" in capsys.readouterr().out


@pytest.mark.browser
def test_nothing_personal_reaches_the_snapshot(served: FixtureServer, small_catalogue: Path,
                                               tmp_path: Path) -> None:
    checks = _checks(small_catalogue, "x")
    pages = serve_all(served, checks, "en")
    url, on_page = next(iter(pages.items()))
    banner = (f'<img alt="{NAME}" src="data:,"><a href="/janjansen_nl">{HANDLE}</a>'
              f'<a href="/settings/account">Account of {NAME}</a>')
    personal = (f'<label>Name <input type="text" value="{NAME}"></label>'
                f'<label>Email <input type="email" value="{EMAIL}"></label>'
                f'<label><input type="checkbox"> Let people who have {EMAIL} find you</label>'
                f'<label><input type="checkbox"> Let people who have {PHONE} find you</label>'
                f'<a href="/janjansen_nl/followers">1,234 Followers</a>'
                f'<section aria-label="Your profile"><h2>{NAME}</h2><button role="switch">Bio of {NAME}</button></section>'
                f'<div role="feed"><article><h3>Post by Piet Pieters</h3><a href="/p">Piet Pieters</a></article></div>'
                f"<p>{NAME} joined in March 2009 and has 5,678 followers.</p>")
    served.serve(url, settings_page("en", f"Privacy — {NAME}", crumbs_of(on_page[0], "en"),
                                    [control(c, "en") for c in on_page], banner=banner, extra=personal))
    snapshot = tmp_path / "snap.yaml"
    assert record(small_catalogue, "x", "en", snapshot) == 0
    text = snapshot.read_text(encoding="utf-8")
    for secret in ("Jansen", "janjansen", "jan.jansen", "example.com", "1234 5678", "+31", "1,234", "1234",
                   "5,678", "Piet", "March 2009"):
        assert secret.casefold() not in text.casefold(), secret
    data = yaml.safe_load(text)
    names = [c["name"] for c in data["pages"][0]["controls"]]
    assert "Let people who have [e-mail] find you" in names and "Let people who have [phone] find you" in names
    assert all(label(c, "en") in names or label(c, "en") in data["pages"][0]["headings"] for c in on_page)


# --- without a browser -------------------------------------------------------------------------

SNAPSHOT_TEXT = """\
- banner:
  - img "Jan Jansen"
  - 'link "Me: Jan Jansen"':
    - /url: /in/jan
- navigation "Breadcrumb":
  - list:
    - listitem:
      - link "Settings":
        - /url: /s
- main:
  - heading "Visibility" [level=1]
  - switch "Share profile updates with your network" [checked]
  - group "Who can see your connections":
    - radio "Everyone" [checked]
    - radio "Only you"
  - combobox "Profile viewing options":
    - option "Your name and headline" [selected]
  - textbox "Headline": Senior adviser at Jan Jansen BV
  - checkbox "Email jan@example.com weekly"
  - feed:
    - article:
      - switch "Follow Piet"
  - paragraph: You have 1.234 connections
"""


def test_the_tree_keeps_roles_and_names_and_drops_values_and_personal_areas() -> None:
    tree = parse_tree(SNAPSHOT_TEXT)
    reading = read_tree(tree, ["Jan Jansen"])
    assert reading.path == ["Settings"]
    assert reading.headings == ["Visibility"]
    roles = [(c.role, c.name, c.group) for c in reading.controls]
    assert ("switch", "Share profile updates with your network", "") in roles
    assert ("radio", "Everyone", "Who can see your connections") in roles
    assert ("option", "Your name and headline", "Profile viewing options") in roles
    assert ("checkbox", "Email [e-mail] weekly", "") in roles
    flat = repr(roles)
    assert "Senior adviser" not in flat and "Piet" not in flat and "Jan" not in flat and "1.234" not in flat


def test_a_settings_question_about_the_profile_is_read_but_a_profile_area_is_not() -> None:
    tree = parse_tree("""\
- main:
  - group "Who can Facebook suggest your profile to based on your email address?":
    - radio "No one" [checked]
  - region "Your profile":
    - switch "Bio of Jan Jansen"
""")
    roles = [(c.role, c.name, c.group) for c in read_tree(tree, ["Jan Jansen"]).controls]
    assert ("radio", "No one", "Who can Facebook suggest your profile to based on your email address?") in roles
    assert not any("Bio" in name for _, name, _ in roles)


def test_scrub_marks_names_contacts_and_counts() -> None:
    assert scrub(f"Hi {NAME}, mail {EMAIL} or call {PHONE}", [NAME]) == "Hi [name], mail [e-mail] or call [phone]"
    assert scrub("2,345 followers of @someone", [], handles=True) == "# followers of [name]"
    assert scrub("Allow @mentions from", []) == "Allow @mentions from", "a label keeps its word"
    assert scrub("Two-step verification", []) == "Two-step verification"


def test_compare_without_a_browser(small_catalogue: Path) -> None:
    checklist = load_catalogue(small_catalogue).platform("linkedin")
    first = next(c for c in checklist.checks  # a check with a screen word besides its main label
                 if not c.removed and any(not same(p.en, label(c, "en")) for p in c.ui.values()))
    snapshot = Snapshot.model_validate({
        "schema": "auditor.screens/1", "platform": "linkedin", "ui_lang": "en", "recorded": "2026-12-07",
        "pages": [PageRecord(url=page_url(first), status="ok", title="t",
                             controls=[Control(role="switch", name=label(first, "en").upper() + "!")]).model_dump()],
    })
    comparison = compare(snapshot, checklist)
    mine = next(v for v in comparison.verdicts if v.check == first.id)
    assert mine.kind == "confirmed", "case and punctuation are forgiven"
    assert all(v.kind == "not-recorded" and v.reason == "missing" for v in comparison.verdicts
               if v.url != page_url(first))
    # the main label alone does not confirm every screen word of the check: no "confirmed" proposed
    proposed = patch(comparison)["checks"][first.id]["verdicts"][0]
    assert "set" not in proposed and "not every other screen word" in proposed["note"]
    assert patch(comparison)["snapshot"] == {"platform": "linkedin", "ui_lang": "en", "recorded": "2026-12-07"}


def test_compare_speaks_dutch_throughout(small_catalogue: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    snap = tmp_path / "snap.yaml"
    snap.write_text("schema: auditor.screens/1\nplatform: linkedin\nui_lang: nl\nrecorded: 2026-12-07\npages: []\n")
    assert compare_text(small_catalogue, snap, "--lang", "nl") == 0
    out = capsys.readouterr().out
    assert "niet gelezen" in out and "(niet in de snapshot)" in out and "not in the snapshot" not in out
    patch_file = tmp_path / "patch.yaml"
    assert compare_text(small_catalogue, snap, "--lang", "nl", "--format", "yaml", "--out", str(patch_file)) == 0
    assert patch_file.read_text(encoding="utf-8").startswith("# Voorgestelde wijzigingen in de catalogus")


def test_a_bad_snapshot_is_one_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "snap.yaml"
    bad.write_text("schema: auditor.screens/1\nplatform: linkedin\nui_lang: fr\nrecorded: 2026-12-07\n")
    assert cli.main(["checklists", "compare", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "snap.yaml" in err and "ui_lang" in err and "'fr'" in err and "Traceback" not in err
    assert "Input should" not in err, "the library's own English stays out of the message"


def test_a_snapshot_confirms_a_label_only_when_it_is_marked_confirmed() -> None:
    from pydantic import ValidationError

    from auditor.catalogue.model import Labels

    assert Labels.model_validate({"en": "confirmed", "nl": "confirmed", "snapshot": {"nl": "2026-12-07"}},
                                 strict=False).snapshot
    with pytest.raises(ValidationError, match="set 'nl: confirmed'"):
        Labels.model_validate({"en": "confirmed", "nl": "unverified", "snapshot": {"nl": "2026-12-07"}},
                              strict=False)
