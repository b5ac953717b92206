"""Acts told by the noun a relative clause's verb takes as its object (``the talks that A
held with B``, ``the loan A extended to B``): the clause tells the act as the plain verb
phrase would, with the clause's own subject as the doer. Every sentence here is written for
this file (other states, other wars, other outlets' styles), with sentences where the rule
must not fire: a clause with an object of its own, a clause whose subject is the noun.
"""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    "text, pair",
    [
        ("The talks that the Egyptian president held with Sudan's leader ended without a deal.",
         ("EGY", "SDN", "+")),
        ("The agreement that Egypt reached with Ethiopia collapsed in June.", ("EGY", "ETH", "+")),
        ("The loan China extended to Zambia was restructured.", ("CHN", "ZMB", "+")),
        ("The troops that Iran sent to Syria withdrew last year.", ("IRN", "SYR", "+")),
        ("The war that Russia waged against Georgia lasted five days.", ("GEO", "RUS", "-")),
    ],
)  # fmt: skip
def test_the_noun_a_relative_clause_takes_as_its_object_tells_the_act(text, pair):
    assert pair in edges(text)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("The envoy who signed the deal with Mali flew home to Senegal.", ("MLI", "SEN", "+")),
        ("The talks that began in Doha between Chad and Niger ended.", ("NER", "TCD", "-")),
    ],
)  # fmt: skip
def test_a_clause_with_its_own_object_or_with_the_noun_as_subject_is_not_read_so(text, pair):
    assert pair not in edges(text)


def test_a_noun_a_stranded_preposition_takes_is_not_the_verbs_object():
    text = "I think the trouble is that the truce that both sides signed up to has not held."
    assert not edges(text)
