"""The report page has a way to paper that needs no script: a link to the same PDF as
``auditor report --format pdf``; without a browser to print it, the page says so in the
person's language and points to the browser's own print command. On paper the page's
menu is left out."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from web_support import answer, site, start, visitor

from tests.report_support import require_browser


def _finished(db: Path, lang: str = "nl"):
    app, secret = site(db, lang=lang)
    client = visitor(app, secret)
    q = start(client, secret, lang=lang)
    for reply in (dict(value="on"), dict(value="never"), dict(action="skip"), dict(action="skip")):
        q = answer(client, secret, q.text, **reply)
    report = client.post("/audit/1/finish", data={"csrf": secret.csrf})
    assert str(report.url).endswith("/audit/1/report")
    return client, report


def test_the_report_page_links_to_a_pdf_and_prints_without_its_menu(db: Path) -> None:
    _, report = _finished(db)
    assert '<a href="/audit/1/report.pdf">Pdf om te printen of te bewaren</a>' in report.text
    assert "<script" not in report.text  # works without JavaScript: a plain link
    assert re.search(r"@media print\{[^}]*\.web-menu[^}]*\{display:none\}", report.text), "menu printed"


def test_without_a_browser_the_page_says_how_to_print_instead(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor.report import pdf

    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)  # no Chrome, Edge, Chromium or Brave anywhere
    monkeypatch.setattr(pdf, "_is_executable", lambda path: False)
    client, _ = _finished(db)
    page = client.get("/audit/1/report.pdf")
    assert page.status_code == 503 and page.headers["content-type"].startswith("text/html")
    text = " ".join(re.sub(r"<[^>]+>", " ", page.text).split())
    assert "Nu geen pdf" in text
    assert "Een pdf wordt gemaakt door een browser als Chrome, Edge, Chromium of Brave op deze computer" in text
    assert "Ctrl+P" in text and "Opslaan als pdf" in text
    assert 'href="/audit/1/report"' in page.text
    assert "Traceback" not in page.text and "was found" not in page.text  # nothing English, nothing raw
    assert "<details><summary>Waar de auditor op stuitte</summary>" in page.text  # the detail, folded away


@pytest.mark.browser
def test_the_pdf_is_the_report_printed(db: Path) -> None:
    require_browser()
    client, _ = _finished(db)
    pdf = client.get("/audit/1/report.pdf")
    assert pdf.status_code == 200, pdf.text[:500]
    assert pdf.headers["content-type"] == "application/pdf"
    assert 'filename="auditor-rapport-1.pdf"' in pdf.headers["content-disposition"]
    assert pdf.content.startswith(b"%PDF-")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf.content, capture_output=True,
                              check=True).stdout.decode("utf-8")
        flat = " ".join(text.split())
        assert "Zet een persoonlijke notitie bij uitnodigingen" in flat, flat[:2000]
        assert "Open de pagina (example.invalid/invitations)" in flat  # a page, not a setting, on paper too
        assert "Pdf om te printen" not in flat and "Eerdere controles" not in flat  # no page menu on paper
