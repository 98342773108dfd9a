"""Word's automatic list numbering, rendered as the label a reader sees before a paragraph.

When 一、 / (一) / 1. are Word numbering, the paragraph's text holds no number: the label
comes from word/numbering.xml. A paragraph's w:numPr (or its style's, through w:basedOn)
names a w:num (numId) and a level (ilvl); the w:num points at a w:abstractNum whose w:lvl
gives the format (w:numFmt), the template (w:lvlText "%1、", "(%1)", "%1.%2"), the first
value (w:start) and when the level restarts (w:lvlRestart). As in Word (ECMA-376 §17.9):

- counters belong to the abstract definition, so w:num instances sharing one continue each
  other; a w:num's w:lvlOverride/w:startOverride restarts its level where that w:num is
  first used at that level;
- using a level resets the deeper levels (unless their w:lvlRestart says otherwise);
- w:isLgl shows every number of the template as decimal.

Bounds: only levels 0-8 exist (Word's nine), templates longer than MAX_TEMPLATE characters
and unknown ids give no label, style chains stop after MAX_STYLE_HOPS, and number formats
fall back to decimal where their text would grow with the value (roman over 3999 …). A
label therefore costs a constant, and the whole pass stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_VAL = f"{_W}val"
LEVELS = 9
"""Word's list levels, ilvl 0-8."""
MAX_TEMPLATE = 64
"""Longest w:lvlText rendered (real ones are a few characters: "第%1章", "%1.%2.%3")."""
MAX_START = 32767
"""Word's largest w:start / w:startOverride."""
MAX_STYLE_HOPS = 16
"""Longest w:basedOn chain followed when a paragraph's numbering comes from its style."""
_PLACEHOLDER = re.compile(r"%([1-9])")
_GLUES = re.compile("[0-9A-Za-z\u3007\u4e00-\u9fff]")
"""Label endings that would run into the text (1加强, 第一章总则); after 、 . ) ① the text follows directly."""


@dataclass(frozen=True)
class Level:
    fmt: str  # w:numFmt
    template: str | None  # w:lvlText
    start: int
    restart: int | None  # w:lvlRestart: 1-based level whose use restarts this one; 0 = never
    legal: bool  # w:isLgl
    suffix: str  # w:suff: "tab" (default), "space" or "nothing"


def _val(el, path: str) -> str | None:
    found = el.find(path)
    return None if found is None else found.get(_VAL)


def _int(value: str | None, default: int | None, high: int = MAX_START) -> int | None:
    """A numeric attribute clamped to 0..high; `default` when missing or not a number."""
    try:
        return max(0, min(int(value), high))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def _ilvl(value: str | None) -> int | None:
    """A level number 0-8, else None."""
    try:
        n = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return n if 0 <= n < LEVELS else None


def _on(el, path: str) -> bool:
    """A w:isLgl-style toggle: present and not switched off."""
    found = el.find(path)
    return found is not None and found.get(_VAL) not in ("0", "false", "off")


def _level(lvl) -> tuple[int, Level] | None:
    ilvl = _ilvl(lvl.get(f"{_W}ilvl"))
    if ilvl is None:
        return None
    return ilvl, Level(
        # Word 2010 writes some formats as mc:AlternateContent: a custom w:format, and a fallback.
        fmt=_val(lvl, f"{_W}numFmt") or _val(lvl, f"{_MC}AlternateContent/{_MC}Fallback/{_W}numFmt") or "decimal",
        template=_val(lvl, f"{_W}lvlText"),
        start=_int(_val(lvl, f"{_W}start"), 0) or 0,
        restart=_int(_val(lvl, f"{_W}lvlRestart"), None, LEVELS),
        legal=_on(lvl, f"{_W}isLgl"),
        suffix=_val(lvl, f"{_W}suff") or "tab",
    )


@dataclass
class _Num:
    abstract: str | None
    overrides: dict[int, Level]  # w:lvlOverride/w:lvl
    starts: dict[int, int]  # w:lvlOverride/w:startOverride


class Numbering:
    """Labels of numbered paragraphs, counted in document order."""

    def __init__(self, numbering=None, styles=None) -> None:
        self._abstracts: dict[str, dict[int, Level]] = {}
        self._style_levels: dict[str, dict[str, int]] = {}  # abstract → w:lvl/w:pStyle → ilvl
        self._links: dict[str, str] = {}  # abstract → w:numStyleLink style
        self._nums: dict[str, _Num] = {}
        self._styles: dict[str, tuple[str | None, str | None, str | None]] = {}  # id → basedOn, numId, ilvl
        self._default_style: str | None = None
        self._style_cache: dict[str | None, tuple[str | None, str | None]] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._used: set[tuple[str, int]] = set()  # (numId, ilvl) seen: a startOverride applies once
        if numbering is not None:
            self._read_numbering(numbering)
        if styles is not None:
            self._read_styles(styles)

    def _read_numbering(self, root) -> None:
        for abstract in root.iterfind(f"{_W}abstractNum"):
            key = abstract.get(f"{_W}abstractNumId")
            if key is None or key in self._abstracts:
                continue
            levels: dict[int, Level] = {}
            linked: dict[str, int] = {}
            for lvl in abstract.iterfind(f"{_W}lvl"):
                found = _level(lvl)
                if found and found[0] not in levels:
                    levels[found[0]] = found[1]
                    style = _val(lvl, f"{_W}pStyle")
                    if style:
                        linked.setdefault(style, found[0])
            self._abstracts[key] = levels
            self._style_levels[key] = linked
            link = _val(abstract, f"{_W}numStyleLink")
            if link:
                self._links[key] = link
        for num in root.iterfind(f"{_W}num"):
            key = num.get(f"{_W}numId")
            if key is None or key in self._nums:
                continue
            entry = _Num(_val(num, f"{_W}abstractNumId"), {}, {})
            for override in num.iterfind(f"{_W}lvlOverride"):
                ilvl = _ilvl(override.get(f"{_W}ilvl"))
                if ilvl is None:
                    continue
                start = _int(_val(override, f"{_W}startOverride"), None)
                if start is not None:
                    entry.starts[ilvl] = start
                lvl = override.find(f"{_W}lvl")
                found = None if lvl is None else _level(lvl)
                if found:
                    entry.overrides[ilvl] = found[1]
            self._nums[key] = entry

    def _read_styles(self, root) -> None:
        for style in root.iterfind(f"{_W}style"):
            key = style.get(f"{_W}styleId")
            if key is None or key in self._styles:
                continue
            num_pr = style.find(f"{_W}pPr/{_W}numPr")
            num_id = ilvl = None
            if num_pr is not None:
                num_id, ilvl = _val(num_pr, f"{_W}numId"), _val(num_pr, f"{_W}ilvl")
            self._styles[key] = (_val(style, f"{_W}basedOn"), num_id, ilvl)
            if style.get(f"{_W}type") == "paragraph" and style.get(f"{_W}default") in ("1", "true", "on"):
                self._default_style = self._default_style or key

    def _style_numbering(self, style: str | None) -> tuple[str | None, str | None]:
        """numId and ilvl a paragraph style gives, the nearest in its w:basedOn chain winning."""
        if style not in self._style_cache:
            self._style_cache[style] = self._walk_styles(style)
        return self._style_cache[style]

    def _walk_styles(self, style: str | None) -> tuple[str | None, str | None]:
        num_id = ilvl = None
        seen: set[str] = set()
        while style is not None and style not in seen and len(seen) < MAX_STYLE_HOPS:
            seen.add(style)
            based_on, s_num, s_ilvl = self._styles.get(style, (None, None, None))
            num_id = num_id if num_id is not None else s_num
            ilvl = ilvl if ilvl is not None else s_ilvl
            style = based_on
        return num_id, ilvl

    def _abstract(self, num: _Num) -> str | None:
        """The abstract definition holding the levels, through one w:numStyleLink."""
        key = num.abstract
        link = self._links.get(key or "")
        if link is not None:
            target = self._nums.get(self._style_numbering(link)[0] or "")
            if target is not None and target.abstract in self._abstracts:
                return target.abstract
        return key if key in self._abstracts else None

    def label(self, p_pr) -> tuple[str, str]:
        """(label, separator) for a paragraph given its w:pPr (None: no properties); ("", "") if unnumbered.

        Counts the paragraph: call once per paragraph, in document order.
        """
        found = self._resolve(p_pr) if self._nums else None
        if found is None:
            return "", ""
        num_id, num, key, ilvl = found
        levels = {**self._abstracts[key], **num.overrides}
        level = levels.get(ilvl)
        if level is None:
            return "", ""
        counts = self._count(key, num_id, num, ilvl, levels)
        if level.fmt == "bullet" or not level.template or len(level.template) > MAX_TEMPLATE:
            return "", ""  # a bullet is no number; an over-long template is no heading label

        def number(m: re.Match[str]) -> str:
            at = int(m.group(1)) - 1
            shown = levels.get(at)
            value = counts[at]
            if value is None:
                value = shown.start if shown else 1  # a level not yet used shows its start
            return format_number(value, "decimal" if level.legal else (shown.fmt if shown else "decimal"))

        text = _PLACEHOLDER.sub(number, level.template)
        if not text or level.suffix == "nothing" or not _GLUES.match(text[-1]):
            return text, ""
        return text, " "  # 第一章 总则, 1.1 总则: the tab or space Word puts after a label ending in a word character

    def _resolve(self, p_pr) -> tuple[str, _Num, str, int] | None:
        """numId, its w:num, the abstract definition and the level of a paragraph; None if unnumbered."""
        style = (_val(p_pr, f"{_W}pStyle") if p_pr is not None else None) or self._default_style
        num_id = ilvl_text = None
        direct = None if p_pr is None else p_pr.find(f"{_W}numPr")
        if direct is not None:
            num_id, ilvl_text = _val(direct, f"{_W}numId"), _val(direct, f"{_W}ilvl")
        if num_id is None or ilvl_text is None:
            s_num, s_ilvl = self._style_numbering(style)
            num_id = num_id if num_id is not None else s_num
            ilvl_text = ilvl_text if ilvl_text is not None else s_ilvl
        num = None if num_id in (None, "0") else self._nums.get(num_id)  # numId 0 removes numbering
        key = None if num is None else self._abstract(num)
        if num is None or key is None:
            return None
        ilvl = _ilvl(ilvl_text)
        if ilvl is None:
            if ilvl_text is not None:
                return None  # a level Word does not have
            ilvl = self._style_levels[key].get(style or "", 0)
        return num_id, num, key, ilvl  # type: ignore[return-value]

    def _count(self, key: str, num_id: str, num: _Num, ilvl: int, levels: dict[int, Level]) -> list[int | None]:
        """Step the list's counter at `ilvl` and reset the deeper levels; the counters after it."""
        counts = self._counters.setdefault(key, [None] * LEVELS)
        value = counts[ilvl]
        if (num_id, ilvl) not in self._used and ilvl in num.starts:
            counts[ilvl] = num.starts[ilvl]
        else:
            counts[ilvl] = levels[ilvl].start if value is None else value + 1
        self._used.add((num_id, ilvl))
        for deeper in range(ilvl + 1, LEVELS):
            below = levels.get(deeper)
            restart = None if below is None else below.restart
            if restart is None or ilvl < restart:
                counts[deeper] = None
        return counts


# ----------------------------------------------------------------------------- number formats

_CN_DIGITS = "〇一二三四五六七八九"
_TW_DIGITS = "○一二三四五六七八九"
_FULLWIDTH_DIGITS = "０１２３４５６７８９"
_CN_POWERS = ("", "十", "百", "千")
_LEGAL_SIMPLIFIED = ("零壹贰叁肆伍陆柒捌玖", ("", "拾", "佰", "仟"))
_LEGAL_TRADITIONAL = ("零壹貳參肆伍陸柒捌玖", ("", "拾", "佰", "仟"))
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CIRCLED_IDEOGRAPHS = "㊀㊁㊂㊃㊄㊅㊆㊇㊈㊉"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
          (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _positional(n: int, digits: str) -> str:
    return "".join(digits[int(d)] for d in str(n))


def _counting(n: int, digits: str) -> str:
    """chineseCounting: 十 for the tens below 100 (十, 十一, 二十三), digit by digit above (一〇一)."""
    if n < 10 or n >= 100:
        return _positional(n, digits)
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def _grouped(n: int, digits: str, powers: tuple[str, ...], zero: str, bare: str) -> str:
    """Below 10000 with 十百千 (一百零一, 一千二百). `bare`: where 一 is dropped before a power:
    "ten" for a leading 十 (十一, not 一十一), "all" (Japanese 百, 千), "" (legal 壹拾)."""
    out: list[str] = []
    gap = False
    for power in range(3, -1, -1):
        digit = n // 10 ** power % 10
        if digit == 0:
            gap = bool(out)
            continue
        if gap:
            out.append(zero)
            gap = False
        drop = digit == 1 and power > 0 and (bare == "all" or (bare == "ten" and power == 1 and not out))
        out.append(("" if drop else digits[digit]) + powers[power])
    return "".join(out)


def format_number(n: int, fmt: str) -> str:
    """The value `n` written in w:numFmt `fmt`; decimal for formats we do not write and out of range."""
    if fmt == "none":
        return ""
    if n <= 0:
        return str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return _positional(n, _FULLWIDTH_DIGITS)
    if fmt in ("chineseCounting", "taiwaneseCounting"):
        return _counting(n, _CN_DIGITS if fmt == "chineseCounting" else _TW_DIGITS)
    if fmt in ("ideographDigital", "japaneseDigitalTenThousand"):
        return _positional(n, _CN_DIGITS)
    if fmt == "taiwaneseDigital":
        return _positional(n, _TW_DIGITS)
    if n < 10000 and fmt in ("chineseCountingThousand", "taiwaneseCountingThousand"):
        return _grouped(n, _CN_DIGITS, _CN_POWERS, "零", "ten")
    if n < 10000 and fmt == "japaneseCounting":
        return _grouped(n, _CN_DIGITS, _CN_POWERS, "", "all")
    if n < 10000 and fmt in ("chineseLegalSimplified", "ideographLegalTraditional"):
        digits, powers = _LEGAL_SIMPLIFIED if fmt == "chineseLegalSimplified" else _LEGAL_TRADITIONAL
        return _grouped(n, digits, powers, digits[0], "")
    if fmt == "ideographTraditional" and n <= len(_TIANGAN):
        return _TIANGAN[n - 1]
    if fmt in ("ideographZodiac", "ideographZodiacTraditional") and n <= len(_DIZHI):
        return _DIZHI[n - 1]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt == "ideographEnclosedCircle" and n <= len(_CIRCLED_IDEOGRAPHS):
        return _CIRCLED_IDEOGRAPHS[n - 1]
    # ⑴ and ⒈ are compatibility characters for (1) and 1.: written as the reader reads them,
    # the shapes the section rules know.
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return f"{n}."
    if fmt in ("upperRoman", "lowerRoman") and n < 4000:
        roman = []
        for value, letters in _ROMAN:
            count, n = divmod(n, value)
            roman.append(letters * count)
        return "".join(roman) if fmt == "upperRoman" else "".join(roman).lower()
    if fmt in ("upperLetter", "lowerLetter") and n <= 26 * 10:
        letter = chr(ord("A" if fmt == "upperLetter" else "a") + (n - 1) % 26)
        return letter * ((n - 1) // 26 + 1)  # Word repeats the letter: Z, AA, BB
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    return str(n)
