"""``auditor serve``: the guided audit as a local web page, for people who never open a terminal.

Same store, same catalogue and the same questions as ``auditor audit``; the page is only
reachable from this computer, with the secret printed here (see ``auditor.web.security``).
"""

from __future__ import annotations

import argparse
import webbrowser

from auditor.commands.common import catalogue as open_catalogue
from auditor.commands.common import default_lang, store_path
from auditor.commands.common import store as open_store
from auditor.errors import ExitCode
from auditor.strings import t


def run(args: argparse.Namespace) -> int:
    from auditor.web.listen import HOST, bind
    from auditor.web.security import Secret

    lang = args.lang or default_lang()
    db = store_path(args)
    with open_store(args):  # a damaged or foreign store is said now, before the page opens
        pass
    secret = Secret.new()
    sock = bind(args.port, lang)
    port = sock.getsockname()[1]
    url = f"http://{HOST}:{port}/?token={secret.token}"
    print(t("web.serve.ready", lang, url=url), flush=True)  # the web stack loads while the person reads this
    try:
        cat = open_catalogue(args)
    except BaseException:
        sock.close()
        raise
    from auditor.web.app import Settings, build_app
    from auditor.web.server import serve

    app = build_app(Settings(db=db, catalogue=cat, lang=lang, secret=secret, port=port))

    def open_browser() -> None:
        webbrowser.open(url)

    try:
        serve(app, sock, None if args.no_browser else open_browser)  # its lifespan closes the store
    finally:
        sock.close()
    print(t("web.serve.stopped", lang), flush=True)
    return ExitCode.OK
