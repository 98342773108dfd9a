"""Fixtures shared by the test modules: the corpus scored once per session."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

from corpus_support import corpus_report as _corpus_report

# CI runs the fuzz and property tests on a fixed sequence of examples, so that a run that lands
# is one anyone can repeat; locally every run draws new ones and finds new cases.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def corpus_report():
    """`policyparse eval corpus` as a Report, computed once for every module that checks scores."""
    return _corpus_report()
