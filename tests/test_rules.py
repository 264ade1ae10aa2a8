"""The rule evaluator: unit tests of each operator, and properties that must always hold."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.catalogue.model import Rule
from auditor.rules import count_words, describe, evaluate, normalise

LISTS = {"generic-titles": ["medewerker", "Adviseur", "project manager", "directeur"]}

values = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                   st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=60))


def rule(**kwargs: object) -> Rule:
    return Rule.model_validate(kwargs)


@pytest.mark.parametrize(
    ("spec", "value", "expected"),
    [
        ({"equals": False}, False, True),
        ({"equals": False}, True, False),
        ({"equals": False}, 0, False),  # 0 is not "off": booleans and numbers never mix
        ({"equals": True}, 1, False),
        ({"equals": "Public"}, "public", True),
        ({"not_equals": "everyone"}, "connections", True),
        ({"one_of": ["always", "mostly"]}, "mostly", True),
        ({"one_of": ["always", "mostly"]}, "never", False),
        ({"not_one_of": ["everyone"]}, "nobody", True),
        ({"matches": r"linkedin\.com/in/"}, "https://www.linkedin.com/in/sanne", True),
        ({"not_matches": r"/pub/"}, "https://nl.linkedin.com/pub/sanne/5/88/b84", False),
        ({"min_words": 3}, "Senior data engineer", True),
        ({"min_words": 3}, "Manager", False),
        ({"max_words": 50}, "word " * 51, False),
        ({"min_length": 5}, "  abc  ", False),
        ({"max_length": 5}, "abcde", True),
        ({"at_least": 0.8}, 0.75, False),
        ({"at_least": 0.8}, 1, True),
        ({"at_most": 0}, 0, True),
        ({"at_most": 0}, 12, False),
        ({"present": True}, "", False),
        ({"present": True}, "x", True),
        ({"present": False}, None, True),
        ({"present": True}, False, True),
        ({"not_in_list": "generic-titles"}, "Medewerker", False),
        ({"not_in_list": "generic-titles"}, "adviseur!", False),
        ({"not_in_list": "generic-titles"}, "Project  Manager", False),
        ({"not_in_list": "generic-titles"}, "Adviseur duurzame energie", True),
        ({"in_list": "generic-titles"}, "Directeur", True),
    ],
)
def test_operator(spec: dict[str, object], value: object, expected: bool) -> None:
    assert evaluate(rule(**spec), value, LISTS) is expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("spec", "value"),
    [({"min_words": 2}, True), ({"at_least": 1}, "many"), ({"matches": "x"}, 3), ({"equals": True}, None)],
)
def test_cannot_judge_is_none_not_false(spec: dict[str, object], value: object) -> None:
    """A value of the wrong kind (or none) is 'cannot judge', which the engine reports as unknown."""
    assert evaluate(rule(**spec), value) is None  # type: ignore[arg-type]


def test_about_rule_accepts_a_choice_or_a_text() -> None:
    about = rule(any=[{"equals": "with-link"}, {"all": [{"min_words": 5}, {"matches": "(https?://|www\\.)"}]}])
    assert evaluate(about, "with-link") is True
    assert evaluate(about, "no-link") is False
    assert evaluate(about, "I build bridges and tunnels, see www.example.nl") is True
    assert evaluate(about, "I build bridges and tunnels for a living") is False


def test_combinators_propagate_unknown() -> None:
    both = rule(all=[{"min_words": 1}, {"at_least": 3}])
    assert evaluate(both, "hello") is None  # one part cannot judge, none failed
    assert evaluate(rule(all=[{"min_words": 5}, {"at_least": 3}]), "hello") is False
    assert evaluate(rule(any=[{"min_words": 1}, {"at_least": 3}]), "hello") is True
    # a branch that cannot judge the value is no vote: a choice answer is judged by the choice branch
    either = rule(any=[{"one_of": ["always", "mostly"]}, {"at_least": 0.8}])
    assert evaluate(either, "never") is False
    assert evaluate(either, 0.5) is False
    assert evaluate(either, 0.9) is True
    assert evaluate(rule(any=[{"min_words": 1}, {"at_least": 3}]), True) is None
    assert evaluate(rule(**{"not": {"equals": True}}), True) is False


def test_rule_needs_exactly_one_operator() -> None:
    with pytest.raises(ValueError, match="exactly one operator"):
        rule(equals=True, one_of=[True])
    with pytest.raises(ValueError, match="exactly one operator"):
        rule()


def test_bad_regex_is_rejected_at_load() -> None:
    with pytest.raises(ValueError, match="not a valid regular expression"):
        rule(matches="([")


def test_describe_reads_like_english_or_dutch() -> None:
    assert describe(rule(equals=False)) == "is off"
    both = rule(all=[{"min_words": 3}, {"not_in_list": "generic-titles"}])
    assert describe(both) == "(has at least 3 words and is not in the word list 'generic-titles')"
    assert describe(both, "nl") == "(heeft minstens 3 woorden en staat niet in de woordenlijst 'generic-titles')"
    assert describe(rule(not_={"present": True}), "nl") == "niet (is ingevuld)"
    assert describe(rule(at_least=7.0), "nl") == "is minstens 7"


def test_every_operator_has_words_in_both_languages() -> None:
    from auditor.rules import _HANDLERS
    from auditor.strings import TABLE

    for op in _HANDLERS:
        assert f"rule.{op}" in TABLE, op


# --- properties ----------------------------------------------------------------------------

@given(values)
def test_missing_value_is_never_a_verdict_except_presence(value: object) -> None:
    assert evaluate(rule(equals=True), None) is None
    assert evaluate(rule(present=True), value) is not None  # type: ignore[arg-type]


@given(values, st.one_of(st.booleans(), st.integers(-5, 5), st.text(max_size=5)))
def test_not_equals_is_the_negation_of_equals(value: object, target: object) -> None:
    eq = evaluate(rule(equals=target), value)  # type: ignore[arg-type]
    ne = evaluate(rule(not_equals=target), value)  # type: ignore[arg-type]
    assert (eq is None and ne is None) or (eq is not None and ne is (not eq))


@given(values, st.lists(st.one_of(st.booleans(), st.integers(-5, 5), st.text(max_size=5)), min_size=1, max_size=5))
def test_one_of_agrees_with_any_equals(value: object, options: list[object]) -> None:
    one = evaluate(rule(one_of=options), value)  # type: ignore[arg-type]
    anyeq = evaluate(rule(any=[{"equals": o} for o in options]), value)  # type: ignore[arg-type]
    assert one == anyeq


@given(st.floats(-1e6, 1e6, allow_nan=False), st.floats(-1e6, 1e6, allow_nan=False))
def test_at_least_and_at_most_split_the_line(value: float, bound: float) -> None:
    low = evaluate(rule(at_least=bound), value)
    high = evaluate(rule(at_most=bound), value)
    assert low or high  # every number is on at least one side
    if value != bound:
        assert low != high


@given(st.text(max_size=80), st.integers(0, 20))
def test_min_and_max_words_are_complementary(text: str, n: int) -> None:
    words = count_words(text)
    assert evaluate(rule(min_words=n), text) is (words >= n)
    assert evaluate(rule(max_words=n), text) is (words <= n)


@given(values)
def test_not_inverts_every_verdict(value: object) -> None:
    inner = rule(min_words=2)
    plain = evaluate(inner, value)  # type: ignore[arg-type]
    negated = evaluate(rule(**{"not": {"min_words": 2}}), value)  # type: ignore[arg-type]
    assert negated is (None if plain is None else not plain)


@given(st.text(max_size=40))
def test_normalise_is_idempotent_and_case_blind(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert normalise(text.upper()) == normalise(text.lower()) or not text.isascii()


@given(st.sampled_from(LISTS["generic-titles"]), st.sampled_from(["", " ", "!", "  ."]))
def test_a_listed_title_is_found_whatever_its_case_or_punctuation(title: str, suffix: str) -> None:
    assert evaluate(rule(not_in_list="generic-titles"), title.upper() + suffix, LISTS) is False


# --- the LinkedIn headline rule: specific words, not markup, a link or a wall of text ------------


@pytest.fixture(scope="module")
def headline() -> tuple[Rule, dict[str, list[str]]]:
    from auditor.catalogue.loader import load_catalogue

    linkedin = load_catalogue().platform("linkedin")
    check = linkedin.check("linkedin.profile.headline")
    assert check is not None
    return check.rule, {name: linkedin.words(name) for name in linkedin.word_lists}


@pytest.mark.parametrize(
    ("value", "passes"),
    [
        ("Specialist arbeidsrecht voor het mkb", True),
        ("Helping small charities raise funds online | Fundraising coach", True),
        ("Adviseur", False),
        ("Project manager", False),
        ("<b>Senior</b> <i>data</i> <span>engineer</span>", False),
        ("<script>alert(1)</script> data engineer", False),
        ("https://www.sannedevries.nl/diensten/advies-op-maat", False),
        ("  www.sannedevries.nl/over-mij  ", False),
        ("Data engineer for Dutch hospitals, see www.example.nl", True),
        ("Trainer in plain-language writing " + "and more " * 25, False),  # over 220 characters
        ("Trainer in plain-language writing " + "x" * 180, True),  # 214 characters
    ],
)
def test_headline_rule(headline: tuple[Rule, dict[str, list[str]]], value: str, passes: bool) -> None:
    rule_, lists = headline
    assert evaluate(rule_, value, lists) is passes
