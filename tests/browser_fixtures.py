"""Fixture settings pages for the browser collector, generated from the catalogue's probes.

Every check with a ``probe:`` gets a page per language per state (on/off, or each of its
options), in each markup style real platforms use for that kind of control: a
``<button role=switch aria-checked>``, a native ``<input type=checkbox>`` with a
``<label>``, a switch whose accessible name is a generic "Toggle to enable …" while the
question is only visible text beside it (Facebook's review switches), ARIA checkboxes, radio groups of native or ARIA radios, a ``<select>`` and a
collapsed ARIA combobox. Each page also carries page furniture (navigation, a search
combobox) and a *decoy* control of the same role with another name and the opposite state,
so a probe that reads "the first switch" instead of "the switch with this name" fails.

Pages are served by ``FixtureServer`` through Playwright route interception on the
probe's real https URL: nothing leaves the machine (every request that is not a fixture
is aborted and logged). A script on each page reports any click, input or state change
back to the server, which lets the tests prove that probes only read.

Run ``python tests/browser_fixtures.py OUT_DIR`` to write the generated pages for a look.
"""

from __future__ import annotations

import html
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from auditor.catalogue.model import Probe, Text  # noqa: E402
from auditor.facts import FactValue  # noqa: E402

HAND_WRITTEN = ROOT / "tests" / "fixtures" / "browser"

AI_URL = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
AI_PROBE = Probe(  # the first example probe in checklists/linkedin.yaml, frozen here for hand-written fixtures
    url=AI_URL,
    role="switch",
    name=Text(
        en="Use my data for training content creation AI models",
        nl="Use my data for training content creation AI models",
    ),
)
TOUCH_PATH = "/__auditor_touched"

# Markup styles per role; a generated page uses one of them.
VARIANTS: dict[str, tuple[str, ...]] = {
    "switch": ("button-aria", "input-switch", "question-aria"),
    "checkbox": ("native", "div-aria"),
    "radio": ("native", "div-aria"),
    "radiogroup": ("native", "div-aria"),
    "combobox": ("select", "aria-collapsed"),
    "heading": ("h2",),
}

_DECOY_NAMES = {
    "en": ("Show me job recommendations", "Who can see your email address"),
    "nl": ("Toon mij vacatureaanbevelingen", "Wie kan je e-mailadres zien"),
}
_UI = {
    "en": {
        "settings": "Settings",
        "home": "Home",
        "search": "Search",
        "on": "On",
        "off": "Off",
        "help": "Learn more about this setting.",
        "nav": "Primary",
        "other": "Something else",
        "toggle": "Toggle to enable",
    },
    "nl": {
        "settings": "Instellingen",
        "home": "Start",
        "search": "Zoeken",
        "on": "Aan",
        "off": "Uit",
        "help": "Meer informatie over deze instelling.",
        "nav": "Hoofdmenu",
        "other": "Iets anders",
        "toggle": "Schakelen om in te schakelen",
    },
}


@dataclass(frozen=True)
class ProbeCase:
    """One probe to test, with the fact it feeds."""

    check_id: str
    fact_key: str
    probe: Probe
    revision: int | None = None


@dataclass(frozen=True)
class FixturePage:
    case: ProbeCase
    lang: str
    state: str  # "on", "off", a choice id, or "present"
    expected: FactValue
    variant: str
    html: str

    @property
    def id(self) -> str:
        return f"{self.case.check_id}-{self.lang}-{self.state}-{self.variant}"


def catalogue_cases(directory: Path | None = None) -> list[ProbeCase]:
    """Every active check that declares a probe, in the bundled (or given) catalogue."""
    from auditor.catalogue.loader import load_catalogue

    catalogue = load_catalogue(directory)
    cases: list[ProbeCase] = []
    for checklist in catalogue.checklists.values():
        for check in checklist.checks:
            if check.probe is not None and not check.removed:
                cases.append(ProbeCase(check.id, check.fact, check.probe, check.revision))
    return cases


def states_for(probe: Probe) -> list[tuple[str, FactValue]]:
    """The states a page can show and the value a correct probe reads from each."""
    if probe.read == "checked":
        return [("on", True), ("off", False)]
    if probe.read == "selected-option":
        return [(choice, choice) for choice in (probe.options or {})]
    return [("present", True)]


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _option_label(probe: Probe, choice: str, lang: str) -> str:
    options = probe.options or {}
    return options[choice].get(lang)


def _decoy_options(probe: Probe, lang: str, selected: str) -> list[tuple[str, bool]]:
    """The probe's own option labels in the decoy, but another one selected: name matters."""
    labels = [(_option_label(probe, c, lang), c) for c in (probe.options or {})]
    others = [c for _, c in labels if c != selected]
    pick = others[0] if others else selected
    return [(label, c == pick) for label, c in labels]


def render_control(probe: Probe, lang: str, state: str, variant: str, label: str, uid: str) -> str:
    """The HTML of one control in one markup style."""
    on = state == "on"
    ui = _UI[lang]
    role = probe.role
    if role == "switch" and variant == "button-aria":
        return (
            f'<div class="row"><span id="lbl-{uid}" class="label">{_e(label)}</span>'
            f'<p class="help">{_e(ui["help"])}</p>'
            f'<button type="button" class="switch" role="switch" aria-checked="{str(on).lower()}" '
            f'aria-labelledby="lbl-{uid}"><span class="knob"></span></button>'
            f'<span aria-hidden="true">{ui["on"] if on else ui["off"]}</span></div>'
        )
    if role == "switch" and variant == "question-aria":
        # Facebook's shape: the question is text in the row; the switch is named generically.
        return (
            f'<div class="row"><div><span dir="auto">{_e(label)}</span>'
            f'<p class="help">{_e(ui["help"])}</p></div>'
            f'<div><input type="checkbox" role="switch" class="visually-hidden" aria-label="{_e(ui["toggle"])}"'
            f'{" checked" if on else ""}><span aria-hidden="true">{ui["on"] if on else ui["off"]}</span></div></div>'
        )
    if role == "switch":  # input-switch: a native checkbox with role=switch, styled away
        return (
            f'<div class="row artdeco-toggle"><input type="checkbox" role="switch" id="sw-{uid}" '
            f'class="visually-hidden"{" checked" if on else ""}>'
            f'<label for="sw-{uid}">{_e(label)}</label>'
            f'<span class="toggle-track" aria-hidden="true">{ui["on"] if on else ui["off"]}</span></div>'
        )
    if role == "checkbox" and variant == "native":
        return (
            f'<label class="row"><div><span>{_e(label)}</span>'
            f'<p class="help">{_e(ui["help"])}</p></div>'
            f'<input type="checkbox" name="cb-{uid}"{" checked" if on else ""}></label>'
        )
    if role == "checkbox":
        return (
            f'<div class="row"><div role="checkbox" tabindex="0" class="box" '
            f'aria-checked="{str(on).lower()}" aria-labelledby="cbl-{uid}"></div>'
            f'<span id="cbl-{uid}">{_e(label)}</span></div>'
        )
    if role == "radio" and variant == "native":
        return (
            f'<div class="row"><label><input type="radio" name="r-{uid}"{" checked" if on else ""}> '
            f'{_e(label)}</label><label><input type="radio" name="r-{uid}"'
            f"{'' if on else ' checked'}> {_e(ui['other'])}</label></div>"
        )
    if role == "radio":
        return (
            f'<div class="row" role="group"><div role="radio" tabindex="0" aria-checked="{str(on).lower()}">'
            f'{_e(label)}</div><div role="radio" tabindex="-1" aria-checked="{str(not on).lower()}">'
            f"{_e(ui['other'])}</div></div>"
        )
    if role == "radiogroup":
        options = [(_option_label(probe, c, lang), c == state) for c in (probe.options or {})]
        return _radiogroup(variant, label, options, uid)
    if role == "combobox":
        options = [(_option_label(probe, c, lang), c == state) for c in (probe.options or {})]
        return _combobox(variant, label, options, uid)
    if role == "heading":
        return f"<section><h2>{_e(label)}</h2><p>{_e(ui['help'])}</p></section>"
    raise ValueError(f"no fixture markup for role {role}")


def _radiogroup(variant: str, label: str, options: list[tuple[str, bool]], uid: str) -> str:
    if variant == "native":
        items = "".join(
            f'<label class="opt"><input type="radio" name="g-{uid}" value="{i}"'
            f"{' checked' if sel else ''}> {_e(text)}</label>"
            for i, (text, sel) in enumerate(options)
        )
        return (
            f'<div class="row"><h3 id="g-{uid}">{_e(label)}</h3>'
            f'<div role="radiogroup" aria-labelledby="g-{uid}">{items}</div></div>'
        )
    items = "".join(
        f'<div role="radio" class="opt" tabindex="{0 if sel else -1}" aria-checked="{str(sel).lower()}">'
        f"<span>{_e(text)}</span></div>"
        for text, sel in options
    )
    return f'<div class="row"><div role="radiogroup" aria-label="{_e(label)}">{items}</div></div>'


def _combobox(variant: str, label: str, options: list[tuple[str, bool]], uid: str) -> str:
    if variant == "select":
        items = "".join(
            f'<option value="{i}"{" selected" if sel else ""}>{_e(text)}</option>'
            for i, (text, sel) in enumerate(options)
        )
        return f'<div class="row"><label for="s-{uid}">{_e(label)}</label><select id="s-{uid}">{items}</select></div>'
    shown = next((text for text, sel in options if sel), "")
    items = "".join(f'<li role="option" aria-selected="{str(sel).lower()}">{_e(text)}</li>' for text, sel in options)
    return (
        f'<div class="row"><span id="cl-{uid}">{_e(label)}</span>'
        f'<div role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false" '
        f'aria-labelledby="cl-{uid}" aria-controls="lb-{uid}"><span>{_e(shown)}</span></div>'
        f'<ul role="listbox" id="lb-{uid}" hidden>{items}</ul></div>'
    )


def _decoy(probe: Probe, lang: str, state: str, variant: str) -> str:
    """A control of the same role, another name, the opposite state (or another option)."""
    name = _DECOY_NAMES[lang][1 if probe.read == "selected-option" else 0]
    for own in (probe.name.en, probe.name.nl):
        if own.casefold() in name.casefold() or name.casefold() in own.casefold():
            raise ValueError(f"the decoy name {name!r} would match the probe name {own!r}")
    if probe.role in ("radiogroup", "combobox"):
        options = _decoy_options(probe, lang, state)
        return (_radiogroup if probe.role == "radiogroup" else _combobox)(variant, name, options, "decoy")
    if probe.role == "heading":
        return f"<h2>{_e(name)}</h2>"
    opposite = "off" if state == "on" else "on"
    return render_control(probe, lang, opposite, variant, name, "decoy")


_STYLE = """
body{font:15px/1.4 system-ui,sans-serif;margin:0;background:#f4f2ee;color:#1d1d1d}
header{background:#fff;border-bottom:1px solid #ddd;padding:8px 24px;display:flex;gap:16px}
main{max-width:720px;margin:24px auto;background:#fff;border-radius:8px;padding:16px 24px}
.row{display:flex;align-items:center;justify-content:space-between;gap:12px;padding:12px 0;
     border-bottom:1px solid #eee}
.switch{width:40px;height:24px;border-radius:12px;border:0;background:#888;position:relative}
.switch[aria-checked=true]{background:#0a66c2}
.box{width:18px;height:18px;border:2px solid #555}.box[aria-checked=true]{background:#0a66c2}
.visually-hidden{position:absolute;opacity:0;width:1px;height:1px;overflow:hidden}
.help{color:#666;font-size:13px;margin:2px 0}
"""

_TOUCH_SCRIPT = (
    "<script>(() => {"
    f"const report = what => fetch('{TOUCH_PATH}?' + encodeURIComponent(what), {{keepalive: true}})"
    ".catch(() => {});"
    "for (const t of ['click','dblclick','change','input','pointerdown','keydown','submit'])"
    " document.addEventListener(t, () => report(t), true);"
    "new MutationObserver(ms => { for (const m of ms) if (['aria-checked','checked','aria-selected',"
    "'selected','value'].includes(m.attributeName)) report('mutation:' + m.attributeName); })"
    ".observe(document.documentElement, {attributes: true, subtree: true});"
    "})();</script>"
)


def page_html(body: str, lang: str, title: str) -> str:
    """A settings page around ``body``: header, navigation with a search combobox, main."""
    ui = _UI[lang]
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{_e(title)} | {_e(ui['settings'])}</title><style>{_STYLE}</style></head><body>"
        f'<header><nav aria-label="{ui["nav"]}"><a href="/feed/">{ui["home"]}</a> '
        f'<input role="combobox" aria-expanded="false" aria-label="{ui["search"]}" '
        f'placeholder="{ui["search"]}"></nav></header>'
        f"<main><h1>{_e(title)}</h1>{body}</main>{_TOUCH_SCRIPT}</body></html>"
    )


def render_page(probe: Probe, lang: str, state: str, variant: str, *, label: str | None = None) -> str:
    """The whole fixture page for a probe in one language, state and markup style."""
    name = label if label is not None else probe.name.get(lang)
    decoy = _decoy(probe, lang, state, variant)
    control = render_control(probe, lang, state, variant, name, "probe") if state != "absent" else ""
    title = urlsplit(probe.url).path.rstrip("/").rsplit("/", 1)[-1].replace("-", " ").replace("_", " ")
    body = f"<section>{decoy}</section><section>{control}</section>"
    return page_html(body, lang, title.capitalize() or _UI[lang]["settings"])


def pages_for(case: ProbeCase, *, all_variants: bool = False) -> list[FixturePage]:
    """A page per language per state; one markup style each (rotating), or all of them."""
    variants = VARIANTS[case.probe.role]
    pages: list[FixturePage] = []
    for li, lang in enumerate(("en", "nl")):
        for si, (state, expected) in enumerate(states_for(case.probe)):
            chosen = variants if all_variants else (variants[(li + si) % len(variants)],)
            for variant in chosen:
                pages.append(
                    FixturePage(case, lang, state, expected, variant, render_page(case.probe, lang, state, variant))
                )
    return pages


def hand_written(name: str) -> str:
    """A committed fixture page from ``tests/fixtures/browser/``."""
    return (HAND_WRITTEN / name).read_text(encoding="utf-8")


def url_key(url: str, *, query: bool = True) -> str:
    """Scheme, host, path and (unless ``query=False``) query; never the fragment.

    Some platforms pick the settings page by query (Facebook's ``?tab=``), so a fixture
    served with a query answers only that query; one served without answers any query
    (a login page reached with ``?session_redirect=…``).
    """
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme, parts.netloc.lower(), path, parts.query if query else "", ""))


@dataclass
class FixtureServer:
    """Serves fixture pages on real URLs through ``context.route``; aborts everything else.

    Handlers run on the browser session's worker thread while tests change what is served
    from the main thread, hence the lock.
    """

    pages: dict[str, tuple[int, str, str]] = field(default_factory=dict)
    served: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    touched: list[str] = field(default_factory=list)
    cookies: list[tuple[str, str]] = field(default_factory=list)  # (url, Cookie header) served
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def serve(self, url: str, body: str, *, status: int = 200, content_type: str = "text/html; charset=utf-8") -> None:
        with self._lock:
            self.pages[url_key(url)] = (status, content_type, body)

    def reset(self) -> None:
        with self._lock:
            self.pages.clear()
            self.served.clear()
            self.blocked.clear()
            self.touched.clear()
            self.cookies.clear()

    def install(self, context: Any) -> None:
        """The ``route_hook`` for ``BrowserSession``: intercept every request of ``context``."""
        context.route("**/*", self._handle)

    def _handle(self, route: Any) -> None:
        url = route.request.url
        if urlsplit(url).path == TOUCH_PATH:
            with self._lock:
                self.touched.append(url)
            route.fulfill(status=204, body="")
            return
        with self._lock:
            page = self.pages.get(url_key(url)) or self.pages.get(url_key(url, query=False))
            (self.served if page else self.blocked).append(url)
        if page is None:
            route.abort("blockedbyclient")
            return
        status, content_type, body = page
        cookie = route.request.all_headers().get("cookie", "")
        with self._lock:
            self.cookies.append((url, cookie))
        route.fulfill(status=status, content_type=content_type, body=body)


def loopback_gate(context: Any, base: str, outside: list[str]) -> None:
    """Let ``context`` reach only ``base`` (our own page on loopback); record and stop the rest."""

    def gate(route: Any) -> None:
        if route.request.url.startswith(base + "/"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", gate)


def routed_session(server: FixtureServer, profile_dir: Path) -> Any:
    """A stand-in for a command's ``session(args)``: a headless browser on ``profile_dir``
    whose every request is answered by ``server`` (and a dead proxy behind it)."""
    from contextlib import contextmanager

    from auditor.collectors.browser import BrowserSession

    path = browser_path_or_skip()

    @contextmanager
    def session(args: object) -> Iterator[BrowserSession]:
        with BrowserSession(profile_dir=profile_dir, browser_path=path, headless=True,
                            route_hook=server.install, probe_timeout_s=3.0,
                            extra_args=["--proxy-server=http://127.0.0.1:9"]) as browser:
            yield browser

    return session


def iter_all_pages(all_variants: bool = True) -> Iterator[FixturePage]:
    for case in catalogue_cases():
        yield from pages_for(case, all_variants=all_variants)


def example_probe(role: str = "switch", read: str = "checked", **options: tuple[str, str]) -> Probe:
    """A probe with distinct English and Dutch names, for tests that need their own."""
    names = {
        "switch": (
            "Use my data for training content creation AI models",
            "Mijn gegevens gebruiken om AI-modellen voor contentcreatie te trainen",
        ),
        "checkbox": ("Protect your posts", "Je posts beschermen"),
        "radio": ("Only people you follow", "Alleen mensen die je volgt"),
        "radiogroup": ("Who can see your connections", "Wie kan je connecties zien"),
        "combobox": ("Profile viewing options", "Opties voor profielweergave"),
        "heading": ("Two-step verification is on", "Verificatie in twee stappen staat aan"),
    }[role]
    return Probe(
        url="https://www.linkedin.com/mypreferences/d/settings/example-" + role,
        role=role,  # type: ignore[arg-type]
        name=Text(en=names[0], nl=names[1]),
        read=read,  # type: ignore[arg-type]
        options={k: Text(en=v[0], nl=v[1]) for k, v in options.items()} or None,
    )


def _skip_or_fail(reason: str) -> NoReturn:
    """Skip, unless ``AUDITOR_REQUIRE_BROWSER`` is set (CI): then a missing browser fails."""
    import os

    import pytest

    if os.environ.get("AUDITOR_REQUIRE_BROWSER"):
        pytest.fail(f"{reason} (AUDITOR_REQUIRE_BROWSER is set, so this is a failure)", pytrace=False)
    pytest.skip(reason)


def require_playwright() -> None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _skip_or_fail("browser tests need the playwright package")


def browser_path_or_skip() -> str:
    """The browser tests drive: $AUDITOR_TEST_BROWSER, else what ``find_browser`` finds."""
    import os

    from auditor.collectors.browser.locate import find_browser
    from auditor.errors import AuditorError

    require_playwright()
    override = os.environ.get("AUDITOR_TEST_BROWSER")
    if override:
        return override
    try:
        choice = find_browser()
    except AuditorError as exc:
        _skip_or_fail(f"browser tests need a Chromium-family browser: {exc.message}")
    if choice.executable_path is None:
        _skip_or_fail(f"browser tests need a browser executable; found only {choice.label}")
    return choice.executable_path


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "out/browser-fixtures")
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for page in iter_all_pages():
        (out / f"{page.id}.html").write_text(page.html, encoding="utf-8")
        count += 1
    print(f"wrote {count} pages to {out}")
