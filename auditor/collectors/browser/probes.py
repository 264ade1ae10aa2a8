"""Reading one setting off a live page: find the control by role and name, read its state.

This is the only code that looks at a platform's page, and it only *reads*: it never
clicks, types, selects or submits. Every way a reading can fail has its own status and a
reason a person can act on; none of them produces a fact, so the engine reports the check
as ``unknown`` and never guesses:

* the page redirected to a login (or shows a password field instead of the setting):
  ``not-logged-in``;
* the control is not there under its English or Dutch name, or the page says 404:
  ``control-not-found`` ("the page has changed: this checklist may be out of date");
* two controls answer to the name: ``ambiguous``; a half-on switch: ``mixed``;
* a choice is selected that the checklist does not know: ``unrecognised-option``.

Functions here take a Playwright ``Page`` and must run on the session's worker thread.
"""

from __future__ import annotations

import contextlib
import json
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from auditor.catalogue.model import Probe
from auditor.facts import Fact, FactValue, now
from auditor.langs import DEFAULT_LANG, LANGS
from auditor.strings import TABLE, t

if TYPE_CHECKING:
    from playwright.sync_api import Frame, Locator, Page

ProbeStatus = Literal[
    "ok",
    "not-logged-in",
    "control-not-found",
    "ambiguous",
    "mixed",
    "unrecognised-option",
    "page-error",
    "invalid-probe",
]

# The sentences live in the BROWSER section of ``auditor.strings`` ("browser.reason.<status>").
PAGE_CHANGED = TABLE["browser.reason.control-not-found"]
NOT_LOGGED_IN = TABLE["browser.reason.not-logged-in"]

# Which roles each way of reading applies to; anything else is a checklist mistake.
READ_ROLES: dict[str, frozenset[str]] = {
    "checked": frozenset({"switch", "checkbox", "radio"}),
    "selected-option": frozenset({"combobox", "radiogroup"}),
    "exists": frozenset({"switch", "checkbox", "radio", "combobox", "radiogroup", "heading"}),
}

# Paths that mean "you are not logged in" on the platforms we know (and many others).
_LOGIN_PATH = re.compile(
    r"/(?:login|signin|sign-in|authwall|checkpoint|uas/login|i/flow/login|accounts/login)(?:[/?.#]|$)",
    re.IGNORECASE,
)
_LOGIN_HOSTS = frozenset({"accounts.google.com", "login.live.com", "login.microsoftonline.com"})

DEFAULT_TIMEOUT_S = 10.0
POLL_MS = 100
PASSWORD_GRACE_S = 1.5


@dataclass(frozen=True)
class ProbeResult:
    """The outcome of one probe. ``fact`` is set only when ``status == "ok"``."""

    check_id: str
    status: ProbeStatus
    url: str
    final_url: str = ""
    fact: Fact | None = None
    control: str = ""  # the name the control was found by
    lang: str = ""  # the language of that name
    detail: str = ""  # what exactly was seen (an HTTP status, the unknown option, an error)
    value: FactValue = field(default=None)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def reason_text(self, lang: str = "en") -> str:
        """Why there is no fact, in the person's language ('' when there is one)."""
        base = t(f"browser.reason.{self.status}", lang if lang in LANGS else DEFAULT_LANG)
        return f"{base} ({self.detail})" if self.detail and base else base

    @property
    def reason(self) -> str:
        return self.reason_text("en")


def looks_like_login(url: str) -> bool:
    """Whether a URL is a sign-in page: where platforms send a visitor without a session."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return host in _LOGIN_HOSTS or bool(_LOGIN_PATH.search(parts.path or "/"))


def names_in_order(probe: Probe, lang_order: Sequence[str]) -> list[tuple[str, str]]:
    """``[(lang, name), …]`` in the preferred order, each distinct name once."""
    order = [lang for lang in lang_order if lang in LANGS] + list(LANGS)
    seen: set[str] = set()
    names: list[tuple[str, str]] = []
    for lang in order:
        name = probe.name.get(lang)
        if name.casefold() not in seen:
            seen.add(name.casefold())
            names.append((lang, name))
    return names


def probe_problem(probe: Probe) -> str | None:
    """What is wrong with a probe declaration, if anything (checked before any page loads)."""
    if probe.role not in READ_ROLES[probe.read]:
        allowed = ", ".join(sorted(READ_ROLES[probe.read]))
        return f"read '{probe.read}' needs a role among {allowed}, not '{probe.role}'"
    if probe.read == "selected-option" and not probe.options:
        return "read 'selected-option' needs 'options' (choice id: {en, nl} label)"
    return None


@dataclass
class _Found:
    locator: Locator
    lang: str
    name: str


def _find_once(page: Page, probe: Probe, names: list[tuple[str, str]]) -> _Found | Literal["ambiguous"] | None:
    """One look at every frame for the control under each of its names.

    Three ways, most exact first: the accessible name as the checklist words it; the same
    name with small words and apostrophes forgiven (a page saying "posts that you're tagged
    in" for "posts you're tagged in"); and the visible question next to a control whose
    accessible name says something else (Facebook names its review switches "Toggle to
    enable allowing to review …" while the page shows the question). Two controls with the
    name make the reading ambiguous, except when all we ask is whether such a control exists.
    """
    ambiguous = False
    frames: list[Frame] = page.frames  # the main frame first, then iframes
    for lang, name in names:
        for frame in frames:
            loose = frame.get_by_role(probe.role, name=name)
            count = loose.count()
            if count == 1:
                return _Found(loose, lang, name)
            if count > 1:
                exact = frame.get_by_role(probe.role, name=name, exact=True)
                if exact.count() == 1:
                    return _Found(exact, lang, name)
                if probe.read == "exists":
                    return _Found(loose.first, lang, name)
                ambiguous = True
    if ambiguous:
        return "ambiguous"
    for way, whole in ((_by_tolerant_name, False), (_by_visible_question, True)):
        for lang, name in names:
            pattern = name_pattern(name, whole=whole)
            if pattern is None:
                continue
            for frame in frames:
                hit = way(frame, probe, pattern)
                if hit == "ambiguous":
                    ambiguous = True
                elif hit is not None:
                    return _Found(hit, lang, name)
        if ambiguous:
            return "ambiguous"
    return None


# Words a page may add or drop around the same label ("posts [that] you're tagged in").
SMALL_WORDS: tuple[str, ...] = ("that", "which", "who", "the", "a", "an", "die", "dat", "de", "het", "een")
_TOKEN = re.compile(r"\w+(?:['’‘`]\w+)*")
_GAP = r"[\W_]+(?:(?:" + "|".join(SMALL_WORDS) + r")[\W_]+)?"


def name_pattern(name: str, *, whole: bool = False) -> re.Pattern[str] | None:
    """A case-insensitive pattern for a label that forgives punctuation, straight or curly
    apostrophes and the small words of ``SMALL_WORDS``; None for a label without words.
    ``whole`` asks for the whole text to be the label (a question shown on the page), not
    merely to contain it (an accessible name like "Toggle to enable allowing to <label>").

    Written in the subset of regular expressions that Python and the browser's JavaScript
    read alike, because Playwright hands the pattern to the page.
    """
    tokens = _TOKEN.findall(name)
    if not tokens:
        return None
    parts: list[str] = []
    for index, token in enumerate(tokens):
        body = re.sub(r"['’‘`]", "['’‘`]?", token)
        if index == len(tokens) - 1:
            parts.append(body)
        elif token.casefold() in SMALL_WORDS:
            parts.append(f"(?:{body}{_GAP})?")
        else:
            parts.append(body + _GAP)
    if whole:
        return re.compile(r"^[\W_]*" + "".join(parts) + r"[\W_]*$", re.IGNORECASE)
    return re.compile(r"(?<![A-Za-z0-9])" + "".join(parts) + r"(?![A-Za-z0-9])", re.IGNORECASE)


def same_label(a: str, b: str) -> bool:
    """Whether two labels are the same but for small words, punctuation and apostrophes."""
    pattern = name_pattern(a, whole=True)
    return pattern is not None and pattern.match(b) is not None


def _by_tolerant_name(frame: Frame, probe: Probe, pattern: re.Pattern[str]) -> Locator | Literal["ambiguous"] | None:
    controls = frame.get_by_role(probe.role, name=pattern)
    count = controls.count()
    if count == 1 or (count > 1 and probe.read == "exists"):
        return controls.first
    return "ambiguous" if count > 1 else None


QUESTION_DEPTH = 5  # how far up from the question text to look for its control
QUESTION_TEXTS = 4  # how many places showing the question text are considered


def _by_visible_question(frame: Frame, probe: Probe, pattern: re.Pattern[str]) -> Locator | Literal["ambiguous"] | None:
    """The one control of the probe's role in the nearest block around the visible question.

    The question must be a text of its own (``pattern`` matches the whole text): a help
    paragraph that merely mentions the old label ("Previously called …") is not a question.
    The text may show twice (a page heading and the row itself); a place whose nearest
    block holds several controls (the heading's whole page) says nothing, and only one
    control found from all places counts.
    """
    if probe.role == "heading":  # a heading's name is its text: nothing more to find
        return None
    texts = frame.get_by_text(pattern)
    found: list[Locator] = []
    crowded = False
    for index in range(min(texts.count(), QUESTION_TEXTS)):
        near = _control_near(texts.nth(index), probe.role)
        if near == "ambiguous":
            crowded = True
        elif near is not None and not any(_same_element(frame, near, other) for other in found):
            found.append(near)
    if len(found) == 1:
        return found[0]
    return "ambiguous" if found or crowded else None


def _control_near(text: Locator, role: str) -> Locator | Literal["ambiguous"] | None:
    for depth in range(1, QUESTION_DEPTH + 1):
        block = text.locator("xpath=" + "/".join([".."] * depth))
        controls = block.get_by_role(role)  # type: ignore[arg-type]
        count = controls.count()
        if count == 1:
            return controls
        if count > 1:
            return "ambiguous"
    return None


def _same_element(frame: Frame, a: Locator, b: Locator) -> bool:
    return bool(frame.evaluate("([a, b]) => a === b", [a.element_handle(), b.element_handle()]))


def _password_visible(page: Page) -> bool:
    for frame in page.frames:
        field_ = frame.locator("input[type=password]")
        for i in range(min(field_.count(), 3)):
            if field_.nth(i).is_visible():
                return True
    return False


def find_control(
    page: Page, probe: Probe, lang_order: Sequence[str], timeout_s: float
) -> _Found | Literal["ambiguous", "not-logged-in"] | None:
    """Wait up to ``timeout_s`` for the control, watching for a login redirect meanwhile.

    Polling (rather than one ``wait_for``) lets a single loop look in every frame, under
    both languages' names, and notice a script-driven redirect to a login page. A visible
    password field counts as a sign-in wall only once the control has had a moment to
    appear, since a settings page may also hold one (a "confirm your password" box).
    """
    from playwright.sync_api import Error as PlaywrightError

    names = names_in_order(probe, lang_order)
    started = time.monotonic()
    deadline = started + timeout_s
    next_password_look = started + min(PASSWORD_GRACE_S, timeout_s)
    found: _Found | Literal["ambiguous"] | None = None
    while True:
        if looks_like_login(page.url):
            return "not-logged-in"
        try:
            found = _find_once(page, probe, names)
        except PlaywrightError:  # the page navigated while we looked; look again
            found = None
        if isinstance(found, _Found):
            return found
        now_ = time.monotonic()
        if now_ >= next_password_look:
            next_password_look = now_ + 0.5
            try:
                if _password_visible(page):
                    return "not-logged-in"
            except PlaywrightError:
                pass
        if now_ >= deadline:
            return found
        page.wait_for_timeout(POLL_MS)


_SNAPSHOT_KEY = re.compile(r'^(?P<role>[\w-]+)(?:\s+"(?P<name>(?:[^"\\]|\\.)*)")?(?P<attrs>(?:\s+\[[^\]]*\])*)\s*$')


def _unquote_yaml(text: str) -> str:
    """A YAML scalar as Playwright writes it: plain, 'single' or "double" quoted."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    if len(text) >= 2 and text[0] == text[-1] == '"':
        with contextlib.suppress(ValueError):
            return str(json.loads(text))
    return text


def _split_key(body: str) -> tuple[str, str]:
    """``key`` and ``rest`` of a snapshot entry, ``rest`` starting at its ': value' if any."""
    if body.startswith("'"):  # the whole key is YAML-quoted when the name holds ': '
        i, key = 1, []
        while i < len(body):
            if body[i] == "'":
                if body[i + 1 : i + 2] == "'":
                    key.append("'")
                    i += 2
                    continue
                break
            key.append(body[i])
            i += 1
        return "".join(key), body[i + 1 :]
    in_quotes = escaped = False
    for i, ch in enumerate(body):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == '"':
            in_quotes = not in_quotes
        elif ch == ":" and not in_quotes:
            return body[:i], body[i:]
    return body, ""


def parse_snapshot_line(line: str) -> tuple[str, str, str, str]:
    """``(role, name, attributes, value)`` of one ARIA snapshot entry such as
    ``- checkbox "Share" [checked=mixed]`` or ``- 'combobox "Who: me"': Only you``."""
    body = line.strip()
    if not body.startswith("- "):
        return "", "", "", ""
    key, rest = _split_key(body[2:])
    match = _SNAPSHOT_KEY.match(key.strip())
    if not match:
        return "", "", "", ""
    name = match.group("name") or ""
    with contextlib.suppress(ValueError):
        name = json.loads(f'"{name}"')
    value = _unquote_yaml(rest[1:]) if rest.startswith(":") else ""
    return match.group("role"), name, (match.group("attrs") or "").strip(), value


def snapshot_line(locator: Locator) -> tuple[str, str, str, str]:
    """``(role, name, attributes, value)`` from the first line of an ARIA snapshot.

    Playwright's snapshot is the one place that reports a mixed (``[checked=mixed]``)
    state and a collapsed combobox's shown value; ``is_checked`` says False for mixed.
    """
    if not locator.count():
        return "", "", "", ""
    lines = locator.aria_snapshot(timeout=5000).splitlines()
    return parse_snapshot_line(lines[0]) if lines else ("", "", "", "")


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _match_choice(probe: Probe, text: str, lang_order: Sequence[str]) -> str | None:
    """The choice id whose label (in either language) is ``text``: the same words, then the
    same but for small words and apostrophes, then unique containment."""
    options = probe.options or {}
    shown = _norm(text)
    if not shown:
        return None
    for choice, label in options.items():
        if any(_norm(label.get(lang)) == shown for lang in (*lang_order, "en", "nl")):
            return choice
    forgiving = {c for c, label in options.items() for lang in LANGS if same_label(label.get(lang), text)}
    if len(forgiving) == 1:
        return forgiving.pop()
    loose = {
        c
        for c, label in options.items()
        for lang in LANGS
        if _norm(label.get(lang)) in shown or shown in _norm(label.get(lang))
    }
    return loose.pop() if len(loose) == 1 else None


def _read_selected(found: _Found, probe: Probe, lang_order: Sequence[str]) -> tuple[str | None, str]:
    """The selected choice id (or None) and what the page showed, for the message."""
    from playwright.sync_api import Error as PlaywrightError

    options = probe.options or {}
    item_role: Literal["radio", "option"] = "radio" if probe.role == "radiogroup" else "option"
    control = found.locator
    selected = (
        control.get_by_role("radio", checked=True)
        if item_role == "radio"
        else control.get_by_role("option", selected=True)
    )
    count = selected.count()
    if count > 1:
        return None, f"{count} options are selected"
    if count == 1:
        matches: set[str] = set()
        for exact in (True, False):
            for choice, label in options.items():
                for lang in dict.fromkeys((*lang_order, "en", "nl")):
                    item = (
                        control.get_by_role("radio", name=label.get(lang), exact=exact, checked=True)
                        if item_role == "radio"
                        else control.get_by_role("option", name=label.get(lang), exact=exact, selected=True)
                    )
                    if item.count():
                        matches.add(choice)
            if len(matches) == 1:
                return matches.pop(), ""
            if matches:
                return None, "the selected option matches several choices: " + ", ".join(sorted(matches))
        _, shown, _, _ = snapshot_line(selected.first)
        return None, f'"{shown}" is selected'
    # A collapsed custom combobox has no options in the page yet: read the value it shows.
    _, _, _, shown = snapshot_line(control)
    if not shown and probe.role == "combobox":
        try:
            shown = control.input_value(timeout=1000)
        except PlaywrightError:  # not an <input>: it has no value to give
            shown = ""
    picked = _match_choice(probe, shown, lang_order)
    if picked is not None:
        return picked, ""
    return None, f'"{shown}" is selected' if shown else "nothing is selected"


def read_probe(
    page: Page,
    check_id: str,
    fact_key: str,
    probe: Probe,
    *,
    lang_order: Sequence[str] = LANGS,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    check_revision: int | None = None,
) -> ProbeResult:
    """Open ``probe.url`` in ``page`` and read the control's state into a browser fact."""
    from playwright.sync_api import Error as PlaywrightError

    problem = probe_problem(probe)
    if problem:
        return ProbeResult(check_id, "invalid-probe", probe.url, detail=problem)
    try:
        response = page.goto(probe.url, wait_until="domcontentloaded")
    except PlaywrightError as exc:
        return ProbeResult(check_id, "page-error", probe.url, page.url, detail=_first_line(exc))
    if response is not None and response.status in (404, 410):
        return ProbeResult(
            check_id,
            "control-not-found",
            probe.url,
            page.url,
            detail=f"the page answered HTTP {response.status}",
        )
    try:
        found = find_control(page, probe, lang_order, timeout_s)
        final_url = page.url
        if found == "not-logged-in":
            host = urlsplit(probe.url).hostname or probe.url
            return ProbeResult(
                check_id,
                "not-logged-in",
                probe.url,
                final_url,
                detail=(
                    f"log in to {host} in the auditor's browser window"
                    if looks_like_login(final_url)
                    else f"the page asks for a password: log in to {host} in the auditor's browser window"
                ),
            )
        if found == "ambiguous":
            return ProbeResult(check_id, "ambiguous", probe.url, final_url)
        if found is None:
            return ProbeResult(
                check_id,
                "control-not-found",
                probe.url,
                final_url,
                detail=f'no {probe.role} named "{probe.name.en}" or "{probe.name.nl}"'
                if probe.name.en != probe.name.nl
                else f'no {probe.role} named "{probe.name.en}"',
            )
        value: FactValue
        if probe.read == "exists":
            value = True
        elif probe.read == "checked":
            _, _, attrs, _ = snapshot_line(found.locator)
            if "checked=mixed" in attrs:
                return ProbeResult(check_id, "mixed", probe.url, final_url, control=found.name, lang=found.lang)
            value = found.locator.is_checked(timeout=timeout_s * 1000)
        else:
            choice, seen = _read_selected(found, probe, lang_order)
            if choice is None:
                return ProbeResult(
                    check_id,
                    "unrecognised-option",
                    probe.url,
                    final_url,
                    control=found.name,
                    lang=found.lang,
                    detail=seen,
                )
            value = choice
    except PlaywrightError as exc:
        return ProbeResult(check_id, "page-error", probe.url, page.url, detail=_first_line(exc))
    fact = Fact(
        key=fact_key,
        value=value,
        source="browser",
        observed_at=now(),
        detail=f'{final_url} · {probe.role} "{found.name}"',
        check_id=check_id,
        check_revision=check_revision,
        meta={"url": final_url, "control": found.name, "role": probe.role, "lang": found.lang},
    )
    return ProbeResult(
        check_id,
        "ok",
        probe.url,
        final_url,
        fact=fact,
        control=found.name,
        lang=found.lang,
        value=value,
    )


_OUTLINE_JS = """
el => {
  let target = el;
  const box = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  if (box.width < 4 || box.height < 4 || style.opacity === '0') {
    target = (el.labels && el.labels[0]) || el.parentElement || el;
  }
  target.scrollIntoView({block: 'center', inline: 'nearest'});
  target.style.setProperty('outline', '4px solid #e8590c', 'important');
  target.style.setProperty('outline-offset', '3px', 'important');
  return true;
}
"""


def outline_control(page: Page, probe: Probe, lang_order: Sequence[str], timeout_s: float) -> bool:
    """Open the page (unless it is open) and draw an outline around the control.

    Only the outline style of the element changes (and the scroll position); the setting
    itself is never touched.
    """
    from playwright.sync_api import Error as PlaywrightError

    if _strip_fragment(page.url) != _strip_fragment(probe.url):
        page.goto(probe.url, wait_until="domcontentloaded")
    page.bring_to_front()
    found = find_control(page, probe, lang_order, timeout_s)
    if not isinstance(found, _Found):
        return False
    try:
        return bool(found.locator.evaluate(_OUTLINE_JS))
    except PlaywrightError:
        return False


def _strip_fragment(url: str) -> str:
    return url.split("#", 1)[0].rstrip("/")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
