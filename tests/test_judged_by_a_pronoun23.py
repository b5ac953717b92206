"""A speaker judging the act the sentence before tells by a pronoun (issue 23, twelfth
session): ``This is unacceptable``, ``We condemn it`` are aimed at the act's agent, never
its victim, and only when the sentence before has one agent state that is not the
speaker's. Sentences written for these tests, none taken from a corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges

TRANSCRIPT = (
    "Source: https://www.example.gov/remarks (remarks; public domain)\nDate: 2024-05-01\n\n"
    "Remarks Before a Meeting\n\n"
    "FOREIGN MINISTER BAERBOCK: Thank you all for coming. {act} {judgement}\n"
)


@pytest.mark.parametrize(
    "text, pair",
    [
        # a transcript turn (Germany's minister), the judgement with no party named
        (
            TRANSCRIPT.format(
                act="Overnight, North Korea fired a missile at a South Korean patrol boat.",
                judgement="This is totally unacceptable, and it must not happen again.",
            ),
            ("DEU", "PRK", "-"),
        ),
        # a wire story's quotation after the act
        (
            'Chad shelled a border post in Niger on Tuesday. "Such aggression is '
            "unacceptable,\" Nigeria's foreign minister told reporters.",
            ("NGA", "TCD", "-"),
        ),
        # the cue's own object is the pronoun
        ("Serbia shelled Kosovo border posts. Hungary strongly condemned it.", ("HUN", "SRB", "-")),
        # a verb of condemnation with the pronoun inside the quotation
        (
            "Russia shelled Ukraine's border posts overnight. \"We condemn this in the "
            "strongest terms,\" Poland's foreign minister said.",
            ("POL", "RUS", "-"),
        ),
    ],
)
def test_a_judgement_by_a_pronoun_is_aimed_at_the_act_s_agent(text, pair):
    found = edges(text)
    assert pair in found
    victims = {e for e in found if e[2] == "-" and pair[0] in e[:2] and e != pair}
    assert not victims  # never the one the act struck


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the pronoun is not the judged: a reply to others' attacks
        (
            'Ukraine struck a depot in Belgorod. "It was a reply to unacceptable attacks," '
            "Lithuania's foreign minister said.",
            "LTU",
        ),
        # a negation
        (
            'Serbia shelled Kosovo border posts. "This is not unacceptable," Hungary\'s '
            "foreign minister said.",
            "HUN",
        ),  # fmt: skip
        # the speaker's own state is the agent
        (
            'Serbia shelled Kosovo border posts. "This is unacceptable," Serbia\'s foreign '
            "minister said of the reports.",
            "SRB-own",
        ),  # fmt: skip
        # a judgement of no act: the sentence before tells talks
        (
            'Chad and Niger held talks in Niamey. "This is a disgrace," Nigeria\'s foreign '
            "minister said.",
            "NGA",
        ),  # fmt: skip
    ],
)
def test_no_judgement_of_an_agent_where_the_pronoun_is_no_hostile_act(text, speaker):
    found = edges(text)
    if speaker == "SRB-own":
        assert ("SRB", "XKX", "-") in found and len(found) == 1
        return
    assert not {e for e in found if speaker in e[:2] and e[2] == "-"}
