"""The review page: see what the parser found, in the notice itself (`policyparse show`)."""

from .page import render

__all__ = ["render"]
