"""A text on a government's own site is issued by that state (``government_domains.csv``),
when its Source line's words name no issuer: its unnamed principal ("The Foreign
Secretary") and its briefer are that state's. Texts written for issue 20, none taken
from a corpus text."""

from __future__ import annotations

from signed_edges import edges

import alignkit

READOUT = """Source: https://www.gov.uk/government/news/readout-ghana (GOV.UK news story; OGL v3.0)
Date: 2024-03-15

Foreign Secretary meets Ghanaian counterpart

The Foreign Secretary met Ghana's Foreign Minister in London today. The Foreign Secretary
thanked Ghana for its leadership on regional security.
"""

BRIEFING = """Source: https://www.state.gov/briefings/x/ (Department Press Briefing; public domain)
Date: 2024-09-20

Department Press Briefing

MR. DOYLE: Good afternoon. We call on Rwanda to withdraw its forces from the DRC.

QUESTION: Any update on the talks?

MR. DOYLE: Nothing new to announce today.
"""


def test_an_unnamed_principal_on_a_government_site_is_that_states():
    assert ("GBR", "GHA", "+") in edges(READOUT)


def test_a_briefer_on_a_government_site_speaks_for_its_state():
    actors = alignkit.analyze_text(BRIEFING).actors.set_index("actor")
    assert actors.loc["doyle", "country"] == "USA"
    assert ("RWA", "USA", "-") in edges(BRIEFING)


def test_a_copy_on_another_site_takes_no_state_from_its_address():
    """("The Secretary" is a title of many states; "The Foreign Secretary" implies the UK's,
    ``titles.csv``, on any site.)"""
    copy = READOUT.replace("https://www.gov.uk/", "https://news.example.com/")
    copy = copy.replace("(GOV.UK news story; OGL v3.0)", "(news story)")
    copy = copy.replace("Foreign Secretary", "Secretary")
    assert ("GBR", "GHA", "+") not in edges(copy)
    assert ("GBR", "GHA", "+") in edges(READOUT.replace("Foreign Secretary", "Secretary"))


TITLED = (
    (
        "Source: https://www.gov.uk/government/speeches/x (Mali's transition must return power "
        "to civilians; GOV.UK speech, UK Mission to the UN; OGL v3.0)\n"
    )
    + """Date: 2023-05-10

Mali's transition must return power to civilians

Statement by Ambassador Jane Roe at the Security Council briefing on Mali

Thank you, President. We welcome Senegal's efforts to mediate between the parties.
"""
)


def test_a_source_line_opening_with_the_headline_takes_its_issuer_after_it():
    """The headline repeated at the head of the Source line's description names what the
    text is about (Mali), not who issues it (the UK Mission): the speaker is British."""
    an = alignkit.analyze_text(TITLED)
    roe = an.actors.set_index("actor").loc["jane-roe"]
    assert roe["country"] == "GBR"
    assert ("GBR", "SEN", "+") in edges(TITLED)
    press = TITLED.replace("(Mali's transition", "(Press release: Mali's transition")
    assert (
        alignkit.analyze_text(press).actors.set_index("actor").loc["jane-roe", "country"] == "GBR"
    )
