"""The local page's behaviour over HTTP: the guided audit, one store with two doors, the
export upload, accepting a risk, history, and that nothing a person typed becomes markup."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest
from exportgen import LinkedIn, write_export
from web_support import answer, site, start, visitor

from auditor.catalogue.loader import load_catalogue
from auditor.interview import Interview
from auditor.store import Store

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>"\'&'
ESCAPED = "&lt;script&gt;alert("


@pytest.fixture
def web(db: Path):
    app, secret = site(db)
    return visitor(app, secret), secret


def _answers(db: Path, audit_id: int = 1) -> dict[str, object]:
    with Store(db) as st:
        return {f.check_id: f.value for f in st.facts(audit_id) if f.source == "answer"}


def _checked(html: str) -> list[str]:
    return re.findall(r'<input type="radio" name="answer" value="([^"]+)"[^>]* checked', html)


def test_a_whole_audit_in_dutch(web, db: Path) -> None:
    client, secret = web
    page = client.get("/")
    assert "Controleer je instellingen op sociale media" in page.text and 'lang="nl"' in page.text
    assert '<label for="platform-example">Example Network</label>' in page.text
    assert "Je wilt dat recruiters en nieuwe contacten je vinden" in page.text  # the goal in one sentence
    q1 = start(client, secret)
    assert str(q1.url).endswith("/audit/1/q/example.privacy.ads")
    for button in ("Volgende", "Overslaan", "Weet ik niet", "Stop voor nu"):
        assert f">{button}</button>" in q1.text
    assert ">Terug</button>" not in q1.text  # nothing to go back to yet
    assert "‘Overslaan’ laat de vraag openstaan" in q1.text  # the two ways past a question, told apart
    assert "Vraag 1 van 4" in q1.text and "Waarom dit ertoe doet" in q1.text
    assert 'href="https://example.invalid/settings/ads"' in q1.text and "Instellingen › Advertenties" in q1.text
    q2 = answer(client, secret, q1.text, value="off")
    assert _answers(db) == {"example.privacy.ads": False}  # stored the moment it was given
    assert "Je antwoord is bewaard." in q2.text and "Hoe vaak voeg je een notitie toe?" in q2.text
    assert ">Terug</button>" in q2.text
    back = answer(client, secret, q2.text, action="back")
    assert str(back.url).endswith("/q/example.privacy.ads") and _checked(back.text) == ["off"]
    assert "Je antwoord tot nu toe: Nee" in back.text
    q2 = answer(client, secret, back.text, value="off")
    q3 = answer(client, secret, q2.text, value="mostly")
    assert "Wat is je kopregel?" in q3.text
    q4 = answer(client, secret, q3.text, action="skip")
    assert "Hoeveel projecten staan er?" in q4.text
    end = answer(client, secret, q4.text, action="unsure")
    assert str(end.url).endswith("/audit/1/end")
    assert "Je hebt 3 van de 4 vragen beantwoord." in end.text and "1 overgeslagen" in end.text
    report = client.post("/audit/1/finish", data={"csrf": secret.csrf})
    assert str(report.url).endswith("/audit/1/report")
    assert "Wijzig je antwoord" in report.text and 'href="/audit/1/q/example.networking.invitations"' in report.text
    with Store(db) as st:
        audit = st.audit(1)
        assert audit is not None and audit.finished
    assert _answers(db) == {"example.privacy.ads": False, "example.networking.invitations": "mostly",
                            "example.profile.projects": "unsure"}


def test_a_wrong_answer_is_said_and_nothing_is_stored(web, db: Path) -> None:
    client, secret = web
    q1 = start(client, secret)
    again = answer(client, secret, q1.text)  # Volgende without choosing
    assert again.status_code == 200 and "Je antwoord is niet bewaard" in again.text
    assert "Kies Ja of Nee" in again.text and _answers(db) == {}
    for _ in range(3):
        q1 = answer(client, secret, q1.text, action="skip")
    number = q1
    assert "Hoeveel projecten" in number.text
    wrong = answer(client, secret, number.text, value="veel")
    assert "Je antwoord is niet bewaard" in wrong.text and 'value="veel"' in wrong.text
    assert "Een heel getal, 0 of meer." in number.text
    assert " novalidate>" in number.text  # the check is said in the page's language, not the browser's
    assert "example.profile.projects" not in _answers(db)


def test_stop_leave_and_resume(web, db: Path) -> None:
    client, secret = web
    q1 = start(client, secret)
    q2 = answer(client, secret, q1.text, value="on")
    stopped = answer(client, secret, q2.text, action="stop")
    assert "Je antwoorden zijn bewaard" in stopped.text and "terminal" not in stopped.text
    assert "Hervat je controle" in stopped.text and "tot nu toe 1 antwoord." in stopped.text
    resumed = client.get("/audit/1")
    assert str(resumed.url).endswith("/q/example.networking.invitations")


def test_started_in_the_page_finished_in_the_terminal_and_back(web, db: Path, tmp_path: Path, capsys) -> None:
    from auditor.cli import main
    from tests.conftest import MINI

    client, secret = web
    q1 = start(client, secret)
    with sqlite3.connect(db) as raw:  # the page does not hold the audit: a terminal may carry on with it
        assert raw.execute("SELECT holder FROM audits WHERE id = 1").fetchone()[0] is None
    q2 = answer(client, secret, q1.text, value="off")  # the page now shows the choice question
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  example.networking.invitations: always\n  example.profile.headline: Data engineer at a bank\n")
    # the terminal answers the question the page is showing, and the next one, on the same store
    with Store(db) as st:
        terminal = Interview.open(st, load_catalogue(MINI), 1, now=dt.datetime.now(dt.UTC))
        assert terminal.current() is not None and terminal.current().check_id == "example.networking.invitations"
        assert terminal.answer("always").ok and terminal.answer("Data engineer at a bank").ok
    # the open page's next action shows the current state: the next open question, nothing lost
    after = answer(client, secret, q2.text, value="never")
    assert "Hoeveel projecten staan er?" in after.text
    assert _answers(db)["example.networking.invitations"] == "never"  # the later answer counts
    assert _answers(db)["example.profile.headline"] == "Data engineer at a bank"
    # the terminal finishes it; the page then shows the report
    assert main(["audit", "--answers", str(answers), "--db", str(db), "--checklists", str(MINI)]) == 0
    capsys.readouterr()
    assert str(client.get("/audit/1").url).endswith("/audit/1/report")


def test_started_in_the_terminal_resumed_in_the_page(web, db: Path) -> None:
    from tests.conftest import MINI

    client, _secret = web
    with Store(db) as st:
        terminal = Interview.begin(st, load_catalogue(MINI), ["example"], goal="balanced", lang="nl",
                                   now=dt.datetime.now(dt.UTC))
        assert terminal.answer("on").ok
    home = client.get("/")
    assert "Je hebt een controle die nog niet af is" in home.text and 'href="/audit/1"' in home.text
    page = client.get("/audit/1")
    assert "Hoe vaak voeg je een notitie toe?" in page.text and "Vraag 2 van 4" in page.text


def test_no_page_renders_hostile_text_as_markup(web, db: Path, tmp_path: Path) -> None:
    client, secret = web
    q1 = start(client, secret)
    q2 = answer(client, secret, q1.text, value="on")
    q3 = answer(client, secret, q2.text, value="never")
    q4 = answer(client, secret, q3.text, value=HOSTILE)
    assert _answers(db)["example.profile.headline"] == HOSTILE.strip()
    back = answer(client, secret, q4.text, action="back")
    wrong = answer(client, secret, q4.text, value=HOSTILE)  # a number question, re-shown with the text
    accept = client.post("/accept/example.privacy.ads", data={"csrf": secret.csrf, "reason": HOSTILE})
    bad_date = client.post("/accept/example.privacy.ads", data={"csrf": secret.csrf, "reason": "x", "until": HOSTILE})
    upload = client.post("/export", data={"csrf": secret.csrf},
                         files={"export": (HOSTILE + ".zip", b"not a zip", "application/zip")})
    finished = client.post("/audit/1/finish", data={"csrf": secret.csrf})
    pages = [back, wrong, accept, bad_date, upload, finished, client.get("/history"), client.get("/audit/1/report"),
             client.get("/accept/example.privacy.ads")]
    for page in pages:
        assert "<script>alert" not in page.text and "<img src=x" not in page.text, page.url
    assert ESCAPED in back.text and ESCAPED in wrong.text and ESCAPED in accept.text
    assert ESCAPED in client.get("/history").text  # the accepted risk's reason


def test_an_export_handed_over_in_the_page_is_read_stored_and_deleted(db: Path, tmp_path: Path, monkeypatch) -> None:
    import tempfile

    uploads = tmp_path / "tmp"
    uploads.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(uploads))
    app, secret = site(db, catalogue=None)
    client = visitor(app, secret)
    form = client.get("/export")
    assert '<label for="export-file">' in form.text and "LinkedIn: Instellingen en privacy" in form.text
    zipped = write_export(tmp_path / "Basic_LinkedInDataExport_01-02-2026.zip", LinkedIn().files())
    done = client.post("/export", data={"csrf": secret.csrf},
                       files={"export": (zipped.name, zipped.read_bytes(), "application/zip")})
    assert "Gelezen: je export van LinkedIn." in done.text and "vragen al beantwoord" in done.text
    assert ">Begin je controle</a>" in done.text  # no audit yet: nothing to "continue"
    with Store(db) as st:
        assert any(f.key.startswith("linkedin.") for f in st.evidence(["linkedin"]))
    assert list(uploads.iterdir()) == []  # the upload is gone
    broken = client.post("/export", data={"csrf": secret.csrf},
                         files={"export": ("photo.zip", b"PK\x03\x04broken", "application/zip")})
    assert "Dit bestand kon niet worden gelezen" in broken.text and list(uploads.iterdir()) == []
    not_zip = client.post("/export", data={"csrf": secret.csrf},
                          files={"export": ("notes.zip", b"just some text", "application/zip")})
    # what went wrong and what to do, each its own sentence; no folder, which a file picker cannot give
    assert "<p>notes.zip is geen zipbestand en geen exportmap</p>" in not_zip.text
    assert "<p>Kies het zip-bestand dat je van het platform kreeg, zoals het is" in not_zip.text
    assert "waarin je het hebt uitgepakt" not in not_zip.text
    empty = client.post("/export", data={"csrf": secret.csrf}, files={"export": ("", b"", "application/zip")})
    assert "Kies eerst een bestand." in empty.text


def test_each_request_speaks_its_own_language(db: Path) -> None:
    """The readers' messages follow the page's language, per request: never a process-wide
    switch another request (or this test's own thread) could see."""
    from auditor.strings import current_lang

    app, secret = site(db, catalogue=None, lang="nl")
    dutch, english = visitor(app, secret), visitor(app, secret)
    english.get("/?lang=en")
    before = current_lang()
    for client, said in ((english, "notes.zip is not a zip archive or an export folder"),
                         (dutch, "notes.zip is geen zipbestand en geen exportmap"), (english, "is not a zip archive")):
        page = client.post("/export", data={"csrf": secret.csrf},
                           files={"export": ("notes.zip", b"just some text", "application/zip")})
        assert said in page.text
    assert current_lang() == before


def test_accepting_a_risk_and_withdrawing_it(web, db: Path) -> None:
    client, secret = web
    page = client.get("/accept/example.privacy.ads")
    assert '<label for="reason">Waarom houd je het zo?</label>' in page.text
    # the advice being set aside, as an action (the goal state would read as its opposite here)
    assert "<strong>Het advies:</strong> Zet advertenties met je gegevens uit</p>" in page.text
    missing = client.post("/accept/example.privacy.ads", data={"csrf": secret.csrf, "reason": " "})
    assert "Schrijf kort op waarom" in missing.text
    past = client.post("/accept/example.privacy.ads", data={"csrf": secret.csrf, "reason": "ok", "until": "2001-01-01"})
    assert "vandaag of later" in past.text
    done = client.post("/accept/example.privacy.ads",
                       data={"csrf": secret.csrf, "reason": "Ik wil relevante advertenties", "until": "2099-06-30"})
    assert "Geaccepteerd." in done.text and "tot 2099-06-30" in done.text
    with Store(db) as st:
        acc = st.acceptances()["example.privacy.ads"]
        assert acc.reason == "Ik wil relevante advertenties" and acc.until == dt.date(2099, 6, 30)
    history = client.get("/history").text
    assert "Ik wil relevante advertenties" in history and ">Zet advertenties met je gegevens uit</a>" in history
    client.post("/accept/example.privacy.ads", data={"csrf": secret.csrf, "action": "withdraw"})
    with Store(db) as st:
        assert st.acceptances() == {}


def test_history_lists_audits_with_their_links(web, db: Path) -> None:
    client, secret = web
    assert "Nog geen controles." in client.get("/history").text
    start(client, secret)
    history = client.get("/history")
    assert "niet af" in history.text and 'href="/audit/1"' in history.text and 'href="/audit/1/report"' in history.text


def test_a_correction_from_the_report_updates_the_finished_audit(web, db: Path) -> None:
    client, secret = web
    q = start(client, secret)
    q = answer(client, secret, q.text, value="on")  # ads on: a gap
    for _ in range(3):
        q = answer(client, secret, q.text, action="unsure")
    report = client.post("/audit/1/finish", data={"csrf": secret.csrf})
    assert 'href="/accept/example.privacy.ads"' in report.text
    page = client.get("/audit/1/q/example.privacy.ads")
    fixed = answer(client, secret, page.text, value="off")
    assert str(fixed.url).endswith("/audit/1/report#c-example-privacy-ads")
    with Store(db) as st:
        status = {f.check_id: f.status for f in st.findings(1)}
    assert status["example.privacy.ads"] == "pass"


def test_the_page_speaks_english_when_asked(web) -> None:
    client, _secret = web
    page = client.get("/?lang=en")
    assert "Check your social media settings" in page.text and 'lang="en"' in page.text
    assert "Check your social media settings" in client.get("/").text  # remembered


def test_an_unknown_audit_or_page_is_said(web) -> None:
    client, _secret = web
    assert client.get("/audit/99").status_code == 404
    assert "Er is geen controle met nummer 99." in client.get("/audit/99").text
    assert "Deze pagina bestaat niet." in client.get("/nergens").text
    assert "<title>Pagina niet gevonden · Privacycontrole</title>" in client.get("/nergens").text


def test_a_wrong_method_or_request_is_not_called_a_missing_page(web) -> None:
    client, _secret = web
    wrong = client.get("/start")  # a form's address, opened as a page
    assert wrong.status_code == 405
    assert "bestaat niet" not in wrong.text and "Deze pagina werkt niet op die manier" in wrong.text
    assert "<title>Niet mogelijk · Privacycontrole</title>" in wrong.text


def test_a_terminal_answer_between_an_answer_and_the_next_page_is_shown(db: Path) -> None:
    """Over the real server (one serving thread, one store connection): the next question is
    prepared while answering, and must not be shown stale after the terminal wrote."""
    import httpx

    from auditor.web.app import Settings, build_app
    from auditor.web.security import Secret
    from auditor.web.server import Background, bind
    from tests.conftest import MINI

    secret, sock = Secret.new(), bind(0)
    port = sock.getsockname()[1]
    app = build_app(Settings(db=db, catalogue=load_catalogue(MINI), lang="nl", secret=secret, port=port))
    with Background(app, sock), httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        client.get(f"/?token={secret.token}")
        client.post("/start", data={"csrf": secret.csrf, "platform": "example"})
        posted = client.post("/audit/1/q/example.privacy.ads", data={"csrf": secret.csrf, "answer": "off"})
        assert posted.status_code == 303 and "/q/example.networking.invitations" in posted.headers["location"]
        with Store(db) as st:  # the terminal answers the question the page is about to show
            terminal = Interview.open(st, load_catalogue(MINI), 1, now=dt.datetime.now(dt.UTC))
            assert terminal.answer("always").ok
        shown = client.get(posted.headers["location"])
        assert "Je antwoord tot nu toe: Altijd" in shown.text and _checked(shown.text) == ["always"]
        # and without a write in between, the prepared page is the same as a fresh one
        posted = client.post("/audit/1/q/example.networking.invitations",
                             data={"csrf": secret.csrf, "answer": "never"})
        prepared = client.get(posted.headers["location"]).text
        assert prepared == client.get(posted.headers["location"]).text


def test_sharing_a_finished_audit_with_the_trainer(web, db: Path) -> None:
    import json

    client, secret = web
    q = start(client, secret)
    assert "Deel anoniem" not in client.get("/audit/1/report").text  # not before it is finished
    assert "Rond eerst je controle af" in client.get("/audit/1/share").text
    q = answer(client, secret, q.text, value="on")
    q = answer(client, secret, q.text, value="never")
    q = answer(client, secret, q.text, value=HOSTILE)
    answer(client, secret, q.text, action="unsure")
    report = client.post("/audit/1/finish", data={"csrf": secret.csrf})
    assert 'href="/audit/1/share">Deel anoniem met je trainer</a>' in report.text
    page = client.get("/audit/1/share")
    assert "Download het bestand" in page.text
    download = client.get("/audit/1/share.json")
    share = json.loads(download.text)
    # Named by the share's own id, in Dutch: a trainer's folder of downloads never overwrites one.
    assert download.headers["content-disposition"] == \
        f'attachment; filename="auditor-deelbestand-{share["share_id"]}.json"'
    assert share["share_id"] != json.loads(client.get("/audit/1/share.json").text)["share_id"]
    assert share["schema"] == "auditor.share/1" and share["platforms"] == ["example"]
    assert "script" not in download.text and "headline" in download.text  # the check, never the answer


def _unlabelled(html: str) -> list[str]:
    """Form controls without a <label for=…> naming them (screen readers would read nothing)."""
    labelled = set(re.findall(r'<label for="([^"]+)"', html))
    controls = re.findall(r'<(?:input|textarea|select)\b([^>]*)>', html)
    missing = []
    for attrs in controls:
        if 'type="hidden"' in attrs:
            continue
        found = re.search(r'\bid="([^"]+)"', attrs)
        if found is None or found.group(1) not in labelled:
            missing.append(attrs.strip())
    return missing


def test_every_form_control_has_a_label(web) -> None:
    client, secret = web
    pages = [client.get("/"), client.get("/export"), client.get("/accept/example.privacy.ads")]
    q = start(client, secret)
    for value in ("off", "never", "Data engineer at a bank", None):  # toggle, choice, text, number
        pages.append(q)
        if value is not None:
            q = answer(client, secret, q.text, value=value)
    for page in pages:
        assert _unlabelled(page.text) == [], page.url
        assert re.search(r"<h1>[^<]+</h1>", page.text), page.url


def test_every_web_sentence_is_in_both_languages() -> None:
    from auditor.strings import WEB

    same_in_both = {"web.history.score", "web.history.platforms", "web.history.state", "web.nav.start"}
    for key, entry in WEB.items():
        assert key.startswith("web.") and entry["en"].strip() and entry["nl"].strip(), key
        assert entry["en"] != entry["nl"] or key in same_in_both, key


def test_a_number_question_says_its_range() -> None:
    from auditor.catalogue.loader import load_catalogue as bundled
    from auditor.interview import QuestionView
    from auditor.web.pages import field_hint, question_page

    check = bundled(None).find_check("linkedin.profile.completeness")
    assert check is not None and check.question is not None and check.question.maximum == 7
    view = QuestionView(check_id=check.id, platform="linkedin", platform_name="LinkedIn", title="t", why="w",
                        help="", where_path="", where_url="https://example.invalid/", question="q?", kind="number",
                        choices=[], minimum=0, maximum=7, position=1, total=1, reason="", reason_code="",
                        evidence="", given=None)
    assert field_hint(view, "nl") == "Een heel getal van 0 tot en met 7."
    assert field_hint(view, "en") == "A whole number from 0 to 7."
    page = question_page(view, "/audit/1/q/" + view.check_id, "nl")
    assert page["maximum"] == "7" and not page["can_go_back"]
    # the heading is the question; the goal state is what to aim for, never the heading
    assert page["legend_hidden"] and page["aim"] == "Zo wil je het hebben: t."


def test_what_the_export_settled_can_be_looked_over_and_confirmed(db: Path, tmp_path: Path) -> None:
    app, secret = site(db, catalogue=None)
    client = visitor(app, secret)
    zipped = write_export(tmp_path / "Basic_LinkedInDataExport_01-02-2026.zip", LinkedIn().files())
    client.post("/export", data={"csrf": secret.csrf},
                files={"export": (zipped.name, zipped.read_bytes(), "application/zip")})
    page = start(client, secret, platforms=("linkedin",))
    for _ in range(60):
        if 'class="answer"' not in page.text:
            break
        page = answer(client, secret, page.text, action="unsure")
    assert str(page.url).endswith("/audit/1/end")
    found = re.search(r"Je data-export heeft (\d+) vragen al voor je beantwoord\. "
                      r'<a href="(/audit/1/q/[^"]+)">Kijk na of dat klopt</a>', page.text)
    assert found, page.text
    first = client.get(found.group(2))
    assert "Wat al bekend is" in first.text and "Volgens je export van" in first.text
    assert "Je data-export gaf hier al antwoord op. Klopt het?" in first.text
    checked = _checked(first.text)
    assert checked, "the export's value is chosen already"
    after = answer(client, secret, first.text, value=checked[0])  # Volgende: it is right
    assert "Je antwoord is bewaard." in after.text
    with Store(db) as st:
        confirmed = [f for f in st.facts(1) if f.source == "answer" and f.detail.startswith("confirmed:")]
    assert len(confirmed) == 1  # stored as the export's value, confirmed by the person
    report = client.post("/audit/1/finish", data={"csrf": secret.csrf})
    # what the export settled can be corrected from the report too
    assert 'href="/audit/1/q/linkedin.privacy.contact-import">Wijzig je antwoord</a>' in report.text


def test_a_question_page_is_headed_by_the_question_not_by_a_verdict(web) -> None:
    client, secret = web
    q = start(client, secret)
    heading = re.search(r"<h1>(.*?)</h1>", q.text, re.S)
    assert heading and heading.group(1).strip().endswith("?"), q.text[:2000]
    assert "Zo wil je het hebben: Advertenties gebruiken je gegevens niet." in q.text
    assert "<h1>Advertenties gebruiken je gegevens niet</h1>" not in q.text


def test_the_store_is_closed_when_serving_ends(db: Path) -> None:
    """The site's lifespan closes the store it kept open for the serving thread: its
    write-ahead log is folded back into the file."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from web_support import BASE

    app, secret = site(db)
    with TestClient(app, base_url=BASE) as client:
        client.get(f"/?token={secret.token}")
        start(client, secret)
        assert client.get("/history").status_code == 200
        assert db.with_name(db.name + "-wal").exists()  # the store is open while serving
    assert not db.with_name(db.name + "-wal").exists()
