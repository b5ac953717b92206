"""Relations told in speeches: UN remarks, explanations of vote, statements to parliament.

Short texts written here, in the forms of spoken diplomacy, on conflicts the rules were
not written on. The speaker's state comes from the ``Source:`` line, as in real remarks.
"""

from __future__ import annotations

import alignkit

_HEAD = (
    "Source: https://www.mission.example/remarks (Permanent Mission of {state} to the United "
    "Nations, remarks at a Security Council briefing; text written for the tests)\n"
    "Date: 2024-05-01\n\nRemarks at a Security Council briefing\n\nThank you, Madam President.\n\n"
)


def _edges(state: str, body: str) -> set[tuple[str, str, str]]:
    """The signed edges ``(a, b, "+" | "-")``, ``a < b``, of remarks by ``state``."""
    an = alignkit.analyze_text(_HEAD.format(state=state) + body)
    return {
        (*sorted((a, b)), "+" if d["sign"] > 0 else "-") for a, b, d in an.network.edges(data=True)
    }


# --- states named only as attending the meeting ------------------------------------------


def test_the_participation_of_representatives_welcomed_is_no_support():
    body = "I welcome the participation of the representatives of Chad and Niger in this meeting."
    assert _edges("Norway", body) == set()


def test_the_presence_of_ministers_welcomed_is_no_support():
    body = (
        "I also welcome the presence of the Foreign Minister of Lebanon and the representative "
        "of Cyprus."
    )
    assert _edges("Brazil", body) == set()


def test_delegates_welcomed_to_the_council_are_no_partners():
    assert (
        _edges("Ghana", "I welcome the representatives of Serbia and Kosovo to this meeting.")
        == set()
    )
    assert (
        _edges("Japan", "I also welcome Somalia's Minister of Foreign Affairs to the Council.")
        == set()
    )


def test_a_delegate_thanked_for_attending_or_speaking_is_no_partner():
    assert _edges("Ecuador", "I thank the representative of Laos for his statement.") == set()
    assert _edges("Malta", "I thank the Foreign Minister of Guyana for joining us today.") == set()


def test_the_permanent_representative_welcomed_is_no_partner():
    body = "I welcome the Permanent Representative of Azerbaijan."
    assert _edges("Slovenia", body) == set()


def test_attendees_welcomed_leave_the_relations_the_speech_tells():
    body = (
        "I welcome the representatives of Sudan and Chad to this meeting. We condemn "
        "the attacks by Sudan on Chad, and we thank Egypt for its mediation."
    )
    found = _edges("Kenya", body)
    assert ("KEN", "SDN", "-") in found and ("EGY", "KEN", "+") in found
    assert not {e for e in found if "TCD" in e[:2] and "KEN" in e[:2]}


def test_a_welcome_of_what_a_state_does_is_still_support():
    # no delegate, no meeting: the state's act is welcomed
    assert ("JPN", "MEX", "+") in _edges(
        "Japan", "We welcome Mexico's participation in the peacekeeping mission in Haiti."
    )
    assert ("BEN", "KEN", "+") in _edges(
        "Benin", "We welcome the deployment of Kenyan police to Haiti."
    )
    assert ("CHL", "EGY", "+") in _edges("Chile", "We thank Egypt for its tireless mediation.")


def test_a_counterpart_welcomed_on_a_visit_is_still_a_partner():
    body = "Last week I was pleased to welcome my counterpart from Moldova in Warsaw."
    assert ("MDA", "POL", "+") in _edges("Poland", body)


# --- "my delegation", "our Government": the speaker's own state ---------------------------


def test_my_delegation_condemns_as_the_speaker_s_state():
    body = "My delegation condemns in the strongest terms the shelling of Kharkiv by Russia."
    assert ("NOR", "RUS", "-") in _edges("Norway", body)


def test_our_government_and_our_delegation_speak_as_the_state():
    body = "Our delegation condemns the attacks by Sudan on Chad."
    assert ("KEN", "SDN", "-") in _edges("Kenya", body)
    body = "My Government condemns the incursion by Venezuela into Guyana."
    assert ("TTO", "VEN", "-") in _edges("Trinidad and Tobago", body)


def test_my_delegation_in_a_quotation_is_the_quoted_speaker_s_state():
    text = (
        "Source: https://www.news.example/un (news report; text written for the tests)\n"
        "Date: 2024-05-01\n\nCouncil meets on Myanmar\n\n"
        "Thailand's ambassador, Somchai Siripong, told the Council: \"My delegation condemns "
        'the detention of aid workers by Myanmar."'
    )
    an = alignkit.analyze_text(text)
    said = {s.speaker for s in an.statement_records if s.cue == "condemns"}
    assert said == {"somchai-siripong"}
    signed = {(*sorted((a, b)), d["sign"]) for a, b, d in an.network.edges(data=True)}
    assert ("MMR", "THA", -1) in signed


# --- the one struck by another's act is no target of the condemnation ----------------------


def test_air_strikes_by_one_state_on_another_condemned_oppose_the_agent_only():
    body = "We condemn the air strikes by Myanmar on Laos."
    found = _edges("Thailand", body)
    assert ("MMR", "THA", "-") in found
    assert ("LAO", "THA", "-") not in found


def test_rockets_by_an_armed_group_against_a_state_s_cities_do_not_oppose_the_state():
    body = "My delegation condemns the launching of rockets by Hamas against Israeli cities."
    found = _edges("Brazil", body)
    assert ("BRA", "ISR", "-") not in found
    assert ("BRA", "hamas", "-") in found


def test_a_demonym_of_the_struck_is_no_target_of_the_condemnation():
    body = "We condemn the air strikes by Sudan on Chadian border towns."
    found = _edges("Kenya", body)
    assert ("KEN", "SDN", "-") in found
    assert ("KEN", "TCD", "-") not in found


# --- the speaker's own clause after a list of parties -------------------------------------


def test_we_after_a_comma_and_opens_the_speaker_s_clause_not_a_party_of_the_talks():
    body = (
        "We welcome the progress in the border talks between Ethiopia and Sudan, and we hope "
        "that an accord will be signed soon."
    )
    found = _edges("Kenya", body)
    assert ("ETH", "SDN", "+") in found
    assert not {e for e in found if "KEN" in e[:2] and "SDN" in e[:2]}
