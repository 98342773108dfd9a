"""Errors that policyparse raises on input it cannot read.

Everything raised for bad input is a `ParseError`, so callers need one `except`.
"""


class ParseError(Exception):
    """Input that cannot be turned into a document."""


class EmptyInputError(ParseError):
    """The input holds no text at all (empty, or whitespace only)."""


class UnsupportedFormatError(ParseError):
    """The bytes are not text, HTML or DOCX (e.g. a PDF or image)."""


class DecodingError(ParseError):
    """The bytes decode as none of the supported encodings."""


class InputTooLargeError(ParseError):
    """The input exceeds a size or depth limit set to keep parsing bounded."""


class DocxError(ParseError):
    """A .docx file that is not a readable Word document."""
