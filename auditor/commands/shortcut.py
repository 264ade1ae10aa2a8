"""``auditor shortcut``: "Privacycontrole" in the app menu and on the desktop; ``--remove`` takes it away.

The launcher runs ``auditor serve``, which opens the page in the person's browser; the files
per operating system are written by ``auditor.launcher``.
"""

from __future__ import annotations

import argparse

from auditor.commands.common import default_lang
from auditor.errors import ExitCode
from auditor.strings import t


def run(args: argparse.Namespace) -> int:
    from auditor import launcher

    lang = args.lang or default_lang()
    places = launcher.Places.here()
    name = t("shortcut.name", lang)
    if args.remove:
        removed = launcher.remove(places)
        print(t("shortcut.removed", lang, name=name) if removed else t("shortcut.nothing", lang, name=name))
        for path in removed:
            print(t("shortcut.file", lang, path=path))
        return ExitCode.OK
    made = launcher.make(places, launcher.program(), lang)
    said = "shortcut.made_mac" if places.kind == "mac" else "shortcut.made" if len(made) > 1 else "shortcut.made_menu"
    print(t(said, lang, name=name))
    for path in made:
        print(t("shortcut.file", lang, path=path))
    return ExitCode.OK
