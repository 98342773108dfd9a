"""A notice's attachments (metadata stage): the 附件 list under its text (附件:1.…), the
files a web page links (xxx.docx, xxx.pdf), and each attachment's title without its file type.
"""

from __future__ import annotations

import re
from functools import cache

from ..text.normalize import fold
from ..vocabulary import entries
from .metadata_shapes import DOC_NUMBER, Line, compact


LIST_NUMBER = re.compile(r"\(\d{1,2}\)|\d{1,2}[.、.](?!\d)")

# A page lists its attachments as file links (1.X.docx) or in title quotes (1.《X》).
_FILE_TYPES = r"pdf|docx?|wps|xlsx?|et|ofd|zip|rar"
_FILE_EXTENSION = re.compile(rf"\.(?:{_FILE_TYPES})$", re.IGNORECASE)
_FILE_END = re.compile(rf"\.(?:{_FILE_TYPES})(?![a-z])", re.IGNORECASE)


@cache
def _attachment_note() -> re.Pattern[str]:
    """A bracketed note after an attachment's title (X表(略), X(另发)): data/attachment_notes.txt."""
    return re.compile(r"\((?:" + "|".join(map(re.escape, entries("attachment_notes.txt"))) + r")\)$")


def file_list(rest: str, following: list[Line]) -> list[str]:
    """The links to files on a label's line (`rest`) and on the lines right under it."""
    if rest and not _FILE_EXTENSION.search(rest):
        return []
    # several links on the label's line: X.docx Y.xlsx, 1.X.docx2.Y.xlsx: each ends at its extension
    ends = [m.end() for m in _FILE_END.finditer(rest)]
    files = [rest[a:b].strip() for a, b in zip([0] + ends, ends) if rest[a:b].strip()]
    for line in following:
        if len(line.text) > 80 or not _FILE_EXTENSION.search(line.text):
            break
        files.append(line.text)
    # 1.X.docx: the list number goes, a title's own year (2024年X.docx) stays
    return [f[m.end():] if (m := LIST_NUMBER.match(f)) else f for f in files]


_LINKED_LABEL = re.compile(r"^相关附件[ ]{0,2}:[ ]{0,2}")


def linked_files(lines: list[Line], title: str, number: str = "") -> list[str]:
    """相关附件: / X.doc / Y.xls: a portal's page lists the notice's files under a label that the
    boilerplate stage cuts as chrome (its related articles follow it); only links to files count,
    and not one to the notice itself (named by its title, the title with its 字号 or 正文 after
    it, or its 字号 alone)."""
    for i, line in enumerate(lines):
        label = _LINKED_LABEL.match(line.text)
        if label:
            titles = (attachment_title(f) for f in file_list(line.text[label.end():], lines[i + 1: i + 30]))
            return list(dict.fromkeys(t for t in titles if t and not _names_the_notice(t, title, number)))
    return []


# What a portal adds after the notice's title in its file's name: its 字号 in brackets, 正文.
_OWN_FILE_SUFFIX = re.compile(r"(?:\([^()]{1,30}号\)|正文)$")


def _names_the_notice(name: str, title: str, number: str) -> bool:
    """东政办发〔2025〕12号.pdf, <title>(东政办发〔2025〕12号).pdf, <title>正文.doc: the notice's own file."""
    if title and fold(_OWN_FILE_SUFFIX.sub("", fold(name))) == fold(title):
        return True
    own, named = DOC_NUMBER.fullmatch(number), DOC_NUMBER.fullmatch(name)
    return bool(own and named and own.group("prefix", "year", "serial") == named.group("prefix", "year", "serial"))


def attachment_title(item: str) -> str:
    """An attachment's title as listed, without closing punctuation, file extension, 《》 or a
    note that its text is left out ((略))."""
    title = _FILE_EXTENSION.sub("", compact(item).rstrip(";,、。"))
    title = _attachment_note().sub("", title)
    if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
        title = title[1:-1]
    return title
