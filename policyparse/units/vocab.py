"""Vocabulary for the units stage, read lazily from policyparse/data/ (once, on first use)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

import regex

from ..vocabulary import entries as _lines
from ..vocabulary import pairs as _pairs
from ..vocabulary import rows as _rows


def alternation(words) -> str:
    """A regex alternation of `words`, longest first (so 牵头负责 wins over 牵头); one that
    never matches when there are none."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


_WRAP = "(?:\n[ \t\u3000]{0,8})?"
"""A hard wrap inside a word: the line end and the next line's indent (a PDF page's margin, as
`pdftotext -layout` keeps it)."""
_WRAP_RE = re.compile(r"\n[ \t\u3000]*")


def wrapped_alternation(words, indent: bool = False) -> str:
    """alternation(words) that also matches a word a hard wrap breaks (牵⏎头); with `indent`, also
    where the next line opens with the page margin's spaces (牵⏎  头: the role verbs of prose. Not
    the labels: their pattern scans every text, and the margin's spaces cost it on long ones)."""
    # (?:\n|), not \n?: the same match, but `regex` allocates state for each repeat of a pattern on
    # every call (~12 kB a call for the labels' hundreds of \n?, memory), and none for a branch
    wrap = _WRAP if indent else "(?:\n|)"
    return "|".join(wrap.join(regex.escape(c) for c in w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def unwrapped_word(word: str) -> str:
    """A word wrapped_alternation matched, without its hard wrap (the line end and the indent)."""
    return _WRAP_RE.sub("", word)


@cache
def role_labels() -> dict[str, str]:
    """Label -> lead / responsible / cooperating / person / stop."""
    return _pairs("unit_labels.tsv")


@cache
def role_verbs() -> dict[str, str]:
    """Verb closing a list -> role, or 'label' (keep the list's own role)."""
    return {row[0].strip(): row[1].strip() for row in _rows("unit_verbs.tsv")}


@cache
def prose_verbs(where: str) -> tuple[str, ...]:
    """Verbs that give a role in running text `where` ('any' or 'end'; unit_verbs.tsv column 3)."""
    return tuple(row[0].strip() for row in _rows("unit_verbs.tsv") if len(row) > 2 and row[2].strip() == where)


@cache
def manner_words() -> tuple[str, ...]:
    """Manner words between a unit list and its role verb (依法, 各司其职, 分别 …)."""
    return _lines("manner_words.txt")


@cache
def admin_prefixes() -> tuple[str, ...]:
    """Level words, longest first."""
    return tuple(sorted((w for w in _lines("admin_prefixes.txt") if not w.startswith("!")), key=len, reverse=True))


@cache
def not_prefixes() -> tuple[str, ...]:
    """Words that begin with a level character without being a level (市场 …)."""
    return tuple(w[1:] for w in _lines("admin_prefixes.txt") if w.startswith("!"))


@cache
def org_suffixes() -> tuple[str, ...]:
    return tuple(sorted(_lines("org_suffixes.txt"), key=len, reverse=True))


@cache
def enterprise_endings() -> tuple[str, ...]:
    """Endings of enterprise names (公司, 集团, 银行 …): no level word is restored before them."""
    return tuple(sorted(_lines("enterprise_endings.txt"), key=len, reverse=True))


@cache
def org_aliases() -> dict[str, str]:
    return _pairs("org_aliases.tsv")


@cache
def spelled_out_names() -> dict[str, str]:
    """Local bureaus' short bodies (科技局) -> the full body (科学技术局), for a notice naming both."""
    return _pairs("spelled_out_names.tsv")


@cache
def national_bodies() -> dict[str, str]:
    """Central bodies named without 国家/国务院/中国 (科技部, 市场监督管理总局) -> full name."""
    return _pairs("national_bodies.tsv")


@cache
def place_names() -> tuple[str, ...]:
    """Place names that open unit names (浙江XX监管局, 杭州金控集团), longest first."""
    return tuple(sorted(_lines("place_names.txt"), key=len, reverse=True))


@cache
def zone_names() -> frozenset[str]:
    """Kinds of zone named without a place (高新区, 工业园区): data/zone_names.txt."""
    return frozenset(_lines("zone_names.txt"))


@cache
def vertical_bodies() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Openings (人民银行) and endings (海关, 银保监分局) of vertical bodies named by their place."""
    words = _lines("vertical_bodies.txt")
    return tuple(w[:-1] for w in words if w.endswith("*")), tuple(w[1:] for w in words if w.startswith("*"))


@cache
def party_departments() -> tuple[str, ...]:
    """Bodies of a party committee (组织部, 宣传部 …): an elided level before one is the committee's (市委)."""
    return _lines("party_departments.txt")


@cache
def person_markers() -> tuple[str, ...]:
    return tuple(_lines("person_markers.txt"))


@cache
def surnames() -> tuple[str, ...]:
    """Common family names (data/surnames.txt): a contact person in brackets opens with one."""
    return tuple(sorted(_lines("surnames.txt"), key=len, reverse=True))


# Level words that may stand before a label (区直牵头单位, 市级责任单位).
_LABEL_LEVEL = r"(?:[省市区县州]直|[省市区县州]级|[省市区县州]委)?"


@cache
def label_pattern() -> regex.Pattern:
    """A role/person/stop label followed by a colon, or set in 【】/[]/〔〕 as a tag with or
    without a colon (【牵头单位】市商务局); group 'label' is the label as written."""
    alt = wrapped_alternation(role_labels())  # 牵头单⏎位: a label a hard wrap breaks (label_role reads it joined)
    # also two labels in one: 责任单位及完成时限, 牵头单位/配合单位, 牵头/配合单位
    # and a second label in brackets, a gloss on the first (牵头单位(责任单位):X: X leads)
    label = rf"(?P<label>{_LABEL_LEVEL}(?:牵头/)?(?:{alt})(?:{_JOINER}(?:{alt}))?(?:\((?:单位|部门|{alt})\))?)"
    return regex.compile(rf"[【\[〔]{label}[】\]〕][ \t]{{0,3}}[:∶]?|{label}[ \t]{{0,3}}\n?[:∶]")  # 责任单位⏎: a wrap before the colon


# Two labels joined in one (责任单位及完成时限, 牵头单位和责任人, 责任单位/完成时限).
_JOINER = r"(?:及|和|与|、|/)"
_COMPOUND = regex.compile(_JOINER)


# What closes a label: its colon (or the ratio sign ∶ typed for one), or a tag's closer.
_LABEL_ENDS = (":", "∶", "】", "]", "〕")
_LABEL_END = re.compile("[" + re.escape("".join(_LABEL_ENDS)) + "]")  # the first of them in one scan (re: faster here)


def iter_labels(text: str, start: int = 0, end: int | None = None):
    """label_pattern().finditer(text, start, end), skipping the text before the first colon
    or tag closer that could end a label (most task texts have none: they are not scanned);
    with the bare labels that open a line (bare_label_pattern), in text order."""
    end = len(text) if end is None else end
    bare = _bare_labels(text, start, end)
    first = _LABEL_END.search(text, start, end)
    if first is None:
        return iter(bare)
    found = label_pattern().finditer(text, max(start, first.start() - _label_reach()), end)
    if not bare:
        return found
    return iter(sorted([*found, *bare], key=lambda m: m.start()))


@cache
def bare_label_pattern() -> regex.Pattern:
    """A label that opens a line with no colon, its value after a tab or spaces: the two-cell
    rows of a task card (牵头单位⇥市发展改革委) or a text export that dropped the colon. Group
    'bare' is the gap; the value must be unit names (units/lines.py checks)."""
    alt = alternation(role_labels())
    return regex.compile(rf"[ \t]*(?P<label>{_LABEL_LEVEL}(?:{alt}))(?P<bare>[ \t]+)(?=[^ \t\n:∶])")


def _bare_labels(text: str, start: int, end: int) -> list:
    """bare_label_pattern() matched at each line start in text[start:end] (a match() a line;
    flat text has no line starts to try), and after a gap later in a line that opens with one
    (牵头单位 A 配合单位 B 完成时限 …)."""
    out = []
    nl = text.find("\n", start, end)
    while nl >= 0:
        line_end = text.find("\n", nl + 1, end)
        m = bare_label_pattern().match(text, nl + 1, end)
        if m:
            out.append(m)
            out.extend(_later_bare_label().finditer(text, m.end(), end if line_end < 0 else line_end))
        nl = line_end
    return out


@cache
def _later_bare_label() -> regex.Pattern:
    """A bare label after a gap inside a line (see _bare_labels)."""
    alt = alternation(role_labels())
    return regex.compile(rf"(?<=[ \t])(?P<label>{_LABEL_LEVEL}(?:{alt}))(?P<bare>[ \t]+)(?=[^ \t\n:∶])")


@cache
def _labels_longest_first() -> tuple[str, ...]:
    return tuple(sorted(role_labels(), key=len, reverse=True))


@cache
def _label_reach() -> int:
    """Longest distance from a label's start to its colon: tag opener, level word, two labels
    (with a hard wrap between any two characters), (单位), tag closer, spaces, a wrap."""
    longest = max(map(len, role_labels()))  # a wrap between any two characters of two labels, a bracketed third, a wrap before the colon
    return 1 + 2 + 2 * (2 * longest - 1) + 1 + (2 * longest + 1) + 1 + 3 + 1


@cache
def _bracketed_gloss() -> regex.Pattern:
    """What a label may carry in brackets after it and its role ignores: the unit word (牵头单位(部门)), or a
    second label glossing the first (牵头单位(责任单位): the first label's role)."""
    return regex.compile(rf"\((?:单位|部门|{wrapped_alternation(role_labels())})\)$")


UNIT_ROLES = ("lead", "responsible", "cooperating")
"""The roles a unit can take; labels also read as person, stop (a time label) or label."""


@lru_cache(maxsize=1024)  # a few labels as written, met at every bracket
def label_role(label: str) -> str | None:
    """Role of a label as written, level words allowed in front (区直牵头单位 -> lead). A unit
    label joined to a person or time label (责任单位及责任人, 责任单位和完成时限) is the unit label's."""
    label = _bracketed_gloss().sub("", unwrapped_word(label))
    role = _single_role(label)
    if role in ("person", "stop") and _COMPOUND.search(label):
        first = _single_role(_COMPOUND.split(label, 1)[0])
        if first in UNIT_ROLES:
            return first
    return role


def mixed_value(label: str) -> bool:
    """A unit label joined to a person or time label (责任单位及责任人, 责任单位/完成时限): its
    value holds people or dates beside the units, so only real unit names count."""
    return _COMPOUND.search(label) is not None and _single_role(label) in ("person", "stop")


_ROLE_WORDS = {"牵头": "lead", "配合": "cooperating", "负责": "responsible", "责任": "responsible", "协办": "cooperating"}


def two_roles(label: str) -> tuple[str, str] | None:
    """A label with two unit roles (牵头单位/配合单位, 牵头/配合单位): the first unit of its
    value takes the first role, the rest the second. None for other labels."""
    if "/" not in label:
        return None
    parts = _bracketed_gloss().sub("", label).split("/")
    if len(parts) != 2:
        return None
    first, second = (_single_role(p) or _ROLE_WORDS.get(p) for p in parts)
    return (first, second) if first in UNIT_ROLES and second in UNIT_ROLES and first != second else None


def verb_role(word: str) -> str | None:
    """A role verb standing alone as a header (牵头, 配合)."""
    return _ROLE_WORDS.get(word)


def _single_role(label: str) -> str | None:
    labels = role_labels()
    for word in _labels_longest_first():
        if label.endswith(word):
            return labels[word]
    return None
