"""Shared fixtures: the seed, its analysis (computed once), the gold annotation."""

from __future__ import annotations

import json

import pytest

import alignkit


@pytest.fixture(scope="session")
def seed_article():
    return alignkit.load_article(alignkit.SEED)


@pytest.fixture(scope="session")
def seed_analysis(seed_article):
    return alignkit.analyze(seed_article)


@pytest.fixture(scope="session")
def gold():
    return json.loads(alignkit.GOLD.read_text(encoding="utf-8"))
