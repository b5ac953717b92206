"""Verbs that tell how words were spoken (quipped, shot back, mused, interjected): each
reports speech only beside a quotation, and a few (observed, conceded, charged) also
before a clause (texts written for these tests)."""

from __future__ import annotations

from said import said


def _said(text: str) -> list[tuple]:
    return said(text, "name", "cue", "kind", "content")


def test_a_manner_verb_before_a_quotation_reports_it():
    got = _said(
        "Mayor Ines Duarte opened the bridge in Porto on Monday.\n\n"
        "Asked about the tolls, Duarte quipped: “Nobody pays to cross a river twice.”"
    )
    assert got == [("Ines Duarte", "quipped", "direct", "“Nobody pays to cross a river twice.”")]


def test_a_manner_verb_after_a_quotation_reports_it():
    got = _said(
        "Harbour master Jorge Lemos spoke on Monday.\n\n"
        "“We will keep the ferry running,” Lemos shot back.\n\n"
        "“Not this year,” he mused."
    )
    assert [(n, c, k) for n, c, k, _ in got] == [
        ("Jorge Lemos", "shot back", "direct"),
        ("Jorge Lemos", "mused", "direct"),
    ]


def test_a_manner_verb_with_no_quotation_reports_nothing():
    assert _said("Senator Kim Ode joked about the weather in Oslo all afternoon.") == []
    assert _said("The striker Paulo Reis snapped his ankle in training.") == []
    assert _said("Senator Kim Ode answered questions from the press in Oslo.") == []
    assert _said("Senator Kim Ode pleaded guilty to fraud in Oslo.") == []


def test_observed_conceded_and_charged_report_a_clause():
    got = _said(
        "Senator Kim Ode conceded that the budget was tight. "
        "Ode charged that the count in Bergen was rigged."
    )
    assert [(c, x) for _, c, _, x in got] == [
        ("conceded", "the budget was tight"),
        ("charged", "the count in Bergen was rigged"),
    ]
    assert _said("Senator Kim Ode was charged with fraud in Oslo.") == []
    assert _said("Senator Kim Ode observed the vote from the gallery.") == []


def test_put_it_reports_a_quotation_and_a_stated_feeling_its_clause():
    got = _said("As the envoy Ola Berg put it: “The door is open.”")
    assert got == [("Ola Berg", "put it", "direct", "“The door is open.”")]
    assert _said("Senator Kim Ode put it on the table in Oslo.") == []
    got = _said("Mayor Ines Duarte expressed frustration that the allies were acting too slowly.")
    assert got == [
        ("Ines Duarte", "expressed frustration", "indirect", "the allies were acting too slowly")
    ]
