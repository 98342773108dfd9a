"""Text utilities shared by the stages: normalisation, patterns, numerals, words."""
