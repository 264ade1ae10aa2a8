"""The label recorder: what a settings page says, as a screen reader would say it.

For the catalogue's maintainers (``auditor checklists record``): it opens one settings page
and keeps its title, headings, breadcrumb, and the role and accessible name of every
control, read from Playwright's ARIA snapshot of the page. It only reads: no click, no
typing, no submit.

Nothing personal is kept. The snapshot's values (what is typed or chosen) are never read
into the record; the banner (where the person's name and photo sit), feeds, articles and
any area named for a profile are skipped whole; e-mail addresses and phone numbers are
replaced by a mark, and so is any name or handle the banner shows (the person's own), as
well as counts. What is kept is filtered once more before it is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from auditor.catalogue.screens import Control, PageRecord
from auditor.collectors.browser.probes import _password_visible, looks_like_login, parse_snapshot_line
from auditor.redaction import hide

if TYPE_CHECKING:
    from playwright.sync_api import Page

CONTROL_ROLES = frozenset({"switch", "checkbox", "radio", "combobox", "listbox", "option", "link", "menuitemradio",
                           "menuitemcheckbox", "tab"})
GROUP_ROLES = frozenset({"radiogroup", "group", "combobox", "listbox"})
SKIP_ROLES = frozenset({"banner", "feed", "article", "contentinfo"})
PERSONAL_AREA = re.compile(r"profile|profiel|account owner|your photo|je foto", re.IGNORECASE)
BREADCRUMB = re.compile(r"breadcrumb|kruimel", re.IGNORECASE)
CHALLENGE = re.compile(r"captcha|/challenge|checkpoint/challenge|arkose|funcaptcha|security check|beveiligingscontrole",
                       re.IGNORECASE)
COUNT = re.compile(r"\d[\d.,]*\d|\d+(?=\s*[+%])")
HANDLE = re.compile(r"@\w{2,}")
NOTIFICATIONS = re.compile(r"^\(\d+\+?\)\s*")  # "(3) Settings | LinkedIn": unread notifications

NAME_MARK, EMAIL_MARK, PHONE_MARK, COUNT_MARK = "[name]", "[e-mail]", "[phone]", "#"


@dataclass
class _Node:
    role: str
    name: str
    depth: int
    children: list[_Node] = field(default_factory=list)


def parse_tree(snapshot: str) -> list[_Node]:
    """Playwright's ARIA snapshot (YAML-like, two spaces a level) as a tree; values dropped."""
    root = _Node("root", "", -1)
    stack = [root]
    for line in snapshot.splitlines():
        stripped = line.lstrip(" ")
        if not stripped.startswith("- "):
            continue
        depth = (len(line) - len(stripped)) // 2
        role, name, _attrs, _value = parse_snapshot_line(stripped)
        if not role:  # "- text: …", "- /url: …", "- paragraph: …": content, not a control
            role = stripped[2:].split(":", 1)[0].split(" ", 1)[0].strip("'\"")
            name = ""
        node = _Node(role, name, depth)
        while stack[-1].depth >= depth:
            stack.pop()
        stack[-1].children.append(node)
        stack.append(node)
    return root.children


def own_names(nodes: Sequence[_Node], given: Iterable[str] = ()) -> list[str]:
    """The names the banner shows of the person (their photo's alternative text, a handle),
    plus any the maintainer gives: these are never written, wherever they appear."""
    names = {g.strip() for g in given if g.strip()}
    for banner in (n for n in nodes if n.role == "banner"):
        for node in _walk(banner.children):
            if node.role == "img" and 2 <= len(node.name) <= 60 and "logo" not in node.name.casefold():
                names.add(node.name)
            names.update(HANDLE.findall(node.name))
    return sorted(names, key=len, reverse=True)


def _walk(nodes: Iterable[_Node]) -> Iterable[_Node]:
    for node in nodes:
        yield node
        yield from _walk(node.children)


def scrub(text: str, names: Sequence[str], *, handles: bool = False) -> str:
    """A name as it may be written: contact data, the person's names and counts marked; with
    ``handles``, any @handle too (a link to an account; a label such as "Allow @mentions
    from" keeps its word)."""
    text = hide(" ".join(text.split()), EMAIL_MARK, PHONE_MARK)
    for name in names:
        text = re.sub(re.escape(name), NAME_MARK, text, flags=re.IGNORECASE)
    if handles:
        text = HANDLE.sub(NAME_MARK, text)
    return COUNT.sub(COUNT_MARK, text)[:300]


@dataclass
class _Reading:
    headings: list[str] = field(default_factory=list)
    controls: list[Control] = field(default_factory=list)
    path: list[str] = field(default_factory=list)


def _is_question(name: str) -> bool:
    """A settings question ("Who can Facebook suggest your profile to …?") names a setting,
    not an area about the person, even when it mentions their profile."""
    return name.rstrip().endswith("?")


def read_tree(nodes: Sequence[_Node], names: Sequence[str]) -> _Reading:
    reading = _Reading()
    _read(nodes, names, reading, group="")
    return reading


def _read(nodes: Iterable[_Node], names: Sequence[str], reading: _Reading, group: str) -> None:
    for node in nodes:
        if node.role in SKIP_ROLES or (node.role in ("region", "complementary", "navigation", "group")
                                       and PERSONAL_AREA.search(node.name) and not _is_question(node.name)):
            continue
        if node.role == "navigation" and BREADCRUMB.search(node.name):
            reading.path = [scrub(n.name, names, handles=True) for n in _walk(node.children)
                            if n.role == "link" and n.name]
            continue
        if node.role == "heading" and node.name:
            reading.headings.append(scrub(node.name, names))
        elif node.role in CONTROL_ROLES and (node.name or group):
            reading.controls.append(Control(role=node.role, name=scrub(node.name, names, handles=node.role == "link"),
                                            group=scrub(group, names) if node.role in ("radio", "option") else ""))
        inner = scrub(node.name, names) if node.role in GROUP_ROLES and node.name else group
        if node.role in GROUP_ROLES and node.name and node.role in ("radiogroup", "group"):
            reading.controls.append(Control(role="radiogroup" if node.role == "radiogroup" else "group",
                                            name=inner))
        _read(node.children, names, reading, inner)


def record_page(page: Page, url: str, checks: Sequence[str], *, timeout_s: float,
                names: Sequence[str] = ()) -> PageRecord:
    """Open ``url`` and record what a screen reader would say about its settings."""
    from playwright.sync_api import Error as PlaywrightError

    try:
        page.goto(url, wait_until="domcontentloaded", timeout=timeout_s * 1000)
        page.wait_for_load_state("load", timeout=timeout_s * 1000)
        # A page that builds itself with scripts: wait for a heading, not for time.
        page.locator("h1, h2, [role=heading]").first.wait_for(state="attached", timeout=timeout_s * 1000)
    except PlaywrightError as exc:
        if "Timeout" not in type(exc).__name__ and "Timeout" not in str(exc):
            return PageRecord(url=url, final_url=_address(page.url)[:500], status="error",
                              reason=scrub(str(exc).splitlines()[0], names), checks=list(checks))
    final = page.url
    redirected = final.split("#", 1)[0].rstrip("/") != url.split("#", 1)[0].rstrip("/")
    try:
        title = page.title()
        tree = parse_tree(page.locator("body").aria_snapshot(timeout=timeout_s * 1000))
        challenge = bool(CHALLENGE.search(final) or CHALLENGE.search(title)
                         or page.locator("iframe[src*=captcha], iframe[title*=captcha i]").count())
        login = looks_like_login(final) or _password_visible(page)
    except PlaywrightError as exc:
        return PageRecord(url=url, final_url=_address(final)[:500], status="error",
                          reason=scrub(str(exc).splitlines()[0], names), checks=list(checks))
    status = "checkpoint" if challenge else "login" if login else "ok"
    if status != "ok":  # nothing of a sign-in or challenge page is kept
        return PageRecord(url=url, final_url=_address(final)[:500], redirected=redirected, status=status,
                          checks=list(checks))
    who = own_names(tree, names)
    reading = read_tree(tree, who)
    return PageRecord(url=url, final_url=_address(final, who)[:500], redirected=redirected, status="ok",
                      title=scrub(NOTIFICATIONS.sub("", title), who), path=reading.path,
                      headings=reading.headings, controls=reading.controls, checks=list(checks))


def _address(url: str, names: Sequence[str] = ()) -> str:
    """The address the page ended on, without its query (which may carry an id or a token)
    and without the person's handle (``x.com/janjansen/…``)."""
    address = url.split("#", 1)[0].split("?", 1)[0]
    for name in names:
        handle = name.lstrip("@")
        if len(handle) >= 2:
            address = re.sub(re.escape(handle), NAME_MARK, address, flags=re.IGNORECASE)
    return address
