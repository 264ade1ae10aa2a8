"""An export added halfway through an audit: the newer one wins, the person is told, and
one counter runs through the whole audit (issue: "what a Dutch newcomer tripped over").

Read as a person reads it: the page's text (HTTP), the wizard's screen (a scripted keyboard).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
from pathlib import Path
from typing import Any

from exportgen import LinkedIn, linkedin_name, write_export
from test_wizard import ScriptedPrompter
from web_support import site, visitor

from auditor import usecases
from auditor.catalogue.loader import load_catalogue
from auditor.interview import Interview
from auditor.store import Store
from auditor.strings import speaking

COMPLETENESS = "linkedin.profile.completeness"
HEADLINE = "linkedin.profile.headline"
FIX_COMPLETENESS = "Vul de zeven onderdelen van een compleet profiel aan"
FIX_HEADLINE = "Herschrijf je kopregel zodat hij zegt wat je doet"


def text_of(page: str) -> str:
    """The page as a person reads it: no tags, entities resolved, spaces folded."""
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", page, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", body))).strip()


def counter(page: str) -> tuple[int, int]:
    found = re.search(r"Vraag (\d+) van (\d+)", text_of(page))
    assert found, text_of(page)[:400]
    return int(found.group(1)), int(found.group(2))


def check_of(response: Any) -> str:
    return str(response.url).rsplit("/q/", 1)[1].split("?")[0]


def reply(client: Any, secret: Any, response: Any, value: str | None = None, action: str = "next") -> Any:
    """Answer the question on the page the way a person would: the given value, else the
    first choice, a 1 in a number field, a word in a text field."""
    page = response.text
    if value is None:
        radio = re.search(r'<input type="radio" name="answer" value="([^"]+)"', page)
        kind = re.search(r'<input type="(number|text)" name="answer"', page)
        value = radio.group(1) if radio else ("1" if kind and kind.group(1) == "number" else "Iets")
    target = str(response.url).split("?")[0]
    return client.post(target, data={"csrf": secret.csrf, "action": action, "answer": value})


def upload(client: Any, secret: Any, tmp_path: Path) -> Any:
    archive = write_export(tmp_path / linkedin_name(), LinkedIn(connections=60).files())
    with archive.open("rb") as handle:
        return client.post("/export", data={"csrf": secret.csrf},
                           files={"export": (archive.name, handle.read(), "application/zip")})


def test_an_export_read_after_the_answers_wins_says_so_and_the_report_agrees(tmp_path: Path) -> None:
    app, secret = site(tmp_path / "auditor.db", catalogue=None)
    client = visitor(app, secret)
    page = client.post("/start", data={"csrf": secret.csrf, "platform": "linkedin", "goal": "balanced", "lang": "nl"})
    seen: list[tuple[int, int]] = []
    while check_of(page) != "linkedin.privacy.contact-import":  # the profile questions, then a little further
        seen.append(counter(page.text))
        wanted = {COMPLETENESS: "6", HEADLINE: "Adviseur"}.get(check_of(page))
        page = reply(client, secret, page, wanted)
        assert page.status_code == 200 and "/q/" in str(page.url), text_of(page.text)[:300]
    before = counter(page.text)
    assert [n for n, _ in seen] == sorted(n for n, _ in seen) and len({m for _, m in seen}) == 1, seen

    # halfway: the export, which shows 7 of 7 and a real headline
    done = text_of(upload(client, secret, tmp_path).text)
    said = re.search(r"daarmee zijn (\d+) vragen al beantwoord", done)
    assert said, done
    assert "zegt je export iets anders dan je eerder antwoordde; de export telt nu, want die is nieuwer" in done

    # carrying on: the same total (answered by the export is still answered), and never backwards
    page = client.get(str(page.url).split("/q/")[0])
    after = counter(page.text)
    assert after[1] == before[1] and after[0] >= before[0], (before, after)

    # the difference, offered for review in the question's own terms
    review = client.get(str(page.url).split("/q/")[0] + f"/q/{COMPLETENESS}")
    shown = text_of(review.text)
    assert "zegt: 7; eerder antwoordde je: 6. Het nieuwste telt: je export." in shown, shown
    assert counter(review.text)[1] == before[1]

    # to the end; the end page counts what the export answered the same way
    while "/q/" in str(page.url):
        page = reply(client, secret, page, action="skip")
    end = text_of(page.text)
    assert f"Je data-export heeft {said.group(1)} vragen al voor je beantwoord." in end, end
    assert "vragen zegt je export iets anders dan je eerder antwoordde" in end

    report = client.post(str(page.url).replace("/end", "/finish"), data={"csrf": secret.csrf})
    assert "/report" in str(report.url)
    text = text_of(report.text)
    assert FIX_COMPLETENESS not in text and FIX_HEADLINE not in text


def test_an_answer_given_after_the_export_stays(tmp_path: Path) -> None:
    app, secret = site(tmp_path / "auditor.db", catalogue=None)
    client = visitor(app, secret)
    page = client.post("/start", data={"csrf": secret.csrf, "platform": "linkedin", "goal": "balanced", "lang": "nl"})
    upload(client, secret, tmp_path)
    base = str(page.url).split("/q/")[0]
    question = client.get(f"{base}/q/{COMPLETENESS}")
    assert "export van 2 januari 2026" in text_of(question.text)
    reply(client, secret, question, "6")  # the person knows better now: their answer is newer
    with Store(tmp_path / "auditor.db") as st:
        audit_id = int(base.rsplit("/", 1)[1])
        view = Interview.open(st, load_catalogue(None), audit_id, now=dt.datetime.now(dt.UTC), at=COMPLETENESS)
        current = view.current()
    assert current is not None and current.given == "6" and current.conflict == ""


def test_the_wizard_offers_the_difference_for_review(tmp_path: Path) -> None:
    from auditor.commands import audit as audit_command

    cat = load_catalogue(None)
    db = tmp_path / "auditor.db"
    now = dt.datetime(2026, 12, 7, 9, tzinfo=dt.UTC)
    with Store(db) as st:
        iv = Interview.begin(st, cat, ["linkedin"], goal="balanced", lang="nl", now=now)
        iv.go_to(COMPLETENESS)
        assert iv.answer("6").ok
        iv.go_to(HEADLINE)
        assert iv.answer("Adviseur").ok
        st.release()
        archive = write_export(tmp_path / linkedin_name(), LinkedIn(connections=60).files())
        result = usecases.read_evidence(cat, archive, now=now)
        summary = usecases.record_import(st, cat, result, now=now + dt.timedelta(minutes=5))
        assert {c.id for c in summary.replaced} >= {COMPLETENESS, HEADLINE}
        # the wizard, resumed: it says so, and under review shows both answers
        args = argparse.Namespace(goal=None, lang="nl", new=False, max_age=180, platforms=["linkedin"])
        prompter = ScriptedPrompter(["j"])
        resumed = audit_command._begin(st, cat, ["linkedin"], args, None, prompter)
        assert resumed is not None
        prompter = ScriptedPrompter(["j", "1", "stop"])  # review: yes; the photo; then stop at the headline
        with speaking("nl"):
            audit_command._converse(resumed, prompter, None, cat)
    screen = " ".join(prompter.screen.split())
    assert "Bij 2 vragen zegt je export iets anders dan je eerder antwoordde" in screen, screen
    assert f"Al bekend, dus niet gevraagd: {summary.answered} dankzij je export." in screen  # one count
    assert "eerder antwoordde je: Adviseur. Het nieuwste telt: je export." in screen, screen


def test_when_an_answer_changes_the_number_of_questions_the_page_and_the_wizard_say_so_once(tmp_path: Path) -> None:
    app, secret = site(tmp_path / "auditor.db", catalogue=None)
    client = visitor(app, secret)
    page = client.post("/start", data={"csrf": secret.csrf, "platform": "linkedin", "goal": "balanced", "lang": "nl"})
    for _ in range(60):
        if "Werk je als zelfstandige" in text_of(page.text) or "/q/" not in str(page.url):
            break
        page = reply(client, secret, page, action="skip")
    condition = check_of(page)
    before = counter(page.text)
    page = reply(client, secret, page, "off")  # not a freelancer: the projects question no longer applies
    after = counter(page.text)
    assert after == (before[0] + 1, before[1] - 1), (before, after)
    assert "Door je antwoord is er 1 vraag minder." in text_of(page.text)
    following = reply(client, secret, page, action="skip")  # said once: the next page does not repeat it
    assert "vraag minder" not in text_of(following.text)

    cat = load_catalogue(None)
    with Store(tmp_path / "wizard.db") as st:
        iv = Interview.begin(st, cat, ["linkedin"], goal="balanced", lang="nl", now=dt.datetime(2026, 12, 7, tzinfo=dt.UTC))
        iv.go_to(condition)
        from auditor.frontends.terminal import Wizard

        prompter = ScriptedPrompter(["2", "q"])
        Wizard(prompter, iv).run()
    assert "Door je antwoord is er 1 vraag minder." in prompter.screen, prompter.screen
