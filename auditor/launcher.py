"""The launcher: "Privacycontrole" (English: "Privacy check-up") in the app menu and on the
desktop, which runs ``auditor serve`` and so opens the page in the person's browser.

One small writer per operating system, each a pure function of where things go (``Places``)
and what to start (the ``auditor`` program next to this Python), so that what is written for
Windows and macOS is tested on any machine:

* Linux (and other freedesktop systems): a ``.desktop`` entry in ``~/.local/share/applications``
  and, when the person has a desktop folder (``XDG_DESKTOP_DIR``, e.g. ``~/Bureaublad``), a copy
  there. ``desktop-file-validate`` accepts it; the name is shown in the desktop's language
  (``Name[nl]``).
* macOS: a small app, ``~/Applications/Privacycontrole.app`` (Launchpad, Spotlight, the Dock),
  whose program is a two-line shell script.
* Windows: a shortcut (``.lnk``) in the Start menu and on the desktop, made by Windows itself
  (PowerShell's ``WScript.Shell``, the same COM object every installer uses), so no extra
  package is needed.

Why not ``pyshortcuts``: it splits the command at its first space (a home folder such as
``C:\\Users\\Jan de Vries`` breaks the shortcut), cannot remove what it made, needs pywin32 on
Windows, and picks its platform when imported, which leaves the Windows and macOS output
untestable elsewhere. What is written here is small; every line of it is tested.

Only what we made is removed: the ``.desktop`` entries carry ``X-Social-Auditor=launcher``,
the app our bundle identifier, and a Windows shortcut must point at an ``auditor`` program.
"""

from __future__ import annotations

import base64
import contextlib
import os
import plistlib
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PureWindowsPath

from auditor import __version__
from auditor.errors import AuditorError
from auditor.langs import LANGS
from auditor.strings import t

DESKTOP_ID = "social-auditor.desktop"
MARKER_KEY = "X-Social-Auditor"
BUNDLE_ID = "org.social-auditor.launcher"
MAC_PROGRAM = "privacycontrole"


def arguments(lang: str) -> list[str]:
    """What the launcher runs: the page, in the language of the launcher's own name."""
    return ["serve", "--lang", lang]


def names() -> dict[str, str]:
    """The launcher's name in each language: "Privacycontrole", "Privacy check-up"."""
    return {lang: t("shortcut.name", lang) for lang in LANGS}


@dataclass(frozen=True)
class Places:
    """Where this person's app menu and desktop are (all from the environment, so tests set them)."""

    platform: str
    home: Path
    env: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def here(cls) -> Places:
        return cls(sys.platform, Path.home(), dict(os.environ))

    @property
    def kind(self) -> str:
        if self.platform == "darwin":
            return "mac"
        if self.platform in ("win32", "cygwin"):
            return "windows"
        return "freedesktop"

    def applications(self) -> Path:
        """Linux: the person's own app menu folder."""
        data = self.env.get("XDG_DATA_HOME") or str(self.home / ".local" / "share")
        return Path(data) / "applications"

    def desktop(self) -> Path | None:
        """Linux: the desktop folder (``XDG_DESKTOP_DIR``, else ``user-dirs.dirs``, else ~/Desktop),
        if there is one; a machine without a desktop gets only the menu entry."""
        folder = self.env.get("XDG_DESKTOP_DIR") or _user_dirs(self)
        path = Path(folder) if folder else self.home / "Desktop"
        return path if path.is_dir() and path.resolve() != self.home.resolve() else None

    def mac_applications(self) -> Path:
        return self.home / "Applications"


def _user_dirs(places: Places) -> str | None:
    """``XDG_DESKTOP_DIR`` from ``~/.config/user-dirs.dirs`` (``"$HOME/Bureaublad"`` on a Dutch desktop)."""
    config = Path(places.env.get("XDG_CONFIG_HOME") or places.home / ".config") / "user-dirs.dirs"
    try:
        lines = config.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for line in lines:
        key, _, value = line.strip().partition("=")
        if key == "XDG_DESKTOP_DIR" and value:
            return value.strip().strip('"').replace("$HOME", str(places.home))
    return None


def program(executable: str = sys.executable, platform: str = sys.platform) -> Path:
    """The ``auditor`` program of this install (beside its Python: ``bin/`` or ``Scripts\\``);
    an error when it is not there, or when this is a temporary copy (``uvx``) that may vanish."""
    folder = Path(executable).parent
    path = folder / ("auditor.exe" if platform in ("win32", "cygwin") else "auditor")
    temporary = any(part.startswith("archive-v") for part in folder.parts)  # uv's cache of uvx runs
    if temporary or not path.is_file():
        raise AuditorError(t("shortcut.no_program", path=executable), hint=t("shortcut.no_program_hint"))
    return path


# --- Linux: a .desktop entry ----------------------------------------------------------------

_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def _exec_arg(arg: str) -> str:
    """One argument of ``Exec``, quoted as the Desktop Entry specification asks."""
    arg = arg.replace("%", "%%")
    if not arg or _RESERVED & set(arg):
        arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
    return arg


def exec_line(command: Sequence[str]) -> str:
    """The ``Exec`` value: quoted arguments, then the string escape of ``\\`` (the spec's two levels)."""
    return " ".join(_exec_arg(a) for a in command).replace("\\", "\\\\")


def _entry_value(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def icon() -> Path:
    """The page's own icon (a white tick on blue), which the launcher shows too."""
    from auditor.catalogue.resources import bundled_reports_dir

    return bundled_reports_dir() / "web" / "static" / "icon.svg"


def desktop_entry(auditor: Path, lang: str, icon_path: Path | None = None) -> str:
    """The ``.desktop`` file: the name and comment in the tool's language, with both languages
    for desktops that show their own (``Name[nl]=Privacycontrole``)."""
    icon_path = icon_path or icon()
    lines = ["[Desktop Entry]", "Type=Application", "Version=1.1", f"Name={_entry_value(t('shortcut.name', lang))}"]
    lines += [f"Name[{code}]={_entry_value(t('shortcut.name', code))}" for code in LANGS]
    lines.append(f"Comment={_entry_value(t('shortcut.comment', lang))}")
    lines += [f"Comment[{code}]={_entry_value(t('shortcut.comment', code))}" for code in LANGS]
    lines += [
        f"Exec={exec_line([str(auditor), *arguments(lang)])}",
        f"TryExec={_entry_value(str(auditor))}",
        f"Icon={_entry_value(str(icon_path))}",
        "Terminal=false",
        "Categories=Utility;",
        "Keywords=privacy;LinkedIn;Facebook;Instagram;X;",
        "StartupNotify=false",
        f"{MARKER_KEY}=launcher",
    ]
    return "\n".join(lines) + "\n"


def _write_atomic(path: Path, data: bytes, mode: int) -> None:
    """Write ``path`` through a temporary file in its folder and a rename: never half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _ours(entry: Path) -> bool:
    try:
        return f"\n{MARKER_KEY}=launcher\n" in entry.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False


def _trust(path: Path, run: Callable[[Sequence[str]], object]) -> None:
    """GNOME launches a desktop file only once it is marked trusted; best effort, no error."""
    gio = shutil.which("gio")
    if gio:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            run([gio, "set", str(path), "metadata::trusted", "true"])


def _run_quietly(args: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=60, check=False,
                          stdin=subprocess.DEVNULL)


def make_freedesktop(places: Places, auditor: Path, lang: str,
                     run: Callable[[Sequence[str]], object] = _run_quietly) -> list[Path]:
    text = desktop_entry(auditor, lang).encode("utf-8")
    menu = places.applications() / DESKTOP_ID
    _write_atomic(menu, text, 0o644)
    made = [menu]
    desktop = places.desktop()
    if desktop is not None:
        copy = desktop / DESKTOP_ID
        _write_atomic(copy, text, 0o755)  # a desktop copy must be executable to be launched
        _trust(copy, run)
        made.append(copy)
    return made


def remove_freedesktop(places: Places) -> list[Path]:
    removed = []
    for folder in (places.applications(), places.desktop()):
        entry = folder / DESKTOP_ID if folder is not None else None
        if entry is not None and entry.is_file() and _ours(entry):
            entry.unlink()
            removed.append(entry)
    return removed


# --- macOS: a small .app --------------------------------------------------------------------

def info_plist(lang: str) -> bytes:
    name = t("shortcut.name", lang)
    return plistlib.dumps({
        "CFBundleName": name, "CFBundleDisplayName": name, "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleExecutable": MAC_PROGRAM, "CFBundlePackageType": "APPL", "CFBundleInfoDictionaryVersion": "6.0",
        "CFBundleShortVersionString": __version__, "CFBundleVersion": __version__,
        "CFBundleGetInfoString": t("shortcut.comment", lang),
        "LSUIElement": True,  # no Dock icon of its own: the page in the browser is the window
    })


def mac_script(auditor: Path, lang: str) -> str:
    return f"#!/bin/sh\n# {t('shortcut.name', 'en')}: the page of auditor in the browser\n" \
           f"exec {shlex.quote(str(auditor))} {' '.join(arguments(lang))}\n"


def make_mac(places: Places, auditor: Path, lang: str) -> list[Path]:
    remove_mac(places)  # a launcher of the other language goes; one is enough
    app = places.mac_applications() / f"{t('shortcut.name', lang)}.app"
    if app.exists():
        raise AuditorError(t("shortcut.taken", path=app), hint=t("shortcut.taken_hint"))
    app.parent.mkdir(parents=True, exist_ok=True)
    build = Path(tempfile.mkdtemp(prefix=".privacycontrole-", dir=app.parent))
    try:
        (build / "Contents" / "MacOS").mkdir(parents=True)
        (build / "Contents" / "Info.plist").write_bytes(info_plist(lang))
        script = build / "Contents" / "MacOS" / MAC_PROGRAM
        script.write_text(mac_script(auditor, lang), encoding="utf-8")
        script.chmod(0o755)
        build.chmod(0o755)
        build.rename(app)
    except BaseException:
        shutil.rmtree(build, ignore_errors=True)
        raise
    return [app]


def _our_app(app: Path) -> bool:
    try:
        return bool(plistlib.loads((app / "Contents" / "Info.plist").read_bytes()).get("CFBundleIdentifier")
                    == BUNDLE_ID)
    except (OSError, plistlib.InvalidFileException, ValueError):
        return False


def remove_mac(places: Places) -> list[Path]:
    removed = []
    for name in names().values():
        app = places.mac_applications() / f"{name}.app"
        if app.is_dir() and _our_app(app):
            shutil.rmtree(app)
            removed.append(app)
    return removed


# --- Windows: Start menu and desktop shortcuts, made by PowerShell -----------------------------

def _ps(text: str) -> str:
    """A PowerShell single-quoted string: nothing inside is expanded; ' is doubled."""
    return "'" + text.replace("'", "''") + "'"


_FOLDERS = "@([Environment]::GetFolderPath('Programs'), [Environment]::GetFolderPath('Desktop'))"
_IF_OURS = ("    if ((Test-Path -LiteralPath $path) -and "
            "($shell.CreateShortcut($path).TargetPath -like '*\\auditor.exe')) {")


def windows_make_script(auditor: Path, lang: str) -> str:
    name = t("shortcut.name", lang)
    return "\n".join([
        "$ErrorActionPreference = 'Stop'",
        "$shell = New-Object -ComObject WScript.Shell",
        f"foreach ($folder in {_FOLDERS}) {{",
        "  if (-not $folder) { continue }",
        f"  foreach ($old in @({', '.join(_ps(n + '.lnk') for n in names().values())})) {{",
        "    $path = Join-Path $folder $old",
        _IF_OURS,
        "      Remove-Item -LiteralPath $path",
        "    }",
        "  }",
        f"  $path = Join-Path $folder {_ps(name + '.lnk')}",
        "  $link = $shell.CreateShortcut($path)",
        f"  $link.TargetPath = {_ps(str(auditor))}",
        f"  $link.Arguments = {_ps(' '.join(arguments(lang)))}",
        "  $link.WorkingDirectory = [Environment]::GetFolderPath('UserProfile')",
        f"  $link.Description = {_ps(t('shortcut.comment', lang))}",
        "  $link.WindowStyle = 7",  # minimised: the window that keeps the page running stays out of the way
        "  $link.Save()",
        "  Write-Output $path",
        "}",
    ]) + "\n"


def windows_remove_script() -> str:
    return "\n".join([
        "$ErrorActionPreference = 'Stop'",
        "$shell = New-Object -ComObject WScript.Shell",
        f"foreach ($folder in {_FOLDERS}) {{",
        "  if (-not $folder) { continue }",
        f"  foreach ($name in @({', '.join(_ps(n + '.lnk') for n in names().values())})) {{",
        "    $path = Join-Path $folder $name",
        _IF_OURS,
        "      Remove-Item -LiteralPath $path",
        "      Write-Output $path",
        "    }",
        "  }",
        "}",
    ]) + "\n"


def powershell_command(script: str) -> list[str]:
    """PowerShell with the script passed encoded (UTF-16LE, base64): no quoting of the command line."""
    encoded = base64.b64encode(script.encode("utf-16-le")).decode("ascii")
    return ["powershell.exe", "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
            "-EncodedCommand", encoded]


def run_windows(script: str, run: Callable[[Sequence[str]], subprocess.CompletedProcess[str]]) -> list[PurePath]:
    try:
        done = run(powershell_command(script))
    except (OSError, subprocess.SubprocessError) as exc:
        raise AuditorError(t("shortcut.failed", problem=str(exc)), hint=t("shortcut.failed_hint")) from None
    if done.returncode != 0:
        said = [line.strip() for line in (done.stderr or "").splitlines() if line.strip()]
        raise AuditorError(t("shortcut.failed", problem=(said[0] if said else f"exit {done.returncode}")[:300]),
                           hint=t("shortcut.failed_hint"))
    return [PureWindowsPath(line.strip()) for line in (done.stdout or "").splitlines() if line.strip()]


# --- one entry point ----------------------------------------------------------------------------

Runner = Callable[[Sequence[str]], subprocess.CompletedProcess[str]]


def make(places: Places, auditor: Path, lang: str, run: Runner = _run_quietly) -> list[PurePath]:
    """Put the launcher in place (replacing an earlier one); the files made."""
    if places.kind == "mac":
        return list(make_mac(places, auditor, lang))
    if places.kind == "windows":
        return run_windows(windows_make_script(auditor, lang), run)
    return list(make_freedesktop(places, auditor, lang, run))


def remove(places: Places, run: Runner = _run_quietly) -> list[PurePath]:
    """Take away every launcher we made (in either language); the files removed."""
    if places.kind == "mac":
        return list(remove_mac(places))
    if places.kind == "windows":
        return run_windows(windows_remove_script(), run)
    return list(remove_freedesktop(places))


__all__ = ["Places", "desktop_entry", "exec_line", "info_plist", "mac_script", "make", "names", "powershell_command",
           "program", "remove", "windows_make_script", "windows_remove_script"]
