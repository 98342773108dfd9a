"""The one normalisation every span points into.

Folding is done character by character so that it is easy to reason about:
full-width ASCII (ＡＢＣ１２３（），：；) becomes half-width, odd spaces become
ASCII spaces, line breaks become \\n, invisible characters are dropped, and enclosed list
numbers are written out (⑴ -> (1), ⒈ -> 1., ㈠ -> (一)).
Extraction noise goes too: a PDF extractor's letter spacing (关 于 印 发 -> 关于印发), a tab that only
indents a line (a space, one for one), one no-break space after a Chinese mark (，&nbsp;).
Chinese punctuation that has no ASCII twin (、。〔〕《》“”) is kept as it is.
"""

from __future__ import annotations

import re

_FULLWIDTH_START, _FULLWIDTH_END, _FULLWIDTH_SHIFT = 0xFF01, 0xFF5E, 0xFEE0
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

_TABLE = {cp: cp - _FULLWIDTH_SHIFT for cp in range(_FULLWIDTH_START, _FULLWIDTH_END + 1)}
_TABLE.update({ord(c): " " for c in _SPACES})
_TABLE.update({ord(c): None for c in _INVISIBLE})
# C0/C1 controls other than tab and newline carry no text.
_TABLE.update({cp: None for cp in range(0x00, 0x20) if cp not in (0x09, 0x0A)})
_TABLE.update({cp: None for cp in range(0x7F, 0xA0)})
# Look-alike range marks: ― (horizontal bar) reads as —, 〜 (wave dash) as ~ (2023―2025年, 3〜5个).
_TABLE.update({0x2015: "\u2014", 0x301C: "~"})

# Enclosed list numbers that typed notices use for (1) 1. (一): written out, so that one
# heading shape covers them (⑴ -> (1), ⒈ -> 1., ㈠ -> (一)).
_TABLE.update({0x2474 + i: f"({i + 1})" for i in range(20)})
_TABLE.update({0x2488 + i: f"{i + 1}." for i in range(20)})
_TABLE.update({0x3220 + i: f"({c})" for i, c in enumerate("一二三四五六七八九十")})

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")


def _char_class(codepoints) -> str:
    """A regex character class (without brackets) of the code points, as ranges."""
    cps, out, i = sorted(codepoints), [], 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        out.append(f"\\u{cps[i]:04x}" + (f"-\\u{cps[j]:04x}" if j > i else ""))
        i = j + 1
    return "".join(out)


# Runs of the characters _TABLE changes. str.translate looks every character up in the table
# (slow for CJK text); translating only these runs gives the same text about twice as fast.
_TO_FOLD = re.compile(f"[{_char_class(_TABLE)}]+")
WHITESPACE = re.compile(r"\s+")
"""A run of whitespace: compiled once for every stage (re.sub with a string pattern looks it up
in re's cache at every call)."""
# A text holds few distinct characters to fold (，：；（）and a space or two), each many times:
# str.replace of each, all in C, beats a Python call per run. No replacement holds a character
# of _TABLE, so the order of the replacements does not matter.
_FOLD_CHAR = re.compile(f"[{_char_class(_TABLE)}]")
_FOLDED = {chr(cp): chr(v) if isinstance(v, int) else v or "" for cp, v in _TABLE.items()}
FEW_TO_FOLD = 24
"""More distinct characters to fold than this, and the runs are translated one by one instead."""
# _NEWLINES has no first character for re to scan for; this class has, and most texts lack it.
_NEWLINE_CHARS = re.compile(r"[\r\u2028\u2029\x0b\x0c\x85]")


# OCR reads the digit 1 as the letter l and 0 as O inside an Arabic number (到2O27年, l0万户, l.5万个,
# 〔2025〕l2号): look-alikes like ― and 〜 above, folded one for one. Only a run of digits, l, O and
# dots with no Latin letter or hyphen beside it is a candidate (SO2, O2O, Excel2016, XL-l5 stay),
# and it is a number only with a letter between digits (2O27) or with what follows numbers right
# after it (年, 万, 号, %, a measure): O3 (ozone) and 2l before a noun stay as written. The
# lookbehind lets a run start only at its first character, so each run is tried once.
_OCR_NUMBER = re.compile(r"(?<![A-Za-z0-9.\-])[0-9.]*[lO][0-9lO.]*(?![A-Za-z0-9.])")
_BETWEEN_DIGITS = re.compile(r"[0-9][lO.]*[lO][lO.]*[0-9]")
_AFTER_A_NUMBER = frozenset("年月日号万亿千百%个户家人元亩次项条座天名所台处")
_OCR_DIGITS = str.maketrans("lO", "10")
_DIGITS = frozenset("0123456789")


def _digit_look_alike(text: str) -> bool:
    """An l or O beside a digit (or a dot and a digit): str.find over the few of them is far
    cheaper than a regex tried at every position of a text that has none."""
    for ch in "lO":
        at = text.find(ch)
        while at >= 0:
            around = text[max(0, at - 2) : at] + text[at + 1 : at + 3]
            if _DIGITS.intersection(around):
                return True
            at = text.find(ch, at + 1)
    return False


def _ocr_number(match: re.Match) -> str:
    run = match.group()
    bare = run.strip(".")
    if not (bare[:1].isdigit() or bare[-1:].isdigit()):
        return run
    after = match.string[match.end() : match.end() + 1]
    if _BETWEEN_DIGITS.search(run) or after in _AFTER_A_NUMBER:
        return run.translate(_OCR_DIGITS)
    return run


# A PDF extractor's letter-spaced lines (关 于 印 发 《 … 》 的 通 知, 2025年 6月 底 前): every Chinese
# character followed by a space. A line is letter-spaced when at least three of its wide characters
# (ideograph, CJK punctuation, full-width form) are followed by one space and something, and few
# ideographs stand side by side (a label 索 引 号 beside tight text stays, as does 第一章 总 则). In a
# text that has such a line, a short line with a spaced character and no two ideographs side by side
# (东 政 发 〔2024〕7号, 王 建 平) is spaced so too. On a letter-spaced line the one space after each
# ideograph is the extractor's and is dropped, so that the line reads as typed (a second space, a column
# gap, stays); so is the space after its punctuation (《 》 ， and full-width forms) where the extractor
# spaced every mark of the line, else that space is the text's own (…落实。 泓源县…). The normalised text
# is shorter by those spaces: spans point into it as ever. Where the extractor spaced every character of
# its letter-spaced lines, digits and letters too (2 0 2 5 年 6 月: no two characters side by side),
# every line so spaced loses the one space after each character.
_IDEOGRAPH = "\u3400-\u4dbf\u4e00-\u9fff"
_MARKS = "\u3001-\u303f\uff01-\uff60\u201c\u201d\u2018\u2019"  # CJK punctuation, full-width forms, curly quotes
_WIDE = _IDEOGRAPH + _MARKS
_SPACED_RUN = re.compile(f"(?:[{_IDEOGRAPH}] ){{2}}[{_IDEOGRAPH}]")
_LOOSE_IDEOGRAPH = re.compile(f"[{_IDEOGRAPH}] (?=[^\\s])")
_TIGHT = re.compile(f"[{_IDEOGRAPH}](?=[{_IDEOGRAPH}])")
# …but not before a run of words or numbers of its own (王 强 1390000 0000, 使 用 Office 2016: an ASCII
# run another follows), whose gap the text had before the extractor spaced it
_OWN_WORDS = "(?![0-9A-Za-z]{2,} +[0-9A-Za-z])"
_SPACE_AFTER_WIDE = re.compile(f"([{_WIDE}]) {_OWN_WORDS}")
_SPACE_AFTER_IDEOGRAPH = re.compile(f"([{_IDEOGRAPH}]) {_OWN_WORDS}")
_SIDE_BY_SIDE = re.compile(r"\S\S")
_SPACE_AFTER_ANY = re.compile(r"(\S) ")
_NARROW_SPACED = re.compile(r"[0-9A-Za-z] (?=\S)")
_MARK_UNSPACED = re.compile(f"[{_MARKS}][^ ]")
# a measure's slash between two spaced ideographs (微 克 / 立 方 米, 元 / 亩): the extractor's space after it too
_SLASH_SPACED = re.compile(f"(?<=[{_IDEOGRAPH}])/ (?=[{_IDEOGRAPH}])")
MIN_SPACED = 3
# On such a line a number is spaced from the word after it as a character is (2025 年 6 月 30 日 前): that
# space is the extractor's too, and goes, so that the date reads as typed (2025年6月30日前).
# Only before what follows numbers (年, 月, 万, 个 …, and a measure's first character: 32 微 克 / 立 方 米,
# 12 公 里, 300 吨, 5 辆); a phone number's digits before a label (1390000 0000 联系人) keep their gap.
# The number must be spaced from the character before it as well, as the extractor spaces a glyph: a list
# number opening the line keeps its gap (8.1 名词术语).
_SPACE_AFTER_NUMBER = re.compile(
    f"(?<=[{_WIDE}] )([0-9]+(?:\\.[0-9]+)?) (?=[年月日号万亿千百%个户家人元亩次项条座天名所台处公吨米平立兆微克辆套间张批株棵度倍余多])|(?<=[{_WIDE}] )([0-9]+(?:\\.[0-9]+)?%) (?=[{_IDEOGRAPH}])"
)
# A form's row of one-character choice cells (是 否 是 否, 有 无 有 无): two characters over and over,
# each a cell of its own, no word an extractor spaced out. Such a line stays as it is.
_IDEOGRAPHS = re.compile(f"[{_IDEOGRAPH}]")


def _choice_cells(line: str) -> bool:
    found = _IDEOGRAPHS.findall(line)
    return len(found) >= 2 * 2 and len(set(found)) <= 2


def _spacing(line: str) -> tuple[int, int]:
    """How many ideographs of the line are spaced from what follows, how many are not (not counted
    where none is spaced). Full-width digits and marks do not count: a row of one-character cells
    (１ ０ ５ ３) is no spaced word."""
    loose = len(_LOOSE_IDEOGRAPH.findall(line))
    return loose, len(_TIGHT.findall(line)) if loose else 0


def _unspace(text: str) -> str:
    """Drop the letter spacing of the lines a PDF extractor spaced out (see _SPACED_RUN)."""
    lines = text.split("\n")
    counts = {i: _spacing(line) for i, line in enumerate(lines) if " " in line}  # most lines hold no space
    counts = {i: c for i, c in counts.items() if c[0] and not _choice_cells(lines[i])}
    strong = {i for i, (loose, tight) in counts.items() if loose >= MIN_SPACED and 4 * tight <= loose}
    if not strong:
        return text
    every = all(not _SIDE_BY_SIDE.search(lines[i]) for i in strong) and any(_NARROW_SPACED.search(lines[i]) for i in strong)
    for i, line in enumerate(lines):
        loose, tight = counts.get(i, (0, 0))
        if every and " " in line and not _SIDE_BY_SIDE.search(line):
            lines[i] = _SPACE_AFTER_ANY.sub(r"\1", line)  # every character spaced, digits too: 2 0 2 5 年
        elif i in strong or (loose and not tight):
            spaced = _SPACE_AFTER_IDEOGRAPH if _MARK_UNSPACED.search(line) else _SPACE_AFTER_WIDE
            lines[i] = _SLASH_SPACED.sub("/", spaced.sub(r"\1", _SPACE_AFTER_NUMBER.sub(r"\1\2", line)))
    return "\n".join(lines)


# A tab before a line's first text is an indent (Word's first-line tab, a site's copy), not an empty
# cell of a tab-separated row, when the line holds no other tab and no line beside it is such a row
# (text, a tab, text): it becomes a space, one for one, so that no span moves. A table row whose first
# cells are empty (\t\t县财政局 under a row of three cells) keeps its tabs.
_INNER_TAB = re.compile(r"\S[^\S\n]*\t[^\S\n]*\S")
_LEADING_TAB_ANYWHERE = re.compile(r"(?m)^[ \u3000]+\t")
_LEADING_TABS = re.compile(r"^[ \u3000]*\t[ \u3000]*(?=[^ \t\u3000\n])")  # one tab: two are a row's empty cells


def _indent_tabs(text: str) -> str:
    """Each tab that only indents a line written as a space (see _LEADING_TABS)."""
    lines = text.split("\n")
    rows = ["\t" in line and bool(_INNER_TAB.search(line)) for line in lines]
    for i, line in enumerate(lines):
        if line.startswith(("\t", " ", "\u3000")) and not rows[i]:
            m = _LEADING_TABS.match(line)
            if m and "\t" not in line[m.end():] and not _beside_a_row(lines, rows, i):
                lines[i] = m.group().replace("\t", " ") + line[m.end():]
    return "\n".join(lines)


def _beside_a_row(lines: list[str], rows: list[bool], i: int) -> bool:
    """Whether the nearest non-blank line above or below line i is a tab-separated row."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        if 0 <= j < len(lines) and rows[j]:
            return True
    return False


# A page copied out of a browser keeps &nbsp; after the Chinese marks (，&nbsp;各部门). A mark is as wide
# as a character and stands alone: one no-break space after it is no gap of the text and is dropped, so
# that it does not read as the space for a line end of flat text. Two or more (an indent) stay.
_NBSP_AFTER_MARK = re.compile(f"(?<=[{_MARKS}])\u00a0(?![ \u00a0\u3000])")


# A date whose numbers are spaced from their 年, 月 and 日 (到 2027 年, 在 2025 年 6 月 30 日 前: a page's
# spacing around Arabic numbers, or an extractor's on a line it spaced only there) is one word as typed:
# one space inside it goes (2025年 6月 底前 too), and so does one between it and the 到/于/在 before or the
# 底/前 after it. A date after any other word (a signature's: 东江市人民政府 2025 年 2 月 10 日) keeps the
# space before it; two spaces are a gap of the text's own (a table aligned with spaces).
_SPACED_DATE = re.compile(
    r"(?:(?<=[到至于在止]) )?(?<![0-9])(?:19|20)[0-9]{2} ?年(?: ?[0-9]{1,2} ?月(?: ?[0-9]{1,2} ?日)?)?(?: ?[底末])?(?: ?(?:之前|以前|前))?"
)

# Each space _SPACED_DATE may drop, as a pattern that opens with the space (a literal: found fast): most
# texts hold none, and are spared the date pattern, which is tried at every year.
_DATE_GAP = re.compile(r" (?:(?<=[0-9] )(?=[年月日])|(?<=[年月日到至于在止] )(?=[0-9])|(?<=[年月日底末] )(?=[底末前之以]))")


def _close_date(match: re.Match) -> str:
    closed = match.group().replace(" ", "")  # the pattern holds a space only where a date's word was cut
    text, end = match.string, match.end()
    if end < len(text) and text[end] == " " and _aligned_line(text, match.start()):
        # a cell of a table aligned with spaces (1    建设站点    2025 年 6 月 30 日前    市应急局): the
        # spaces go after the date, into the gap, so that the cells after it keep their columns
        return closed + " " * (len(match.group()) - len(closed))
    return closed


def _aligned_line(text: str, pos: int) -> bool:
    """The line at `pos` holds a gap of two or more spaces (a row of a table aligned with spaces)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return "  " in text[start : len(text) if end < 0 else end]


def normalize(raw: str) -> str:
    """Return the normalised text: newlines unified, letter spacing dropped, full-width folded,
    controls dropped, OCR's l and O inside Arabic numbers read as 1 and 0."""
    text = _NEWLINES.sub("\n", raw) if _NEWLINE_CHARS.search(raw) else raw
    chars = set(_FOLD_CHAR.findall(text))
    for ch in chars.intersection(_INVISIBLE):  # first: 关\u200b 于 is letter-spaced as 关 于 is
        text = text.replace(ch, "")
    if _SPACED_RUN.search(text):
        text = _unspace(text)
    if "\u00a0" in text:
        text = _NBSP_AFTER_MARK.sub("", text)
    if text.startswith("\t") or "\n\t" in text or "\t" in text and _LEADING_TAB_ANYWHERE.search(text):
        text = _indent_tabs(text)
    chars.difference_update(_INVISIBLE)
    if len(chars) > FEW_TO_FOLD:
        text = _TO_FOLD.sub(_fold_run, text)
    else:
        for ch in chars:
            text = text.replace(ch, _FOLDED[ch])
    if _DATE_GAP.search(text):
        text = _SPACED_DATE.sub(_close_date, text)
    # most texts hold no l or O beside a digit: one quick search spares them the rewrite
    return _OCR_NUMBER.sub(_ocr_number, text) if _digit_look_alike(text) else text


def _fold_run(match: re.Match) -> str:
    return match.group().translate(_TABLE)


def fold(s: str) -> str:
    """Comparison key for gold matching: normalised, with all whitespace removed."""
    return WHITESPACE.sub("", normalize(s))
