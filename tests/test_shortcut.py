"""``auditor shortcut``: the launcher in the app menu and on the desktop, and ``--remove``.

Linux is tested for real (``desktop-file-validate``, and its ``Exec`` started: the page is
fetched over loopback by the "browser" it opens); what is written for macOS and Windows is
tested as files and as the PowerShell script. HOME and the XDG folders are temporary.
"""

from __future__ import annotations

import base64
import os
import plistlib
import select
import shlex
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path, PureWindowsPath

import pytest

from auditor import launcher
from auditor.errors import AuditorError
from auditor.launcher import Places
from tests.conftest import ROOT, cli_env

AUDITOR = Path(sys.executable).parent / "auditor"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home dir"  # a space, as in "Jan de Vries"
    (home / "Bureaublad").mkdir(parents=True)
    (home / ".config").mkdir()
    (home / ".config" / "user-dirs.dirs").write_text('XDG_DESKTOP_DIR="$HOME/Bureaublad"\n', encoding="utf-8")
    return home


def home_env(home: Path, **extra: str) -> dict[str, str]:
    env = cli_env(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
                  **extra)
    env.pop("XDG_DESKTOP_DIR", None)
    return env


def shortcut(home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "auditor.cli", "shortcut", *args], env=home_env(home, **extra),
                          capture_output=True, text=True, timeout=60, cwd=home)


def validator() -> str:
    found = shutil.which("desktop-file-validate")
    if found is None:
        if os.environ.get("AUDITOR_REQUIRE_BROWSER") == "1" or os.environ.get("CI"):
            pytest.fail("desktop-file-validate (Debian: desktop-file-utils) is missing")
        pytest.skip("desktop-file-validate (Debian: desktop-file-utils) is not installed")
    return found


def exec_words(entry: Path) -> list[str]:
    """The ``Exec`` line as the desktop runs it (Desktop Entry spec): the string escapes, then
    the quoting (inside double quotes a backslash escapes " ` $ and itself), then ``%%``."""
    line = next(x for x in entry.read_text(encoding="utf-8").splitlines() if x.startswith("Exec="))
    value = line.split("=", 1)[1].replace("\\\\", "\\")
    words: list[str] = []
    word: str | None = None
    quoted = False
    chars = iter(value)
    for c in chars:
        if quoted:
            if c == "\\":
                c = next(chars)
                assert c in '"`$\\', f"bad escape \\{c}"
                word = (word or "") + c
            elif c == '"':
                quoted = False
            else:
                word = (word or "") + c
        elif c == '"':
            quoted, word = True, word or ""
        elif c == " ":
            if word is not None:
                words.append(word)
            word = None
        else:
            word = (word or "") + c
    assert not quoted
    if word is not None:
        words.append(word)
    return [w.replace("%%", "%") for w in words]


# --- Linux ----------------------------------------------------------------------------------

@pytest.mark.skipif(sys.platform != "linux", reason="the freedesktop launcher")
def test_linux_menu_and_desktop_entries_are_valid_and_in_dutch(home: Path) -> None:
    validate = validator()
    done = shortcut(home, "--lang", "nl")
    assert done.returncode == 0, done.stderr
    menu = home / ".local/share/applications/social-auditor.desktop"
    desk = home / "Bureaublad/social-auditor.desktop"  # the Dutch desktop folder, from user-dirs.dirs
    assert "„Privacycontrole” staat nu in je programmamenu en op je bureaublad" in done.stdout
    assert str(menu) in done.stdout and str(desk) in done.stdout
    for entry in (menu, desk):
        checked = subprocess.run([validate, str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout + checked.stderr
        text = entry.read_text(encoding="utf-8")
        assert "\nName=Privacycontrole\n" in text and "\nName[en]=Privacy check-up\n" in text
        assert "\nTerminal=false\n" in text
        assert exec_words(entry) == [str(AUDITOR), "serve", "--lang", "nl"]
    assert desk.stat().st_mode & 0o111, "a desktop launcher must be executable"
    icon = next(x for x in menu.read_text(encoding="utf-8").splitlines() if x.startswith("Icon=")).split("=", 1)[1]
    assert Path(icon).is_file() and Path(icon).suffix == ".svg"


@pytest.mark.skipif(sys.platform != "linux", reason="the freedesktop launcher")
def test_linux_without_a_desktop_folder_gets_the_menu_entry_only(tmp_path: Path) -> None:
    home = tmp_path / "server"
    home.mkdir()
    done = shortcut(home, "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert [p.name for p in (home / ".local/share/applications").iterdir()] == ["social-auditor.desktop"]
    assert not (home / "Desktop").exists()
    assert done.stdout.startswith("“Privacy check-up” is now in your app menu. Click it to start")


def test_an_awkward_program_path_is_quoted_as_the_specification_asks(tmp_path: Path) -> None:
    odd = Path('/home/Jan "JD" de Vries/100% $safe/bin/auditor')
    places = Places("linux", tmp_path, {"XDG_DATA_HOME": str(tmp_path / "data")})
    [entry] = launcher.make_freedesktop(places, odd, "en", run=lambda args: None)
    assert exec_words(entry) == [str(odd), "serve", "--lang", "en"]
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout


@pytest.mark.skipif(sys.platform != "linux", reason="the freedesktop launcher")
def test_remove_takes_away_only_our_entries(home: Path) -> None:
    assert shortcut(home, "--lang", "nl").returncode == 0
    foreign = home / "Bureaublad" / "other.desktop"
    foreign.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n", encoding="utf-8")
    done = shortcut(home, "--remove", "--lang", "nl")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("„Privacycontrole” is weggehaald:")
    assert not (home / ".local/share/applications/social-auditor.desktop").exists()
    assert sorted(p.name for p in (home / "Bureaublad").iterdir()) == ["other.desktop"]
    again = shortcut(home, "--remove", "--lang", "nl")
    assert again.returncode == 0 and "Er was geen „Privacycontrole” om weg te halen." in again.stdout


def test_a_same_named_entry_that_is_not_ours_is_left_alone(tmp_path: Path) -> None:
    places = Places("linux", tmp_path, {"XDG_DATA_HOME": str(tmp_path / "data")})
    theirs = places.applications() / launcher.DESKTOP_ID
    theirs.parent.mkdir(parents=True)
    theirs.write_text("[Desktop Entry]\nName=Someone else's\n", encoding="utf-8")
    assert launcher.remove(places) == []
    assert theirs.exists()


FETCHER = textwrap.dedent("""
    import http.cookiejar, sys, urllib.request
    url, fifo = sys.argv[1], sys.argv[2]
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    try:
        with opener.open(url, timeout=60) as response:
            said = f"{response.status} {response.read().decode('utf-8', 'replace')}"
    except Exception as exc:
        said = f"failed {exc!r}"
    with open(fifo, "w", encoding="utf-8") as out:
        out.write(said)
""")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="the freedesktop launcher")
def test_the_launchers_exec_starts_the_page_and_opens_it_in_the_browser(home: Path, tmp_path: Path) -> None:
    """What a double-click does: run ``Exec`` as written; the "browser" (``BROWSER``) it opens
    fetches the page over loopback with the printed link and reports what it got."""
    assert shortcut(home, "--lang", "nl").returncode == 0
    words = exec_words(home / ".local/share/applications/social-auditor.desktop")
    fetcher = tmp_path / "fetch.py"
    fetcher.write_text(FETCHER, encoding="utf-8")
    fifo = tmp_path / "page.fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # open before the writer: nothing blocks
    env = home_env(home, AUDITOR_DB=str(tmp_path / "store.sqlite3"), LANG="nl_NL.UTF-8",
                   BROWSER=f"{shlex.quote(sys.executable)} {shlex.quote(str(fetcher))} %s {shlex.quote(str(fifo))}")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    server = subprocess.Popen(words, env=env, cwd=home, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              start_new_session=True)
    try:
        said = b""
        while True:
            ready, _, _ = select.select([reader], [], [], 60)
            assert ready, "the launcher opened no page within a minute"
            chunk = os.read(reader, 65536)
            if not chunk and said:
                break
            said += chunk
        text = said.decode("utf-8")
        assert text.startswith("200 "), text[:300]
        assert "<html" in text and 'lang="nl"' in text
    finally:
        os.close(reader)
        os.killpg(server.pid, signal.SIGINT)
        out, err = server.communicate(timeout=60)
    assert "http://127.0.0.1:" in out, out + err


# --- macOS ------------------------------------------------------------------------------------

def test_macos_app_in_the_persons_applications_folder(tmp_path: Path) -> None:
    places = Places("darwin", tmp_path)
    auditor = tmp_path / "Jan de Vries" / ".local" / "bin" / "auditor"
    [app] = launcher.make(places, auditor, "nl")
    assert app == tmp_path / "Applications" / "Privacycontrole.app"
    info = plistlib.loads((app / "Contents" / "Info.plist").read_bytes())
    assert info["CFBundleName"] == info["CFBundleDisplayName"] == "Privacycontrole"
    assert info["CFBundleExecutable"] == launcher.MAC_PROGRAM and info["CFBundlePackageType"] == "APPL"
    assert info["CFBundleIdentifier"] == launcher.BUNDLE_ID
    script = app / "Contents" / "MacOS" / launcher.MAC_PROGRAM
    assert script.stat().st_mode & 0o111
    assert script.read_text(encoding="utf-8").startswith("#!/bin/sh\n")
    assert not list((tmp_path / "Applications").glob(".*")), "no half-built app left behind"


def test_macos_apps_program_starts_auditor_serve(tmp_path: Path) -> None:
    """The app's program is a shell script: run it, with a stand-in auditor that says what it got."""
    auditor = tmp_path / "it's here" / "auditor"
    auditor.parent.mkdir()
    record = tmp_path / "args.txt"
    auditor.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {shlex.quote(str(record))}\n', encoding="utf-8")
    auditor.chmod(0o755)
    [app] = launcher.make(Places("darwin", tmp_path), auditor, "en")
    assert app.name == "Privacy check-up.app"
    subprocess.run([str(app / "Contents" / "MacOS" / launcher.MAC_PROGRAM)], check=True, timeout=30)
    assert record.read_text(encoding="utf-8").split() == ["serve", "--lang", "en"]


def test_macos_one_app_at_a_time_and_remove_leaves_others_alone(tmp_path: Path, speak) -> None:
    places = Places("darwin", tmp_path)
    launcher.make(places, tmp_path / "auditor", "nl")
    launcher.make(places, tmp_path / "auditor", "en")
    assert sorted(p.name for p in (tmp_path / "Applications").iterdir()) == ["Privacy check-up.app"]
    other = tmp_path / "Applications" / "Privacycontrole.app" / "Contents"
    other.mkdir(parents=True)
    (other / "Info.plist").write_bytes(plistlib.dumps({"CFBundleIdentifier": "com.example.other"}))
    removed = launcher.remove(places)
    assert removed == [tmp_path / "Applications" / "Privacy check-up.app"]
    assert (tmp_path / "Applications" / "Privacycontrole.app").is_dir()
    speak("nl")
    with pytest.raises(AuditorError) as caught:  # someone else's app of that name is not replaced
        launcher.make(places, tmp_path / "auditor", "nl")
    assert "Privacycontrole.app bestaat al en is niet door auditor gemaakt" in caught.value.render()
    assert plistlib.loads((other / "Info.plist").read_bytes())["CFBundleIdentifier"] == "com.example.other"


# --- Windows ----------------------------------------------------------------------------------

class FakePowerShell:
    def __init__(self, code: int = 0, stdout: str = "", stderr: str = "") -> None:
        self.code, self.stdout, self.stderr = code, stdout, stderr
        self.scripts: list[str] = []

    def __call__(self, args: Sequence[str]) -> subprocess.CompletedProcess[str]:
        assert args[:6] == ["powershell.exe", "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
                            "-EncodedCommand"]
        self.scripts.append(base64.b64decode(args[6]).decode("utf-16-le"))
        return subprocess.CompletedProcess(list(args), self.code, self.stdout, self.stderr)


def test_windows_start_menu_and_desktop_shortcuts(tmp_path: Path) -> None:
    auditor = Path(r"C:\Users\Jan O'Brien\pipx\venvs\social-auditor\Scripts\auditor.exe")
    made = ("C:\\Users\\Jan O'Brien\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Privacycontrole.lnk\r\n"
            "C:\\Users\\Jan O'Brien\\Desktop\\Privacycontrole.lnk\r\n")
    shell = FakePowerShell(stdout=made)
    paths = launcher.make(Places("win32", tmp_path), auditor, "nl", run=shell)
    assert [p.name for p in paths] == ["Privacycontrole.lnk", "Privacycontrole.lnk"]
    [script] = shell.scripts
    assert "[Environment]::GetFolderPath('Programs')" in script and "[Environment]::GetFolderPath('Desktop')" in script
    assert "$link.TargetPath = 'C:\\Users\\Jan O''Brien\\pipx\\venvs\\social-auditor\\Scripts\\auditor.exe'" in script
    assert "$link.Arguments = 'serve --lang nl'" in script
    assert "Join-Path $folder 'Privacycontrole.lnk'" in script
    assert "$link.Save()" in script
    assert "'Privacy check-up.lnk'" in script  # an English one made before is replaced, not doubled
    assert not list(tmp_path.iterdir()), "nothing is written on this machine"


def test_windows_remove_only_takes_shortcuts_that_start_auditor(tmp_path: Path) -> None:
    shell = FakePowerShell(stdout="C:\\Users\\jan\\Desktop\\Privacycontrole.lnk\n")
    [gone] = launcher.remove(Places("win32", tmp_path), run=shell)
    assert gone == PureWindowsPath("C:\\Users\\jan\\Desktop\\Privacycontrole.lnk")
    [script] = shell.scripts
    assert "TargetPath -like '*\\auditor.exe'" in script and "Remove-Item -LiteralPath $path" in script


def test_windows_failure_is_one_dutch_message(tmp_path: Path, speak) -> None:
    speak("nl")
    shell = FakePowerShell(code=1, stderr="New-Object : Retrieving the COM class factory failed\nmore\n")
    with pytest.raises(AuditorError) as caught:
        launcher.make(Places("win32", tmp_path), Path("C:\\auditor.exe"), "nl", run=shell)
    assert caught.value.render() == ("Windows kon de snelkoppeling niet maken: New-Object : Retrieving the COM class "
                                     "factory failed\nJe kunt het altijd starten door dit te typen: auditor serve")


# --- which program ------------------------------------------------------------------------------

def test_the_program_is_the_one_beside_this_python(tmp_path: Path) -> None:
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "auditor").write_text("#!/bin/sh\n")
    assert launcher.program(str(tmp_path / "bin" / "python"), "linux") == tmp_path / "bin" / "auditor"
    (tmp_path / "Scripts").mkdir()
    (tmp_path / "Scripts" / "auditor.exe").write_bytes(b"MZ")
    assert launcher.program(str(tmp_path / "Scripts" / "python.exe"), "win32") == tmp_path / "Scripts" / "auditor.exe"


def test_a_temporary_uvx_copy_asks_for_an_install_for_keeps(tmp_path: Path, speak) -> None:
    speak("nl")
    cached = tmp_path / ".cache" / "uv" / "archive-v0" / "abc" / "bin"
    cached.mkdir(parents=True)
    (cached / "auditor").write_text("#!/bin/sh\n")
    with pytest.raises(AuditorError) as caught:
        launcher.program(str(cached / "python"), "linux")
    assert "uv tool install social-auditor" in caught.value.render()
    with pytest.raises(AuditorError):
        launcher.program(str(tmp_path / "nothing" / "python"), "linux")


def test_the_launcher_shows_the_pages_icon() -> None:
    assert launcher.icon() == ROOT / "reports" / "web" / "static" / "icon.svg"
    assert launcher.icon().read_text(encoding="utf-8").startswith("<svg")
