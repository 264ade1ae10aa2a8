"""``auditor serve``: the guided audit as a local web page, for people who never open a terminal.

Same store, same catalogue and the same questions as ``auditor audit``; the page is only
reachable from this computer, with the secret printed here (see ``auditor.web.security``).
One server per store: started again while one runs, it opens the running one's page and
ends (``auditor.web.instance``). Nobody asking anything for a long time stops it.
"""

from __future__ import annotations

import argparse
import contextlib
import webbrowser
from typing import TYPE_CHECKING

from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import default_lang, store_path
from auditor.commands.common import store as open_store
from auditor.errors import AuditorError, ExitCode
from auditor.strings import t

if TYPE_CHECKING:
    from auditor.web.instance import Claim

IDLE_MINUTES = 120.0  # two hours without a request: the server stops by itself


def run(args: argparse.Namespace) -> int:
    from auditor.web.instance import Running, claim

    lang = args.lang or default_lang()
    db = store_path(args)
    given = getattr(args, "stop_when_idle", None)
    minutes = IDLE_MINUTES if given is None else float(given)
    if not minutes > 0 or minutes == float("inf"):
        raise AuditorError(t("web.serve.idle_range", lang, given=given), hint=t("web.serve.idle_hint", lang))
    with open_store(args):  # a damaged or foreign store is said now, before the page opens
        pass
    mine = claim(db)
    if isinstance(mine, Running):  # one page per store: open the running one
        print(t("web.serve.already", lang, url=mine.url), flush=True)
        if not args.no_browser:
            webbrowser.open(mine.url)
        return ExitCode.OK
    try:
        return _serve(args, lang, minutes, mine)
    finally:
        mine.release()


def _serve(args: argparse.Namespace, lang: str, minutes: float, mine: Claim) -> int:
    from auditor.web.listen import HOST, bind
    from auditor.web.security import Secret

    db = store_path(args)
    secret = Secret.new()
    sock = bind(args.port, lang)
    port = sock.getsockname()[1]
    url = f"http://{HOST}:{port}/?token={secret.token}"
    with contextlib.suppress(OSError):  # without the note a second start cannot find this one; serving still works
        mine.publish(HOST, port, secret.token)
    print(t("web.serve.ready", lang, url=url), flush=True)  # the web stack loads while the person reads this
    try:
        cat = open_catalogue(args)
    except BaseException:
        sock.close()
        raise
    from auditor.web.app import Settings, build_app
    from auditor.web.server import Idle, serve
    from auditor.web.upload import remove_leftovers

    remove_leftovers()  # an export copy a killed server left in the temporary folder

    app = build_app(Settings(db=db, catalogue=cat, lang=lang, secret=secret, port=port))
    idle = Idle(minutes * 60)
    app.seen = idle.seen

    def open_browser() -> None:
        webbrowser.open(url)

    try:
        serve(app, sock, None if args.no_browser else open_browser, idle=idle)  # its lifespan closes the store
    finally:
        sock.close()
    if idle.stopped:
        print(t("web.serve.idle_stopped", lang, duration=_duration(minutes, lang)), flush=True)
    print(t("web.serve.stopped", lang), flush=True)
    return ExitCode.OK


def _duration(minutes: float, lang: str) -> str:
    """'2 hours', '1 minute', '90 minutes': how long nobody came."""
    whole = max(1, round(minutes))
    if whole % 60 == 0:
        hours = whole // 60
        return t("web.serve.hour" if hours == 1 else "web.serve.hours", lang, n=hours)
    return t("web.serve.minute" if whole == 1 else "web.serve.minutes", lang, n=whole)
