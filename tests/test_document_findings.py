"""Documents and recordings that show or find (``Drone footage shows ...``, ``New research
suggests ...``, ``The ministry paid the contractor, court records show.``): a bare noun
phrase opening the sentence or its last clause, a mass noun too, and a finding told after
the clause it reports. A recording (footage, a video, images) shows, but ``In the video,
...`` reports no finding of it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from said import said


@pytest.mark.parametrize(
    "text, name, content",
    [
        (
            "Drone footage shows that the bridge over the Dnipro was destroyed.",
            "Drone footage",
            "the bridge over the Dnipro was destroyed",
        ),
        (
            "New research suggests that the sanctions on Caracas failed.",
            "New research",
            "the sanctions on Caracas failed",
        ),
        (
            "A video posted on Telegram shows the strike hit a school in Kharkiv.",
            "video",
            "the strike hit a school in Kharkiv",
        ),
        (
            "The ministry paid the contractor four million dollars, court records show.",
            "court records",
            "The ministry paid the contractor four million dollars",
        ),
        (
            "The port was hit twice, when satellite images showed that the pier had collapsed.",
            "satellite images",
            "the pier had collapsed",
        ),
        (
            "The court order said the vote in Kisumu must be rerun.",
            "court order",
            "the vote in Kisumu must be rerun",
        ),
    ],
)
def test_a_document_or_recording_reports_its_finding(text, name, content):
    assert (name, content) in said(text, "name", "content")


def test_in_a_recording_is_no_finding():
    text = "In the video, a soldier fires at a car near the checkpoint in Bucha."
    assert said(text, "cue") == []
