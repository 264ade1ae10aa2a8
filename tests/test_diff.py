"""What changed between two audits, per check (the JSON contract's `change`)."""

from __future__ import annotations

from auditor.diff import change_for, diff
from auditor.engine import Finding


def f(status: str, revision: int = 1, check: str = "x.privacy.a") -> Finding:
    return Finding(check, "x", revision, "privacy", "medium", status)


def test_each_change_value() -> None:
    assert change_for(f("pass"), f("gap")) == "fixed"
    assert change_for(f("gap"), f("pass")) == "regressed"
    assert change_for(f("gap"), f("gap")) == "unchanged"
    assert change_for(f("pass"), None) == "new"
    assert change_for(f("gap"), f("unknown")) == "new"
    assert change_for(f("unknown", revision=2), f("pass")) == "check-changed"
    assert change_for(f("gap", revision=2), f("gap")) == "check-changed"


def test_undetermined_now_has_no_change() -> None:
    assert change_for(f("unknown"), f("pass")) is None
    assert change_for(f("unknown"), None) is None
    assert change_for(f("retired"), f("retired")) is None
    assert change_for(f("retired"), f("pass")) == "check-changed"


def test_renamed_check_keeps_its_past() -> None:
    changes = diff([f("pass", check="x.privacy.new-name")], [f("gap", check="x.privacy.old-name")],
                   {"x.privacy.old-name": "x.privacy.new-name"})
    assert changes == {"x.privacy.new-name": "fixed"}
