"""Classes of English that PLOVER-style one-sentence reports need, each shown on sentences
written for this file (other states, other wars): the former names of states in older
wire copy, a prepositional phrase that a coordinated list of objects shares.
"""

from __future__ import annotations

from signed_edges import edges


def test_former_names_of_states_name_them():
    # archive wire copy names states by the names they bore then
    assert edges("Kampuchean troops shelled Thai border villages on Sunday.") == {
        ("KHM", "THA", "-")
    }
    assert edges("Ceylon signed a trade agreement with India in Colombo.") == {("IND", "LKA", "+")}
    assert edges("Upper Volta recalled its ambassador from Ghana after the border dispute.") == {
        ("BFA", "GHA", "-")
    }
    assert edges("Zairean troops shelled Angolan villages along the border.") == {
        ("AGO", "COD", "-")
    }
    assert edges("Dahomey condemned Nigeria for the border closure.") == {("BEN", "NGA", "-")}


def test_a_phrase_on_the_last_of_listed_objects_belongs_to_the_list():
    # the parser hangs "against X" on the last conjunct of the object
    assert edges(
        "Sudanese troops launched artillery, mortars and rocket fire against South Sudanese"
        " positions overnight."
    ) == {("SDN", "SSD", "-")}
    assert edges(
        "Armenian forces launched drones, artillery shells and rocket fire against Azerbaijani"
        " positions in the mountains."
    ) == {("ARM", "AZE", "-")}
