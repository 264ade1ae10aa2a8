"""``--cdp``: attach to a browser the person started, on loopback only.

The test starts Chromium itself, the way a person would (``--remote-debugging-port``, a
separate profile), on port 0 so the system picks a free port, which Chromium writes to
``DevToolsActivePort`` in its profile directory. The session attaches, probes a fixture
page, detaches, and the person's browser must still be running afterwards.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_fixtures import AI_PROBE, FixtureServer, browser_path_or_skip, render_page

from auditor.collectors.browser import BrowserSession
from auditor.collectors.browser.locate import launch_args
from auditor.errors import AuditorError


@pytest.fixture
def persons_browser(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    profile = tmp_path / "persons-profile"
    proc = subprocess.Popen(
        [
            browser_path_or_skip(),
            "--headless=new",
            "--remote-debugging-port=0",
            "--remote-debugging-address=127.0.0.1",
            f"--user-data-dir={profile}",
            "--proxy-server=http://127.0.0.1:9",
            *launch_args(),
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 20
        while not (port_file.exists() and port_file.read_text().strip()):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("Chromium did not open its DevTools port")
            time.sleep(0.05)
        port = int(port_file.read_text().splitlines()[0])
        yield proc, port
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, 15)  # our own process group: the browser this test started
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, 9)
                proc.wait()


@pytest.mark.browser
def test_attach_over_cdp_probes_and_leaves_the_browser_running(
    persons_browser: tuple[subprocess.Popen[bytes], int],
) -> None:
    proc, port = persons_browser
    server = FixtureServer()
    server.serve(AI_PROBE.url, render_page(AI_PROBE, "en", "off", "input-switch"))
    with BrowserSession(cdp_url=f"http://127.0.0.1:{port}", route_hook=server.install, probe_timeout_s=5) as session:
        assert session.browser_label == f"the browser at http://127.0.0.1:{port}"
        result = session.probe(
            "linkedin.privacy.generative-ai-data", AI_PROBE, fact_key="linkedin.setting.generative_ai_data"
        )
        assert result.status == "ok", result.reason
        assert result.value is False
        assert result.fact is not None and result.fact.source == "browser"
    assert server.touched == []
    time.sleep(0.3)
    assert proc.poll() is None, "detaching must not close the person's browser"


@pytest.mark.browser
def test_nothing_listening_is_a_clear_error(tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:  # a free port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(AuditorError, match="Could not attach") as info:
        BrowserSession(cdp_url=f"http://127.0.0.1:{port}").start()
    assert "--remote-debugging-port" in (info.value.hint or "")


def test_a_cdp_url_on_another_host_is_refused() -> None:
    with pytest.raises(AuditorError, match=r"refusing to attach to a browser on '192\.168\.1\.10'"):
        BrowserSession(cdp_url="http://192.168.1.10:9222").start()
