"""An act whose own subject names no party has no source from the clause or statement
around it, and ``its`` before a phrase that names the act's target is the agent's own.
Every sentence here is written for these tests."""

from __future__ import annotations

from signed_edges import edges

USUN = (
    "Source: https://usun.usmission.gov/remarks (U.S. Mission to the UN; public domain)\n"
    "Date: 2024-10-15\n\nRemarks at a Security Council briefing\n\n"
)


def test_a_relative_clause_acts_for_the_noun_it_describes_not_the_speaker():
    import alignkit

    an = alignkit.analyze_text(
        USUN + "We call on Zambia to end its support for the KLF, an armed group that "
        "threatens Malawi."
    )
    assert not any("MWI" in (e.source_country, e.target_country) for e in an.events.itertuples())


def test_its_before_the_acts_own_target_phrase_is_the_agents():
    import alignkit

    an = alignkit.analyze_text(
        "The United States called on Uganda to end its cooperation with the KLF."
    )
    # the demand is aimed at Uganda; Uganda's ending its own cooperation aims at no state
    assert set(an.events["type"]) == {"DEMAND"}
    # a hostile act on "its" airspace still wrongs another state
    assert ("GRC", "TUR", "-") in edges(
        "Greece protested after Turkish jets violated its airspace."
    )


def test_hosting_refugees_is_no_talks_with_their_state():
    assert edges("Jordan hosts millions of Syrian refugees.") == set()
    assert edges("Kenya hosted Somali President Hassan Sheikh Mohamud.") == {("KEN", "SOM", "+")}
