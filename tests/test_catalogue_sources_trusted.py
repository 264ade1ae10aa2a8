"""The bundled catalogue shows people only sources of a trusted kind (``catalogue.trust``).

This test fails until the catalogue content of issue 22 has landed for every checklist
(LinkedIn, Facebook and Instagram, X, and the retired Google+ and Hyves): each moves its
repositories, copies and blogs from ``sources`` to ``research``. The lead merges the
content first; from then on this keeps the count at 0.
"""

from __future__ import annotations

from auditor.catalogue.loader import load_catalogue
from auditor.catalogue.trust import untrusted


def test_no_source_shown_to_people_is_of_an_untrusted_kind() -> None:
    catalogue = load_catalogue()
    found = [f"{check}: {s.url or s.title}" for cl in catalogue.checklists.values() for check, s in untrusted(cl)]
    assert found == [], f"{len(found)} sources for people of no trusted kind:\n" + "\n".join(found)
