"""``the junta``, ``the regime``, ``the authorities`` with no state named with them stand
for the one state named in their sentence or the one before, as ``the government`` does.
Sentences written for issue 23, none taken from a corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    "second",
    [
        "The junta revoked military agreements with France.",
        "The regime ordered the French ambassador to leave.",
        "The authorities expelled the French ambassador.",
    ],
)
def test_a_bare_ruler_stands_for_the_one_state_named_before(second):
    assert ("FRA", "NER", "-") in edges("Soldiers seized power in Niger last month. " + second)


def test_a_bare_ruler_with_two_states_before_stays_unresolved():
    text = "Mali and Niger closed their border. The junta expelled the French ambassador."
    assert not {("FRA", "MLI", "-"), ("FRA", "NER", "-")} & edges(text)


def test_the_country_is_the_one_state_that_opened_the_sentence_before():
    found = edges("Kenya has deployed police to Haiti. The country also sent aid to Somalia.")
    assert ("KEN", "SOM", "+") in found


def test_a_coordinated_subject_before_leaves_the_anaphor_unresolved():
    found = edges("Mali and Niger closed their border. The country expelled the French envoy.")
    assert not {("FRA", "MLI", "-"), ("FRA", "NER", "-")} & found
