"""The speed prefilters (policyparse.text.prefilter) find exactly what a plain finditer finds.

Each pattern that is run through a prefilter is checked against `pattern.finditer` on every
corpus notice and on random strings built from the pieces its matches are made of. A wrong
anchor or a too-short reach (a label longer than the reach, a prefix word added to _dated_pattern())
drops or moves matches, and these tests fail.
"""

from __future__ import annotations

import random
import re
import sys
from functools import cache

import pytest

from corpus_support import CORPUS, RAW_SUFFIXES
from policyparse.stages import (
    deadlines, metadata_flat, metadata_shapes, section_body, section_numbers, target_candidates,
)
from policyparse.text import patterns
from policyparse.text.prefilter import anchored_finditer, finditer_after_space, finditer_from_first
from policyparse.units import vocab as unit_vocab


@cache
def corpus_texts() -> tuple[str, ...]:
    import policyparse

    return tuple(policyparse.parse_file(p).text for p in sorted(CORPUS.iterdir()) if p.suffix in RAW_SUFFIXES)


def random_texts(pieces: list[str], seed: int, count: int = 4000, longest: int = 14) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, longest))) for _ in range(count)]


def found(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


# (name, pattern, anchor, reach, pieces the random strings are built from)
DATE_PIECES = [
    "完成时限", "时间节点", "时限要求", "进度安排", "办结时限", " ", ":", "到", "截至", "截止到", "力争", "确保", "计划", "于", "在",
    "2020", "2018", "二〇二〇", "年", "月", "份", "6", "12", "十二", "日", "30", "底", "末", "上旬", "中旬",
    "内", "上半年", "第一季度", "之前", "以前", "前", "至", "每年", "每", "按", "季度", "半年", "个", "今年",
    "本年", "本年度", "当", "几", "多", "的", "。", "\n", "x",
]
# OCR's list numbers: strokes read for 一 and 十, misread brackets and separators
OCR_PIECES = ["一", "二", "十", "三四", "五六七八九", "—", "——", "-", "–", "－", "+", "＋", "、", "丶", ",", "(", ")", "[", "]",
              "【", "】", "{", "}", "。", "\n", " ", "推进", "“", "1", "x"]
ANCHORED = [
    ("deadlines._DATE_RANGE", deadlines._DATE_RANGE, deadlines._YEAR_ANCHOR, 0,
     ["2019年1月1日", "二〇二〇年十一月三十日", "2020年", "12月31日", "1月", "31日", "至", "到", "-", " ", "x"]),
    ("deadlines._dated_pattern()", deadlines._dated_pattern(), deadlines._YEAR_ANCHOR, deadlines._year_reach(), DATE_PIECES),
    ("deadlines._MONTH_ONLY", deadlines._MONTH_ONLY, deadlines._MONTH_ANCHOR, deadlines._MONTH_REACH, DATE_PIECES),
    ("deadlines._RECURRING", deadlines._RECURRING, deadlines._RECURRING_ANCHORS, 0, DATE_PIECES),
    ("deadlines._NUMERIC_DATE", deadlines._NUMERIC_DATE, deadlines._NUMERIC_ANCHORS, 4,
     ["2020", "1999", "2018", "20", "12", "1", "06", "31", ".", "/", "-", "底", "前", "之前", "以前", "年", " ", "x"]),
    ("deadlines._labelled_day_pattern()", deadlines._labelled_day_pattern(), deadlines._labelled_day_anchor(),
     deadlines._longest_label() + 1,
     ["完成时限:", "时间要求: ", "办结时限 :", "完成时间", "时限", ":", " ", "11月", "6月", "十二月", "月", "30日", "底", "上旬",
      "前", "之前", "\n", "x"]),
    ("deadlines._WITHIN_YEAR", deadlines._WITHIN_YEAR, deadlines._WITHIN_YEAR_ANCHOR, deadlines._WITHIN_YEAR_REACH, DATE_PIECES),
    ("deadlines._DAY_ONLY", deadlines._DAY_ONLY, deadlines._DAY_ONLY_ANCHOR, 1,
     ["于", "在", ",", "。", "\n", "(", "14", "3", "31", "0", "日", "18时", "18:00", "前", "之前", "以前", "后", " ", "x",
      "于14日18时前", ",3日前", "在5日以前", "(20日前", "。1日之前"]),
    ("section_numbers._OCR_NUMBER", section_numbers._OCR_NUMBER, section_numbers._OCR_NUMBER_ANCHOR, 2,
     ["1", "12", "3", "。", ";", ")", "\n", "推进", "“", "x", " "]),
    ("section_numbers._OCR_BRACKETS", section_numbers._OCR_BRACKETS, section_numbers._OCR_BRACKETS_ANCHOR, 0, OCR_PIECES),
    ("section_numbers._OCR_ENUM", section_numbers._OCR_ENUM, section_numbers._OCR_ENUM_ANCHOR, section_numbers._OCR_ENUM_REACH, OCR_PIECES),
    ("metadata_shapes.DOC_NUMBER", metadata_shapes.DOC_NUMBER, metadata_shapes._DOC_NUMBER_ANCHOR, metadata_shapes._DOC_NUMBER_REACH,
     ["东政办发", "国办发", "〔", "〕", "[", "]", "(", ")", "【", "】", "2023", "1999", "12", "号", " ", "字", "\n", "x"]),
    ("metadata_shapes.ORDER_NUMBER", metadata_shapes.ORDER_NUMBER, metadata_shapes._ORDER_NUMBER_ANCHOR, metadata_shapes._ORDER_NUMBER_REACH,
     ["东江市人民政府令", "令", "(", "〔", "[", ")", "第", "第12号", "12", "号", " ", "\n", "x"]),
    ("metadata_shapes.DATE", metadata_shapes.DATE, metadata_flat._DATE_ANCHOR, metadata_flat._DATE_REACH,
     ["2023", "二〇二三", "年", "3", "十二", "月", "1", "三十一", "日", " ", "\n", "x"]),
    ("patterns.HEADING_NUMBER", patterns.HEADING_NUMBER, patterns._HEADING_NUMBER_ANCHOR, 0, [
        "第", "章", "条", "部分", "一", "十二", "两", "〇", "(", ")", "①", "⑳", "1", "12", "3.2", "1. 2", ".", "、",
        "——", "—", "2018年", "万", "%", "\n", " ", "x", "٣",  # ٣: a non-ASCII digit, which \d takes
    ]),
]


@pytest.mark.parametrize("name, pattern, anchor, reach, pieces", ANCHORED, ids=[a[0] for a in ANCHORED])
def test_anchored_finditer_finds_what_finditer_finds(name, pattern, anchor, reach, pieces):
    texts = list(corpus_texts()) + random_texts(pieces, seed=len(name))
    hits = 0
    for text in texts:
        for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            expected = found(pattern.finditer(text, start, end))
            if isinstance(anchor, tuple):  # one literal anchor per kind of match, scanned in turn
                assert found(deadlines.through_each(pattern, anchor, reach, text, start, end)) == expected, (name, text[:80])
            else:
                assert found(anchored_finditer(pattern, anchor, reach, text, start, end)) == expected, (name, text[:80])
            hits += len(expected)
    assert hits > 10  # the inputs do exercise the pattern


def test_target_candidates_are_the_same_with_the_number_prefilter():
    pattern = target_candidates._candidate_pattern()
    pieces = ["0", "12", "3.5", "1/3", "三分之一", "两", "十", "百", "千", "零", "万", "亿", "元", "个", "%", "亩",
              "以上", "不低于", "~", "-", "至", "余", "多", "家", ",", "年", "x", " "]
    texts = list(corpus_texts()) + random_texts(pieces, seed=7)
    for text in texts:
        expected = found(pattern.finditer(text))
        assert found(anchored_finditer(pattern, target_candidates.NUMBER_START, 0, text)) == expected, text[:80]
    text = "力争到2025年新增就业10万人以上"  # and the stage still reads both (年 is thrown out later)
    assert [text[c.start : c.end] for c in target_candidates.candidates(text)] == ["2025年", "10万人以上"]


def test_label_search_from_the_first_colon_finds_every_label():
    labels = list(unit_vocab.role_labels())
    pieces = labels + ["市直", "区级", "县委", "(单位)", "(部门)", " ", "\t", ":", "市发改委", "、", ",", "\n", "x"]
    texts = list(corpus_texts()) + random_texts(pieces, seed=11, longest=10)
    hits = 0
    for text in texts:
        for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            expected = found(unit_vocab.label_pattern().finditer(text, start, end))
            # iter_labels adds the bare labels that open a line (bare_label_pattern): compare the rest
            colon_labels = (m for m in unit_vocab.iter_labels(text, start, end) if m.re is unit_vocab.label_pattern())
            assert found(colon_labels) == expected, text[:80]
            hits += len(expected)
    assert hits > 200


def test_the_longest_label_with_level_bracket_and_spaces_is_found():
    longest = max(unit_vocab.role_labels(), key=len)
    text = "x" * 50 + f"市直{longest}(单位)   :市财政局"
    [match] = unit_vocab.iter_labels(text)
    assert match.group("label") == f"市直{longest}(单位)"


@pytest.mark.parametrize(
    "pattern, anchor, reach, text, expected",
    [
        # A match may start up to `reach` before its anchor: 截止到 before the year.
        (deadlines._dated_pattern(), deadlines._YEAR_ANCHOR, deadlines._year_reach(), "任务截止到2020年底前完成", ["截止到2020年底前"]),
        # Overlapping anchors: after one match, the search resumes at its end.
        (deadlines._dated_pattern(), deadlines._YEAR_ANCHOR, deadlines._year_reach(), "到2020年2021年前", ["到2020年", "2021年前"]),
        # A hit that yields no match moves the search past it.
        (deadlines._MONTH_ONLY, deadlines._MONTH_ANCHOR, deadlines._MONTH_REACH, "每月,今年十月底前", ["今年十月底前"]),
        (patterns.HEADING_NUMBER, patterns._HEADING_NUMBER_ANCHOR, 0, "一、总体要求\n(二)1.2 ——", ["一、", "(二)", "1.2", "——"]),
    ],
)
def test_anchored_matches_by_example(pattern, anchor, reach, text, expected):
    assert [m.group() for m in anchored_finditer(pattern, anchor, reach, text)] == expected
    assert [m.group() for m in pattern.finditer(text)] == expected


def test_no_anchor_means_no_scan_and_no_match():
    pattern = re.compile(r"(?:牵头)?单位:")
    assert list(finditer_from_first(pattern, ":", 4, "牵头单位 没有冒号")) == []
    assert [m.group() for m in finditer_from_first(pattern, ":", 4, "xx牵头单位:A")] == ["牵头单位:"]
    # Too short a reach would cut the match: the helper trusts the caller's reach.
    assert [m.group() for m in finditer_from_first(pattern, ":", 2, "xx牵头单位:A")] == ["单位:"]
    # The anchor may be a pattern: the scan starts `reach` before its first hit.
    assert [m.group() for m in finditer_from_first(pattern, re.compile("[::]"), 4, "xx牵头单位:A")] == ["牵头单位:"]
    assert list(finditer_from_first(pattern, re.compile("[::]"), 4, "牵头单位 没有冒号")) == []


def test_year_reach_covers_the_longest_words_before_the_year():
    """A label (data/time_labels.txt) or by-word added to _dated_pattern() must not outgrow _year_reach() (matches would be cut)."""
    try:
        from re import _parser as sre_parse  # Python >= 3.11
    except ImportError:  # pragma: no cover
        import sre_parse  # type: ignore[no-redef]

    before_year = deadlines._dated_pattern().pattern.split("(?P<year>")[0]
    longest = sre_parse.parse(before_year).getwidth()[1]
    assert 10 <= longest <= deadlines._year_reach()


def test_dated_lead_finds_what_finditer_finds():
    """deadlines.scan tries _dated_pattern() only from the run of _dated_lead() characters before each year."""
    pattern, anchor, reach, lead = deadlines._dated_pattern(), deadlines._YEAR_ANCHOR, deadlines._year_reach(), deadlines._dated_lead()
    pieces = DATE_PIECES + ["截止", "争取", "时间要求", "\u3000", "\t", "。", ",", "起", "项目", "2021年"]
    texts = list(corpus_texts()) + random_texts(pieces, seed=17)
    assert _same_with_lead(pattern, anchor, reach, lead, texts) > 300
    # a match opening with a label, a colon and spaces before 截止到 and its year
    text = "要求如下。完成时限 :\u3000截止到2025年底前完成"
    expected = ["完成时限 :\u3000截止到2025年底前"]
    assert [m.group() for m in anchored_finditer(pattern, anchor, reach, text, lead=lead)] == expected
    assert [m.group() for m in pattern.finditer(text)] == expected


def test_dated_lead_holds_every_character_before_the_year():
    """A label (data/time_labels.txt) or a word added before the year in _dated_pattern() must bring its
    characters into _dated_lead(): read out of the pattern itself (lookarounds consume none)."""
    try:
        from re import _constants as sre, _parser as sre_parse  # Python >= 3.11
    except ImportError:  # pragma: no cover
        import sre_constants as sre  # type: ignore[no-redef]
        import sre_parse  # type: ignore[no-redef]

    def consumed(items, chars: set[str]) -> None:
        for op, av in items:
            if op is sre.LITERAL:
                chars.add(chr(av))
            elif op is sre.SUBPATTERN:
                consumed(av[-1], chars)
            elif op is sre.BRANCH:
                for branch in av[1]:
                    consumed(branch, chars)
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                consumed(av[2], chars)
            elif op is sre.IN:  # a class: its literals, or \s (every whitespace character)
                for member, value in av:
                    assert member is sre.LITERAL or (member is sre.CATEGORY and value is sre.CATEGORY_SPACE), (member, value)
                    if member is sre.LITERAL:
                        chars.add(chr(value))
                    else:
                        chars.update(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())
            else:  # lookarounds and ^ consume nothing; anything else (., [^…]) could hold any character
                assert op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT), (op, av)

    before_year = deadlines._dated_pattern().pattern.split("(?P<year>")[0]
    chars: set[str] = set()
    consumed(sre_parse.parse(before_year), chars)
    assert "完" in chars and "截" in chars and "\u3000" in chars  # the walk did read the labels, words and \s
    assert chars <= deadlines._dated_lead(), sorted(chars - deadlines._dated_lead())


@pytest.mark.parametrize(
    "name, pattern, anchor",
    [
        ("section_body._inline_footer()", section_body._inline_footer(), section_body._inline_footer_anchor()),
        ("section_body._INLINE_ATTACHMENT", section_body._INLINE_ATTACHMENT, section_body._INLINE_ATTACHMENT_ANCHOR),
    ],
)
def test_finditer_after_space_finds_what_finditer_finds(name, pattern, anchor):
    pieces = ["。", "!", ")", "〕", "】", "”", "东", "东.", " ", "\n", "\t", "附件:", "附件1:", "附 件", "附", "件", "1", ":",
              "抄送:", "抄 报:", "抄", "送", "x"]
    texts = list(corpus_texts()) + random_texts(pieces, seed=len(name), longest=16)
    hits = 0
    for text in texts:
        for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            expected = found(pattern.finditer(text, start, end))
            assert found(finditer_after_space(pattern, anchor, text, start, end)) == expected, (name, text[:80])
            hits += len(expected)
    assert hits > 10


def test_ocr_enum_lead_finds_what_finditer_finds():
    """section_numbers._ocr_numerals tries _OCR_ENUM only from the run of numerals and strokes before each
    numeral-and-separator pair (the lead): the same matches as a plain finditer."""
    pattern, anchor, reach, lead = section_numbers._OCR_ENUM, section_numbers._OCR_ENUM_ANCHOR, section_numbers._OCR_ENUM_REACH, section_numbers._OCR_ENUM_LEAD
    texts = list(corpus_texts()) + random_texts(OCR_PIECES, seed=29, longest=16)
    assert _same_with_lead(pattern, anchor, reach, lead, texts) > 300


def _same_with_lead(pattern, anchor, reach, lead, texts) -> int:
    """Check that anchored_finditer with `lead` finds what finditer finds, over whole texts and middle thirds;
    the number of matches seen."""
    hits = 0
    for text in texts:
        for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            expected = found(pattern.finditer(text, start, end))
            assert found(anchored_finditer(pattern, anchor, reach, text, start, end, lead)) == expected, text[:80]
            hits += len(expected)
    return hits
