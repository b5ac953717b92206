"""``advise`` reports counsel only with what it counsels (``advised the ministry to delay
the vote``, ``advised the premier against a snap vote``); with an object alone it tells a
job (``has advised the prime minister since 2019``, ``is advising Acme as it ...``), no
words. Sentences written for these tests."""

from __future__ import annotations

import pytest
from said import said


@pytest.mark.parametrize(
    "text",
    [
        "Analyst Ruth Okafor has advised the Nigerian finance ministry since 2019.",
        "Banker Lena Hart is advising Gazprom as it sells its stake in the pipeline.",
    ],
)
def test_advising_a_client_is_no_statement(text):
    assert [c for (c,) in said(text, "cue")] == []


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Analyst Ruth Okafor advised the finance ministry to delay the bond sale.",
            "the finance ministry to delay the bond sale",
        ),
        (
            "Analyst Ruth Okafor advised the finance ministry against a bond sale.",
            "the finance ministry against a bond sale",
        ),
    ],
)
def test_counsel_is_a_statement(text, content):
    assert ("advised", content) in said(text, "cue", "content")
