"""Word segmentation for short windows: the only module that calls jieba.

jieba is imported and its tokenizer built on first use only (it takes about a second),
and it is only ever handed a short window of text (a clause next to a quantity), never a
document. Used for `Target.metric`: the noun phrase that says what a quantity measures.
"""

from __future__ import annotations

import logging
import re
from functools import cache, lru_cache

from ..vocabulary import entries

_WINDOW = 24
_MAX_METRIC = 20
_CLAUSE_BREAK = re.compile(r"[,;:。!?、()“”《》\n]")
# Verbs and particles that sit between a metric and its number (污水处理率达到95%以上).
_LINKING_TAIL = re.compile(
    r"(?:力争|争取|确保|要|需|将|(?<!平)均|年均|每年|累计|总数|总量|同比|环比)?"
    r"(?:达到|达|提高到|提高至|提升到|提升至|降低到|降低至|下降到|降至|增至|增长到|控制在|保持在|稳定在|不低于|不少于|不超过|不高于|至少|超过|高于|低于|为|是|占)?$"
)
# One-character heads of indicator names that jieba tags as verbs (供应|率, 投资|额).
_MEASURE_SUFFIXES = frozenset("率量数额值比度")
_NOUN_FLAGS = ("n", "vn", "nz", "l", "j", "an", "ng", "nt", "nr", "ns")
# Before a measure suffix the indicator's name may hold verbs (污水|治理|率, 网上|可|办|率, 占|比),
# up to a verb of the sentence that governs it (确保…率达到).
_NAME_FLAGS = ("v", "a", "s", "d")


@cache
def _governing_verbs() -> frozenset[str]:
    """Aim and manner words never part of a metric (确保, 力争 …): data/governing_verbs.txt."""
    return frozenset(entries("governing_verbs.txt"))


@cache
def _tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    import jieba.posseg  # builds its tag table on import; reuse it rather than load it twice

    return jieba.posseg.dt


def tag(window: str) -> tuple[tuple[str, str], ...]:
    """(word, part-of-speech flag) pairs for a short window of text."""
    if len(window) > 4 * _WINDOW:
        raise ValueError("words.tag is for short windows only")
    return _tag(window)


@lru_cache(maxsize=4096)
def _tag(window: str) -> tuple[tuple[str, str], ...]:
    # No HMM: unknown words stay split, which is enough to find a noun phrase and keeps
    # tagging fast and predictable on odd input.
    return tuple((pair.word, pair.flag) for pair in _tokenizer().cut(window, HMM=False))


def metric(text: str, start: int, end: int, counted_after: bool = False) -> str | None:
    """What the quantity at text[start:end] measures: the noun phrase right before it in its
    clause (X供应率 in X供应率达到N%以上), else the one right after it (主题产业园区
    in 建成5个以上特色产业园区). With `counted_after` (a count: 个, 家, 项) the noun after it
    is tried first, as that is what is counted."""
    if counted_after:
        phrase = _leading_nouns(_clause_after(text, end))
        if phrase:
            return phrase[:_MAX_METRIC]
    before = _clause_before(text, start)
    stripped = _LINKING_TAIL.sub("", before)
    phrase = _trailing_nouns(stripped, skip_verbs=stripped == before) if before else ""
    if not phrase:
        phrase = _leading_nouns(_clause_after(text, end))
    return phrase[:_MAX_METRIC] or None


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - _WINDOW) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end() :] if breaks else window


def _clause_after(text: str, end: int) -> str:
    window = text[end : end + _WINDOW]
    stop = _CLAUSE_BREAK.search(window)
    return window[: stop.start()] if stop else window


def _is_noun(word: str, flag: str) -> bool:
    return flag.startswith(_NOUN_FLAGS) or word in _MEASURE_SUFFIXES


def _trailing_nouns(clause: str, skip_verbs: bool = True) -> str:
    if not clause:
        return ""
    words = list(tag(clause))
    # Skip a short run of verbs and particles after the metric (产业项目|新增, 总量|的).
    skipped = 0
    while skip_verbs and words and skipped < 3 and not _is_noun(*words[-1]):
        words.pop()
        skipped += 1
    kept: list[str] = []
    named = bool(words) and words[-1][0][-1] in _MEASURE_SUFFIXES  # the phrase ends in 率, 比, 强度 …
    for word, flag in reversed(words):
        if not _is_noun(word, flag) and not (named and flag.startswith(_NAME_FLAGS) and word not in _governing_verbs()):
            break
        kept.append(word)
    return "".join(reversed(kept))


def _leading_nouns(clause: str) -> str:
    if not clause:
        return ""
    kept: list[str] = []
    for word, flag in tag(clause):
        if flag.startswith(_NOUN_FLAGS) or (kept and flag in ("a", "b", "v", "vn")):
            kept.append(word)
        elif kept:
            break
    return "".join(kept)
