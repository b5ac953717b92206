"""The kit's scores against the hand annotation, and a scorer that can tell a miss."""

from __future__ import annotations

import copy

import pytest

import alignkit


@pytest.fixture(scope="module")
def scores(seed_analysis):
    return alignkit.evaluate(seed_analysis).set_index("layer")


def test_statement_targets(scores):
    assert scores.loc["statements", "f1"] >= 0.9
    assert scores.loc["speakers", "recall"] == 1.0  # every one of the 6 speakers
    assert scores.loc["not_statements", "fp"] == 0


def test_relations_blocs_timeline_document(scores):
    assert scores.loc["relations", ["precision", "recall"]].tolist() == [1.0, 1.0]
    assert scores.loc["not_relations", "fp"] == 0
    assert scores.loc["blocs", "f1"] == 1.0
    assert scores.loc["timeline", "recall"] == 1.0
    assert scores.loc["document", "f1"] == 1.0


def test_details_list_every_error_with_its_layer(seed_analysis):
    details = alignkit.evaluation_details(seed_analysis)
    scores = details["scores"].set_index("layer")
    for layer, row in scores.iterrows():
        if layer in details and row["fp"] + row["fn"] > 0 and layer != "blocs":
            assert len(details[layer]) >= 1, layer


def test_the_scorer_sees_a_missing_mention_and_a_wrong_speaker(seed_analysis):
    an = copy.copy(seed_analysis)
    an.__dict__["mentions"] = seed_analysis.mentions.iloc[1:].reset_index(drop=True)
    st = seed_analysis.statements.copy()
    st.loc[0, "speaker"] = "sergei-lavrov"
    an.__dict__["statements"] = st
    scores = alignkit.evaluate(an).set_index("layer")
    assert scores.loc["mentions", "recall"] < 1.0
    assert scores.loc["statements", "fp"] == 1 and scores.loc["statements", "fn"] == 1
