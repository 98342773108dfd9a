"""Vocabulary for the targets and deadlines stages, read lazily from policyparse/data/.

Each loader reads its file once (functools.cache) on first use, never at import time.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from ..vocabulary import PartName, entries, part_names
from ..vocabulary import rows as _rows


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def measures() -> dict[str, tuple[str, Decimal, str]]:
    """Measure word -> (base unit, factor, kind): 个 -> (个, 1, count), 兆瓦 -> (千瓦, 1000, amount)."""
    return {row[0]: (row[1], Decimal(row[2]), row[3]) for row in _rows("measure_units.tsv")}


@cache
def problem_headers() -> frozenset[str]:
    """Header cells of a column of problems found (问题表现, 反馈问题): its counts are no targets."""
    return frozenset(entries("problem_headers.txt"))


@cache
def magnitudes() -> dict[str, Decimal]:
    """Magnitude word -> factor: 万 -> 10000, 万亿 -> 10**12."""
    return {row[0]: Decimal(row[1]) for row in _rows("magnitudes.tsv")}


@cache
def time_metrics() -> tuple[str, ...]:
    """Metrics measured in years, days or ages (受教育年限, 天数, 预期寿命): 11.5年 after one is a quantity."""
    return _longest_first(row[0] for row in _rows("time_metrics.txt"))


@cache
def non_target_units() -> frozenset[str]:
    """Measures that never make a target (time, frequency, rank): 年, 个月, 次, 届 …"""
    return frozenset(row[0] for row in _rows("not_target_units.txt"))


@cache
def words_ending_in_one() -> tuple[str, ...]:
    """统一, 唯一, 逐一 …: before 成 their 一 is no tenth (统一成图)."""
    return _longest_first(row[0] for row in _rows("not_target_tenths.txt"))


@cache
def all_units() -> tuple[str, ...]:
    """Every measure, target or not, longest first, for one alternation."""
    return _longest_first([*measures(), *non_target_units()])


@cache
def comparators() -> dict[str, tuple[str, str]]:
    """Comparator word -> (cmp, position), position "before" or "after"."""
    return {row[0]: (row[1], row[2]) for row in _rows("comparators.tsv")}


@cache  # asked for at every candidate number: sort once
def comparator_words(position: str) -> tuple[str, ...]:
    return _longest_first(w for w, (_, pos) in comparators().items() if pos == position)


@cache
def comparator_words_by_first(position: str) -> dict[str, tuple[str, ...]]:
    """The comparator words by their first character (longest first): only those whose first
    character is in a window are looked for in it."""
    by_first: dict[str, tuple[str, ...]] = {}
    for word in comparator_words(position):
        by_first[word[0]] = (*by_first.get(word[0], ()), word)
    return by_first


@cache
def comparator_start(position: str) -> re.Pattern:
    """Any first character of the comparator words, as a class: one search tells whether any
    comparator can start in a window."""
    return re.compile("[" + "".join(map(re.escape, sorted(comparator_words_by_first(position)))) + "]")


@cache
def directions() -> dict[str, str]:
    """Direction word -> increase|decrease|none (none: a compound verb of upgrading, 改造提升): 下降 -> decrease."""
    return {row[0]: row[1] for row in _rows("directions.tsv")}


@cache
def direction_words() -> tuple[str, ...]:
    return _longest_first(directions())


@cache
def direction_last_chars() -> frozenset[str]:
    """The last characters of the direction words: a cheap test before trying each word."""
    return frozenset(word[-1] for word in directions())


def _positional(name: str, position: str) -> tuple[str, ...]:
    return _longest_first(row[1] for row in _rows(name) if row[0] == position)


@cache
def part_words(position: str) -> tuple[str, ...]:
    """Words that make a count one of the plan's own parts or a policy's name."""
    return _positional("not_target_parts.txt", position)


@cache
def staffing_words(position: str) -> tuple[str, ...]:
    """Verbs before and role nouns after a staffing number (明确1名分管负责人)."""
    return _positional("not_target_staffing.txt", position)


@cache
def classification_words() -> tuple[str, ...]:
    """Words that mark a sentence as defining a severity class (特别重大, Ⅰ级)."""
    return _longest_first(row[0] for row in _rows("not_target_classification.txt"))


@cache
def condition_words() -> tuple[str, ...]:
    """Words that open a condition on who qualifies (涉及三家以上银行的企业)."""
    return _longest_first(row[0] for row in _rows("not_target_conditions.txt"))


@cache
def penalty_words() -> tuple[str, ...]:
    """Words that mark a sentence as setting a legal penalty (罚款)."""
    return _longest_first(row[0] for row in _rows("not_target_penalties.txt"))


@cache
def past_words(kind: str) -> tuple[str, ...]:
    """Words that make a quantity a reported fact (open, done) or keep it an aim (aim)."""
    return _positional("not_target_past.txt", kind)


@cache
def amount_words(position: str) -> tuple[str, ...]:
    """Nouns that name a grant after its amount (noun), verbs of granting before it (verb: 给予20万元奖励),
    nouns that name the amount as the aim (aim: 超100亿元目标), verbs spending it (use: 投资3.5亿元建设…) and
    words of a benefit after a threshold (benefit: …达到30人以上,可申请补贴)."""
    return _positional("amount_words.txt", position)


@cache
def background_parts() -> tuple[PartName, ...]:
    """Headings of background parts (发展现状, 面临的形势 …) with their marks, longest first."""
    return tuple(sorted(set(part_names("background_parts.txt")), key=lambda part: (-len(part.word), part.word)))


@cache
def indicator_cells() -> dict[str, str]:
    """Cells of an indicator table other than its years -> serial, attribute, header or value
    (序号, 属性, 指标名称 / 单位, 预期性 / 约束性)."""
    return {row[0]: row[1] for row in _rows("indicator_headers.tsv")}


@cache
def aim_verbs() -> tuple[str, ...]:
    """Verbs that set an aim right before a quantity (达到, 提高到, 控制在): data/aim_verbs.txt."""
    return entries("aim_verbs.txt")


@cache  # built once per kind: joining, escaping and looking the pattern up again cost 4-20 µs at every candidate
def word_search(kind: str) -> re.Pattern:
    """One alternation of the classification, penalty, condition or done (past_words) words: a C
    search for any of them in a sentence costs a fraction of one `in` test per word."""
    words = {"classification": classification_words, "penalty": penalty_words, "condition": condition_words,
             "done": lambda: past_words("done")}[kind]()
    return re.compile("|".join(map(re.escape, words)) if words else "(?!)")  # no words: nothing found, as any() of none
