"""Fixtures shared by the test modules: the corpus scored once per session."""

from __future__ import annotations

import pytest

from corpus_support import corpus_report as _corpus_report


@pytest.fixture(scope="session")
def corpus_report():
    """`policyparse eval corpus` as a Report, computed once for every module that checks scores."""
    return _corpus_report()
