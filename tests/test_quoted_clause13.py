"""A quoted statement's clause opens at its first word, not at the quotation mark (issue
23): '"We mourn the Ukrainian victims"' has the subject "we", so no state it names after the
verb is the one the clause's hostile word is aimed at. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    "text",
    [
        'Ghana\'s foreign minister said: "We mourn the Sudanese victims of the war."',
        '"We grieve for the Lebanese victims of this conflict," the Chilean envoy said.',
        "Peru's ambassador said: \u201cWe remember the Haitian victims of the violence.\u201d",
    ],
)  # fmt: skip
def test_the_victims_a_quoted_speaker_mourns_are_no_target(text):
    assert not {e for e in edges(text) if e[2] == "-"}


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ('Ghana\'s foreign minister said: "We condemn the Sudanese war."', ("GHA", "SDN", "-")),
        ('Ghana\'s foreign minister said: "The Russian aggression must end."', ("GHA", "RUS", "-")),
    ],
)  # fmt: skip
def test_a_hostile_word_a_quoted_clause_aims_still_counts(text, edge):
    assert edge in edges(text)
