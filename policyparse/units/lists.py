"""Read one unit list ("市商务局、科技局、发展改革委按职责分工负责") into named units.

The repairs of the annotation guide live here: split on 、 / , ; 。, on spaces between
whole names, and on 和/及/与/会同 where they join two units (never inside brackets); drop
trailing role words (按职责分工负责, 负责, 等, 等部门 …) and read a bracketed role mark
(市教育局(牵头)); restore an administrative prefix that the list elides (市商务局、科技局 ->
市科技局), though never before an enterprise with a name of its own (市工信局、某某燃气公司
keeps 某某燃气公司; data/enterprise_endings.txt); keep bracketed parts of a name (各县(市、区)政府) and a level word that shares
the next unit's ending (各区、县(市)政府). Role words inside the list (A牵头,B、C配合;
A牵头、B配合) set the roles of the units before them, and a role verb used as a label
(牵头:A;配合:B) the role of the units after it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import accumulate

import regex

from ..text.orgs import OWN_EACH, is_unit_name
from ..text.patterns import PAGE_NUMBER
from ..text.textcache import per_text
from . import vocab

Span = tuple[int, int]

MAX_NAME = 40
"""No unit name is longer; longer pieces are not split further."""

ROLE_RANK = {"lead": 3, "responsible": 2, "cooperating": 1}

_OPEN, _CLOSE = "([〔【", ")]〕】"


@dataclass(frozen=True, slots=True)
class Found:
    """A unit before canonical naming: what the layout rules hand to the stage."""

    name: str
    role: str
    label: str | None
    source: str
    span: Span | None


SCAN_SPANS = 8
"""Up to this many spans a plain scan answers faster than building a bisect index."""


def inside(spans: list[Span]):
    """pos -> does one of `spans` hold it? A bisect over the spans sorted by start, with the
    furthest end so far (they may overlap): a flat task can hold thousands of brackets; most
    tasks hold a few, which a plain scan answers."""
    if len(spans) <= SCAN_SPANS:
        return lambda pos: any(s <= pos < e for s, e in spans)
    spans = sorted(spans)
    starts, ends = [s for s, _ in spans], list(accumulate((e for _, e in spans), max))
    return lambda pos: (i := bisect_right(starts, pos) - 1) >= 0 and pos < ends[i]


def split_outside_brackets(text: str, seps: str) -> list[tuple[str, int]]:
    """Split `text` on any char of `seps` at bracket depth 0; pieces keep their offsets."""
    out: list[tuple[str, int]] = []
    depth, start = 0, 0
    for mark in _split_marks(seps).finditer(text):  # only brackets and separators matter
        i, ch = mark.start(), mark.group()
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        elif depth == 0 and ch in seps:
            out.append((text[start:i], start))
            start = i + 1
    out.append((text[start:], start))
    return out


@cache
def _split_marks(seps: str) -> regex.Pattern:
    return regex.compile("[" + regex.escape(_OPEN + _CLOSE + seps) + "]")


def _depth_after(text: str, start: int, end: int, depth: int) -> int:
    """The bracket depth at `end`, given `depth` at `start`."""
    for ch in text[start:end]:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
    return depth


def _in_brackets(text: str, pos: int) -> bool:
    return _depth_after(text, 0, pos, 0) > 0


@cache
def manner() -> str:
    """How a unit does its part, between its name and the role verb (also used by the prose
    rule): 按(照)(各自)职责(分工), 根据职能 …, or a word of data/manner_words.txt (依法, 各司其职 …)."""
    return rf"(?:(?:按照?|根据|依照?|依据)(?:各自|部门)?(?:职责|职能)(?:分工)?|{vocab.alternation(vocab.manner_words())})"


@cache
def manner_reach() -> int:
    """The longest manner() word: 按照各自职责分工 (8), or a longer one of manner_words.txt."""
    return max(len("按照各自职责分工"), *map(len, vocab.manner_words()))


@cache
def _verb_tail() -> regex.Pattern:
    """Role verb (data/unit_verbs.tsv, with the manner words and a light verb before it)
    closing a chunk: "…按职责分工牵头", "…按各自职责抓好落实", "…按照职责分工,抓好贯彻落实", "…负责组织实施",
    "…统筹牵头" (a lead's verb of how it leads: no part of the name)."""
    return regex.compile(
        r"(?:等(?:部门|单位)(?:和单位)?|等)?"
        rf"{manner()}{{0,2}},?(?:抓好|做好|推进|组织|统筹)?(?:贯彻)?"
        rf"(?P<verb>{vocab.alternation(vocab.role_verbs())})(?:组织实施|实施|推进|落实)?$"
    )


@cache
def _trailing() -> regex.Pattern:
    """Role words left at the end of a unit once the verb is gone."""
    return regex.compile(rf"(?:{manner()}|牵头|配合|等)+$")


@cache
def _verb_tail_ends() -> tuple[str, ...]:
    """The words a _verb_tail() match can end with: a role verb or the light verb after it."""
    return (*vocab.role_verbs(), "实施", "推进", "落实")


@cache
def _verb_tail_reach() -> int:
    """The longest _verb_tail() match (等部门和单位, two manner words, a light verb, the verb,
    组织实施) and a final newline that `$` may stand before."""
    return len("等部门和单位") + 2 * manner_reach() + 2 + max(map(len, vocab.role_verbs()), default=0) + len("组织实施") + 1


def _closing_verb(s: str) -> regex.Match | None:
    """_verb_tail().search(s), tried only where a match could start: near the end of `s`,
    and only when `s` ends with a word a match ends with (an unanchored search for a
    pattern that ends in `$` tries every position of the string)."""
    if not _may_end_with(s, _verb_tail_ends()):
        return None
    return _verb_tail().search(s, max(0, len(s) - _verb_tail_reach()))


def _closing_verb_at(s: str) -> tuple[int, str] | None:
    """(where, verb) of _closing_verb(s); a verb or a name a hard wrap breaks (市场监管局牵⏎头),
    or the space flat OCR text leaves there (牵 头), is found with it taken out, its place put back."""
    m = _closing_verb(s)
    if "\n" not in s and " " not in s:
        return (m.start(), m.group("verb")) if m else None
    joined, at = without_breaks(s)  # flat OCR text: a space where the line ended (牵 头)
    j = _closing_verb(joined)
    # 按职责分⏎工负责: the verb alone matches as written, the manner words only with the break out
    if j and (m is None or at[j.start()] < m.start()):
        return at[j.start()], j.group("verb")
    return (m.start(), m.group("verb")) if m else None


MAX_WRAPS = 3
"""How many line ends a value or a bracket broken by a fixed-width export may run over."""


def without_breaks(s: str) -> tuple[str, list[int]]:
    """`s` with its line ends and spaces taken out (a hard wrap, or the space flat OCR text
    leaves where a line ended), and the place in `s` of each character kept."""
    at = [i for i, ch in enumerate(s) if ch not in "\n "]
    return "".join(s[i] for i in at), at


@cache
def _trailing_ends() -> tuple[str, ...]:
    """The words a _trailing() match can end with: the ends of manner(), 牵头, 配合, 等."""
    return ("职责", "职能", "分工", *vocab.manner_words(), "牵头", "配合", "等")


def _may_end_with(s: str, ends: tuple[str, ...]) -> bool:
    """Could a pattern anchored by `$` whose matches end in one of `ends` match in `s`?
    (`$` also matches before a final newline.)"""
    return s.endswith(ends) or (s.endswith("\n") and s[:-1].endswith(ends))


# Words before a list item that are no part of its name: connectives, a place modifier before
# 各 (沿线各县(市、区)人民政府 is written 各县(市、区)人民政府: corpus call 17), and a circled number
# that enumerates clauses inside a paragraph (…等产品。①县财政局负责…;②县自然资源局负责…), or
# the words that do so in party and government prose (一是县委宣传部负责…;三是团县委牵头…): no name
# opens with 一是…十是.
# A clause that opens with 会同 (X牵头,会同Y负责) names the subject's partners: no name opens with 会同.
_LEADING = regex.compile(r"^(?:并由|并?会同|由|请|并|和|及|以及|或|(?:沿线|沿江|沿河|沿海|沿边|周边)(?=各)|[①-⑳]|[一二三四五六七八九十]{1,2}是)")
_LEADING_FIRST = frozenset("并由请和及以或会沿周①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳一二三四五六七八九十")  # the first characters of _LEADING: most pieces need no match
_JOINERS = regex.compile(r"以及|会同|和|及|与|或")  # 或: units joined by 或 are two (corpus call 6)
# A government named by its ending alone after 和 (党委和政府) shares the level before it.
_BARE_GOVERNMENT = regex.compile(r"(?:人民)?政府")
# The same after 、 and a party committee (各镇(街道)党(工)委、政府(办事处)), a bracketed variant allowed.
_BARE_GOVERNMENT_NOTED = regex.compile(r"(?:人民)?政府(?:\([^()]{1,6}\))?")
_PARTY_COMMITTEE_END = regex.compile(r"党(?:\([^()]{1,4}\))?工?委(?:\([^()]{1,6}\))?$")
# What may follow 等 and still be a unit (等市直有关部门: kept; 等有关部门和单位: dropped).
_KEPT_AFTER_DENG = regex.compile(r"^(?:和|及|以及)?(?:[省市区县州]直|各|有关|相关)")
# A bare level word that shares the next unit's ending: 各区、县(市)政府; 各市、县〔区〕人民政府.
# 各设区市 / 各地级市: a city level named by its kind (各设区市、县(市、区)人民政府).
_LEVEL_PIECE = regex.compile(r"(?:和|及)?各?(?:设区的?市|地级市|[省市区县州盟旗乡镇]{1,2}级?)(?:\([^()]{1,6}\))?")  # 各市(州)、县…
_LEVEL_START = regex.compile(r"[省市区县州盟旗乡镇]|自治|直辖|特别行政区|新疆生产建设兵团|地区|街道")
# Openings of national and party bodies, names of their own with no level before them.
NATIONAL_OPENINGS = "中国|中共|中央|国家|国务院|共青团|团中央"
# Units that never take a restored level: collectives, national and central bodies, schools,
# and enterprises (vocab.enterprise_endings: a company is not a level's department).
# A unit that opens with a level of its own below the 乡镇 (街道办事处, 社区居委会, 村委会) takes none either.
# A department's own office named from the department (局财务科, 局办公室, 委综合处) is inside the issuer, no level's.
_NO_PREFIX_START = regex.compile(
    rf"^(?:各|全|本|有关|相关|{NATIONAL_OPENINGS}|团|街道|社区|村民|村委|居委|居民委员会|[局厅委](?=\p{{Han}}{{1,8}}(?:科|处|室|股)$))")
# a village's or a community's own committee (苇塘村民委员会) is no body of the level a list elides (W46)
_NO_PREFIX_END = regex.compile(r"(?:大学|学院|学校|政府|村民委员会|居民委员会|村委会|居委会)$")
_LOOSE_NAME = regex.compile(r"[\p{Han}A-Za-z0-9()〔〕、]{3,40}")
# 督促/指导/支持: a body that oversees, guides or funds the list's work names no unit of it ((X督促落实): no role)
_NOT_IN_LOOSE_NAME = ("要", "负责", "牵头", "配合", "会同", "确保", "完成", "开展", "推进", "加强", "时限", "年", "月", "不再", "以下", "均需",
                      "督促", "指导", "支持")
# 由 inside a piece is a clause's (以下各项任务均由X负责落实: a carry note, read by carry.py), not 自由 of a name
_CLAUSE_YOU = regex.compile(r"(?<!自)由")


def _strip(piece: str, start: int, *, place_may_open: bool = False) -> tuple[str, int]:
    """Trim spaces, leading connectives and trailing role words; keep the start offset right.
    A bracket left open or closed at the end goes too: 市商务局(联系人:… (the value stops at
    the next label), 市财政局) (a bracket the list reader did not see open).
    With `place_may_open` (no subject stands before the piece: _no_subject_before), 会同 before a
    level's unit is the county of that name (会同县人民政府), no verb."""
    lead = len(piece) - len(piece.lstrip())
    piece, start = piece.strip().rstrip(_OPEN + " \t"), start + lead
    while piece and piece[-1] in _CLOSE and piece.count(piece[-1]) > piece.count(_OPEN[_CLOSE.index(piece[-1])]):
        piece = piece[:-1].rstrip()
    if len(piece) > MAX_NAME * 3:
        return piece, start  # no name this long: leave it for unit_like to refuse
    m = _LEADING.match(piece) if piece[:1] in _LEADING_FIRST else None
    if m and place_may_open and _PLACE_HUITONG.match(piece):
        m = None
    if m and len(piece) > m.end() + 1:
        rest = piece[m.end():]
        lead = len(rest) - len(rest.lstrip())  # 由⏎市教育局: a wrap after the connective is no part of the name
        piece, start = rest[lead:], start + m.end() + lead
    if not _may_end_with(piece, _trailing_ends()):
        return piece.strip(), start  # the sub of a `$` pattern would try every position for nothing
    return _trailing().sub("", piece).strip(), start


# 会同 opening a unit of a county or city level (会同县人民政府, 会同县财政局): the place 会同 (a county's
# name) when no subject stands before it for the verb 会同 to join (_no_subject_before).
_PLACE_HUITONG = regex.compile(r"会同(?=[县市]\p{Han})")
# What a list item follows when nothing before it can be 会同's subject: another item (A、会同县…), 由
# (由会同县人民政府负责: 由 takes a noun), or the start of the list, a sentence or a clause
# (会同县人民政府牵头,…). After a comma the clause before holds the subject (县交通局牵头,会同县财政局负责:
# 会同 joins 县交通局 to 县财政局), as does a verb before it (县交通局要会同县财政局…).
_NO_SUBJECT_BEFORE = frozenset("、。;:\n(【[由")


def _nothing_to_join_before(text: str, at: int) -> bool:
    """Whether text[:at] ends, blanks aside, at its start or at a _NO_SUBJECT_BEFORE mark (the text
    before is not searched: a long document's start stays unread)."""
    while at > 0 and text[at - 1] in " \t\u3000":
        at -= 1
    return at == 0 or text[at - 1] in _NO_SUBJECT_BEFORE


def place_huitong_at(text: str, at: int) -> bool:
    """The 会同 at `at` of `text` is the county's name opening a unit (…、会同县人民政府; 会同县X局牵头 opening
    a sentence), not the verb: a level's unit follows and nothing before it is a subject to join."""
    return _PLACE_HUITONG.match(text, at) is not None and _nothing_to_join_before(text, at)


def _no_subject_before(text: str, at: int, subject_before: bool) -> bool:
    """Nothing before the list item at `at` of `text` (a list's value) that 会同 could join (see
    _NO_SUBJECT_BEFORE); at the value's start, what the caller saw before it (`subject_before`)."""
    if not text.startswith("会同", at):
        return False
    if not text[:at].strip():
        return not subject_before
    return _nothing_to_join_before(text, at)


def item_is_unit_name(name: str) -> bool:
    """is_unit_name, for a list item that _strip may leave opening with the place 会同 (会同县人民政府):
    a name refuses the verb 会同, so the place's unit is judged by what follows it (县人民政府)."""
    return is_unit_name(name[len("会同"):] if _PLACE_HUITONG.match(name) else name)


def _item_like(name: str) -> bool:
    """unit_like, for a list item as item_is_unit_name reads it."""
    return item_is_unit_name(name) if _PLACE_HUITONG.match(name) else unit_like(name)


# 各县, 各市(州), 各县区: every government of a level, a collective unit in a list.
_LEVEL_COLLECTIVE = regex.compile(r"各[省市区县州盟旗乡镇]{1,3}(?:\([^()]{1,10}\))?")


@lru_cache(maxsize=4096)  # pure in a short string (as are the two prefix readers): the same pieces recur
def unit_like(s: str) -> bool:
    """Looser than is_unit_name, for items of an explicit list (服务商, 各工业园区, 各县)."""
    if is_unit_name(s) or _LEVEL_COLLECTIVE.fullmatch(s):
        return True
    return (bool(_LOOSE_NAME.fullmatch(s)) and not any(w in s for w in _NOT_IN_LOOSE_NAME) and not is_person(s)
            and not ("由" in s and _CLAUSE_YOU.search(s)) and not ("某" in s and _person_name(s)))  # 李某某: a person


def is_person(s: str) -> bool:
    """A person's name with a title (张某某同志, 分管副市长), not a unit."""
    return any(s.endswith(m) for m in vocab.person_markers()) and not is_unit_name(s)


@lru_cache(maxsize=4096)
def admin_prefix(name: str) -> str | None:
    """The level word a unit name opens with (市科技局 -> 市; 市委组织部 -> 市), or None."""
    if name.startswith(vocab.not_prefixes()) or not name.startswith(vocab.admin_prefixes()):
        return None  # (the second test: one call rules out a name with no level word)
    for p in vocab.admin_prefixes():
        if name.startswith(p) and len(name) > len(p) + 1:
            return p
    return None


@lru_cache(maxsize=4096)
def place_prefix(name: str) -> str | None:
    """A place name the unit opens with (浙江XX监管局 -> 浙江), from data/place_names.txt."""
    if not name.startswith(vocab.place_names()):
        return None  # one call rules out most names
    for p in vocab.place_names():
        if name.startswith(p) and len(name) > len(p) + 1:
            return p
    return None


def _needs_prefix(name: str) -> bool:
    return (
        not _NO_PREFIX_START.search(name)
        and not _NO_PREFIX_END.search(name)
        and not named_enterprise(name)
        and not _names_a_place(name)
        and not holds_own_level(name)
        and is_unit_name(name)
    )


_ENTERPRISE_END = regex.compile(r"(?:集团|公司)$")


def _names_a_place(name: str) -> bool:
    """A place name anywhere in the unit (某网杭州供电公司): it needs no carried place."""
    return _place_name().search(name) is not None


@cache
def _place_name() -> re.Pattern:
    """Any place name: one scan of the unit instead of one `in` test per place (the re
    module's literal alternation is several times faster here than the regex module's)."""
    return re.compile(vocab.alternation(vocab.place_names()))

# 东江市税务局, 南湖区城管局: a place of two characters or more with its level word before the body,
# a town's too (柘湾镇卫生院: a township body, never the county's; W46).
# A level character before 级 is an adjective (建设县级物流配送中心: county-level), not a place's level.
# The town's 乡/镇 stands after a place name, not inside 城乡, 城镇, 乡镇 (住房城乡建设厅, 建设乡镇商贸中心).
_OWN_LEVEL = regex.compile(r"\p{Han}{2,10}?(?:[市县区州]|(?<![乡镇城])[乡镇](?![乡镇村]))(?=\p{Han})(?!级)")


def holds_own_level(name: str) -> bool:
    """A unit that names its own place and level (东江市税务局) or a vertical body named by
    its place (东江海关, 人民银行东江市中心支行; data/vertical_bodies.txt): no elided level."""
    openings, endings = vocab.vertical_bodies()
    if name.startswith(openings) or any(name.endswith(e) and len(name) >= len(e) + 2 for e in endings):
        return True
    m = _OWN_LEVEL.match(name)
    if not m or m.group() in vocab.zone_names():  # 高新区管委会: the level's own zone, named by its kind
        return False
    return not name[m.end() - 1 :].startswith(vocab.not_prefixes())  # 农贸市场…: no level

TRADE_NAME_MAX = 3
"""An enterprise named by its trade alone (电力公司, 自来水公司) is the level's own."""


def named_enterprise(name: str) -> bool:
    """An enterprise with a name of its own before its trade (X燃气公司 with a brand or a
    place in X): never the level's department, so an elided level word is not restored."""
    for ending in vocab.enterprise_endings():
        if name.endswith(ending):
            head = name[: -len(ending)]
            return any(len(part) > TRADE_NAME_MAX for part in head.split("、"))
    return False


def split_items(body: str) -> list[tuple[str, int]]:
    """Split one chunk into unit names on 、, 和/及 and 等; offsets are into `body`."""
    tokens: list[tuple[str, int]] = []
    for piece, p_at in split_outside_brackets(body, "、/"):
        for word, w_at in _split_spaces(piece, p_at):
            tokens.extend(_split_joiners(word, w_at))
    out: list[tuple[str, int]] = []
    for piece, p_at in _rejoin_shared_suffix(tokens, body):
        out.extend(_split_deng(piece, p_at))
    return out


_SPACE_RUN = regex.compile(r"[ \t]+")


def _split_spaces(piece: str, start: int) -> list[tuple[str, int]]:
    """'市财政局 市审计局': spaces separate units only where every word is a unit name
    (a space inside one name, 市 财政局, leaves the piece whole)."""
    core = piece.strip()
    if "\n" in core and (lines := _split_lines(piece, start)):
        return lines
    if " " not in core and "\t" not in core:  # what _SPACE_RUN looks for, without a regex call
        return [(piece, start)]
    lead = len(piece) - len(piece.lstrip())
    words: list[tuple[str, int]] = []
    at = depth = seen = 0
    for gap in _SPACE_RUN.finditer(core):
        depth = _depth_after(core, seen, gap.start(), depth)
        seen = gap.start()
        if depth:
            continue  # 市数据中心(张某某 138…): a space inside a bracket splits nothing
        words.append((core[at : gap.start()], start + lead + at))
        at = gap.end()
    words.append((core[at:], start + lead + at))
    if len(words) > 1 and is_unit_name(_strip(words[0][0], 0)[0]):
        # 市人社局 张某某 / 副局长 张伟 / 138…: the contact a list names beside the unit is no unit
        words = [words[0]] + [w for w in words[1:] if not _contact_word(w[0].strip())]
    if all(unit_like(_strip(w, 0)[0]) for w, _ in words):
        return words
    return [(piece, start)]


_LINE_BREAK = regex.compile(r"[ \t]*\n[ \t\n]*")
# An organ named without its level or place ((市)政府, 管委会, 办事处).
_BARE_ORGAN = regex.compile(r"(?:\([^()]{1,6}\))?(?:(?:人民)?政府|管委会|管理委员会|委员会|办事处|办公室)")


# The places of one level (各区(县), 各县(市、区), 各乡镇), which a department's short name may follow.
_EACH_PLACE = regex.compile(r"各(?:[省市区县乡镇街道州旗盟]|\([^()]{1,8}\))+")


def _split_lines(piece: str, start: int) -> list[tuple[str, int]] | None:
    """'市发改委⏎市财政局': a line end between two whole names separates them (one name a line,
    a bracket or cell wrapped between units); a line end inside a name (市发展和改⏎革委员会) does not,
    so each line must be a name of its own, by the strict test."""
    words, at = [], 0
    for gap in _LINE_BREAK.finditer(piece):
        words.append((piece[at : gap.start()], start + at))
        at = gap.end()
    words.append((piece[at:], start + at))
    words = [(w, a) for w, a in words if w.strip()]
    if any(_BARE_ORGAN.fullmatch(w.strip()) for w, _ in words[1:]):
        return None  # 各开发区⏎管委会, 各区县(市)⏎政府: an organ's bare name is no line of its own, the rest of a wrapped one
    if any(_EACH_PLACE.fullmatch(a.strip()) and not b.lstrip().startswith("各") and admin_prefix(b.strip()) is None
           for (a, _), (b, _) in zip(words, words[1:])):
        return None  # 各区(县)⏎人社局: the places' departments (各区(县)人社局) wrapped after the places
    if len(words) > 1 and all(is_unit_name(_strip(w, 0)[0]) for w, _ in words) and not _in_brackets(piece, piece.find("\n")):
        return words
    return None


def _rejoin_shared_suffix(tokens: list[tuple[str, int]], body: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    carry: int | None = None
    for i, (piece, at) in enumerate(tokens):
        start = at if carry is None else carry
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else None
        # (a hard wrap may cut the level word itself: 各⏎市、县(区)人民政府)
        if _LEVEL_PIECE.fullmatch(_unwrapped(piece).strip()):  # 各区、县(市)政府: only before a level's name (not 各市、东江新区管委会)
            shares = _LEVEL_START.match(_strip(nxt or "", 0)[0]) is not None and not OWN_EACH.match(_strip(nxt or "", 0)[0])
        else:
            shares = _shares_next_ending(piece, nxt)
        if shares:
            carry = start
            continue
        if out and _BARE_GOVERNMENT_NOTED.fullmatch(piece.strip()) and _PARTY_COMMITTEE_END.search(out[-1][0]):
            out[-1] = (body[out[-1][1] : at + len(piece)], out[-1][1])  # 各镇(街道)党(工)委、政府(办事处): one name, as 党委和政府
            continue
        out.append((body[start : at + len(piece)], start))
        carry = None
    if carry is not None:
        out.append((body[carry:], carry))
    return out


_HAN_ONLY = regex.compile(r"[\p{Han}]+")  # compiled once: regex.fullmatch(str, …) costs ~7 µs a call


def _shares_next_ending(piece: str, nxt: str | None) -> bool:
    """X省检修、建设公司: a piece with no ending of its own shares the next unit's."""
    if nxt is None:
        return False  # the list's last piece (about half of all pieces): no next unit, nothing to strip
    p = _strip(piece, 0)[0]  # 由县应急局: the piece's name, without the 由 / 并由 / 请 that opens the list
    return (
        2 <= len(p) <= 8
        and not is_unit_name(p)
        and p not in vocab.party_departments()  # 组织部、财政厅: a name of its own (组织 fails is_unit_name)
        and bool(_HAN_ONLY.fullmatch(p))
        and is_unit_name(_strip(nxt, 0)[0])
        and not admin_prefix(_strip(nxt, 0)[0])  # 市海关、市税务局: a level opens a unit of its own
        and not any(w in p for w in _NOT_IN_LOOSE_NAME)
        and not _strip(nxt, 0)[0].startswith(p[:2])  # 东江机场、东江港务局: the place again opens a name of its own
    )


def _split_deng(piece: str, start: int) -> list[tuple[str, int]]:
    """'A等市直有关部门' -> A and 市直有关部门; 'A等有关部门' -> A (等 inside a name stays)."""
    if "等" not in piece:  # the common case: nothing to split
        return [(piece, start)]
    parts = split_outside_brackets(piece, "等")
    if len(parts) == 1:
        return [(piece, start)]
    head, head_at = parts[0]
    if not is_unit_name(_strip(head, 0)[0]):
        return [(piece, start)]
    out = [(head, start + head_at)]
    for tail, at in parts[1:]:
        if _KEPT_AFTER_DENG.match(tail.strip()):
            out.append((tail, start + at))
    return out


def _split_joiners(piece: str, start: int) -> list[tuple[str, int]]:
    """Split on 和/及/会同 only where both sides are units (文化和旅游部 stays whole)."""
    if "和" not in piece and "及" not in piece and "与" not in piece and "会同" not in piece and "或" not in piece:
        return [(piece, start)]  # no joiner (most pieces): no scan for one
    out: list[tuple[str, int]] = []
    while len(piece) <= MAX_NAME * 2:
        for m in _JOINERS.finditer(piece):
            if _in_brackets(piece, m.start()):
                continue
            left = _strip(piece[: m.start()], 0)[0]
            right = _strip(piece[m.end():], 0)[0]
            if _BARE_GOVERNMENT.fullmatch(right):
                continue  # 各县(市、区)党委和政府: the government of the left's level, one name
            if m.group() == "或" and not is_unit_name(right):
                continue  # 或 joins a unit to anything (政府或其授权的部门): split only between two names
            if is_unit_name(left) and (unit_like(right) or _LEVEL_PIECE.fullmatch(right)):
                out.append((piece[: m.start()], start))
                piece, start = piece[m.end():], start + m.end()
                break
        else:
            break
    out.append((piece, start))
    return out


def read_list(
    text: str,
    offset: int,
    role: str | None,
    label: str | None,
    source: str,
    *,
    first_is_lead: bool = False,
    whole: bool = False,
    subject_before: bool = False,
) -> list[Found]:
    """Units of one list starting at `offset`; `role` is the label's role, None when unlabelled.
    `subject_before`: a clause before the list may hold a subject for a 会同 that opens it (_strip).

    In an unlabelled list only units that a role verb closes count ("A、B负责"). With
    `whole`, the text must be a list and nothing else: any piece that is no unit gives [].
    """
    verbs = vocab.role_verbs()
    items: list[tuple[str, int, str]] = []  # (raw name, offset in text, role or "")

    def close(pending: list[tuple[str, int]], verb: str) -> None:
        verb_role = verbs.get(verb, "label")
        item_role = (role or "responsible") if verb_role == "label" else verb_role
        items.extend((name, p_at, item_role) for name, p_at in pending)
        pending.clear()

    for clause, c_at in split_outside_brackets(text, ";。"):
        pending: list[tuple[str, int]] = []  # units waiting for the verb that closes them
        head = _verb_label().match(clause)  # (牵头:A;配合:B): a role verb used as a label
        if head:
            clause, c_at = clause[head.end():], c_at + head.end()
        for chunk, k_at in split_outside_brackets(clause, ","):
            if role and pending and not head:  # 责任单位:A、B,A牵头: a later group's verb is its own
                items.extend((name, p_at, "") for name, p_at in pending)
                pending.clear()
            at = c_at + k_at
            body = chunk.rstrip()
            m = _closing_verb_at(body)
            if m:
                body = body[: m[0]]
            for name, p_at in split_items(body):
                inner = _closing_verb_at(name.rstrip())  # A牵头、B配合: a verb closes an item inside the chunk
                pending.append((name[: inner[0]] if inner and inner[0] else name, at + p_at))
                if inner and inner[0]:
                    close(pending, inner[1])
            if m:
                close(pending, m[1])
        if head:
            close(pending, head.group("verb"))
        items.extend((name, p_at, "") for name, p_at in pending)
    return _finish(text, offset, items, role, label, source, first_is_lead, whole, subject_before)


@per_text
def _lists_read(document: str) -> dict:
    """The lists read in `document` so far (read_list_in), for the tasks and units stages."""
    return {}


def forget_lists_read() -> None:
    """Drop the lists read so far: once the units stage is done no stage reads them (memory)."""
    _lists_read.forget()  # type: ignore[attr-defined]


def read_list_in(
    document: str,
    value: str,
    offset: int,
    role: str | None,
    label: str | None,
    source: str,
    *,
    first_is_lead: bool = False,
    whole: bool = False,
) -> list[Found]:
    """read_list(value, offset, …) for a value that stands in `document` at `offset`.

    A plan repeats its unit lists (the same 责任单位 under many items), and the tasks stage
    reads some that the units stage reads again: each distinct list is read once per
    document, and a repeat costs a lookup and moving its spans to its own offset.
    """
    memo = _lists_read(document)
    # One string, not a 6-tuple: the memo goes when the units stage ends, and its tuples would stay in
    # the interpreter's free list to the end of the parse (memory: a dense notice's peak). The value
    # comes last, after the vocabulary's words, which hold no \x1f: no two keys run together.
    subject_before = value.startswith("会同") and not _nothing_to_join_before(document, offset)
    key = f"{first_is_lead:d}{whole:d}{subject_before:d}{role}\x1f{label}\x1f{source}\x1f{value}"
    found = memo.get(key)
    if found is None:
        found = memo[key] = read_list(value, 0, role, label, source, first_is_lead=first_is_lead, whole=whole,
                                      subject_before=subject_before)
    return [f if f.span is None else Found(f.name, f.role, f.label, f.source, (f.span[0] + offset, f.span[1] + offset)) for f in found]


@cache
def _verb_label() -> regex.Pattern:
    """A role verb used as a label: (牵头:A;配合:B)."""
    return regex.compile(rf"[ \t]*(?P<verb>{vocab.alternation(vocab.role_verbs())})[ \t]*:")

_ROLE_MARK = regex.compile(r"\((?P<word>[^()]{2,12})\)$")
# A contact aside after a name: a phone number or the words for one (联系人: is a person label).
_CONTACT = regex.compile(r"\([^()]{0,30}(?:电话|手机|联系|\d{7})[^()]{0,30}\)$")
# A short name declared in brackets after a body's full name: (以下简称市发改委,下同), (简称“市发改委”).
SHORT_NAME = regex.compile(r"\((?:以下|下文|下)?简称:?[“\"]?(?P<short>[^()“”\",;。、]{2,20})[”\"]?(?:,[^()]{0,8})?\)")
# A time limit in brackets after a unit: 各乡镇人民政府(3月底前完成), 市财政局(2025年6月底前).
_TIME_ASIDE = regex.compile(r"\((?:[0-9]{4}年)?(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?|[一二三四]季度|年底|年内|上半年|下半年)[^()]{0,8}\)$")
# A bracket of people's names after a unit: 市数据中心(张某某), (李某、王某某).
_PERSON_BRACKET = regex.compile(r"\((?P<people>[\p{Han}]{2,8}(?:[、,][\p{Han}]{2,8}){0,3})\)$")


def person_aside(name: str) -> regex.Match | None:
    """A bracket after a unit's name holding only people's names (a family name and one or two
    more characters, or a 某 placeholder), each maybe with a title (张某某副局长, 王局长), none
    of them a unit or a role word."""
    m = _PERSON_BRACKET.search(name)
    if not m or m.start() == 0 or not is_unit_name(name[: m.start()]):
        return None
    return m if all(_person_name(p) for p in regex.split(r"[、,]", m.group("people"))) else None


_PHONE = regex.compile(r"[\d-]{7,}")


def _contact_word(word: str) -> bool:
    """A word after a space beside a unit that names its contact: a person (two characters will do
    here: 张伟), a title alone (副局长) or a phone number."""
    return bool(_PHONE.fullmatch(word)) or _person_name(word) or (
        len(word) <= 4 and word.startswith(vocab.surnames()) and _HAN_ONLY.fullmatch(word) is not None
        and not is_unit_name(word) and not vocab.label_role(word) and word not in vocab.role_verbs()
        and word not in vocab.manner_words()) or (len(word) <= 4 and word.endswith(vocab.person_markers()) and not is_unit_name(word))


def _person_name(person: str) -> bool:
    """A family name and one or two more characters, or a 某 placeholder, maybe with a title
    (张某某副局长, 王局长), and no unit or role word."""
    title = next((t for t in vocab.person_markers() if person.endswith(t)), "")
    person = person[: len(person) - len(title)].removesuffix("副") if title else person
    if not (person.startswith(vocab.surnames()) and (len(person) <= 3 or "某" in person)):
        return False
    if not title and (len(person) < 2 or (len(person) == 2 and "某" not in person)):
        return False  # 市自然资源局(林业), 市体育局(田径): a two-character word, no name without 某 or a title
    return not (is_unit_name(person) or vocab.label_role(person) or person in vocab.role_verbs())


def short_name_at_end(name: str) -> regex.Match | None:
    """The short-name aside (以下简称…) that ends `name`, if any."""
    at = name.rfind("(")
    return SHORT_NAME.fullmatch(name, at) if at > 0 and "简称" in name else None


def _role_mark(name: str) -> tuple[str, str | None]:
    """'市教育局(牵头)' -> ('市教育局', 'lead'): a role verb or label in brackets after a name
    (牵头, 配合, 牵头单位, 按职责分工负责). The role is 'label' for a verb that keeps the
    list's role (负责); None without a mark."""
    if not _may_end_with(name, (")",)):
        return name, None
    contact = _CONTACT.search(name) or person_aside(name) or short_name_at_end(name) or _TIME_ASIDE.search(name)
    if contact:  # 市数据中心(张某某,电话:…), X(以下简称Y), X(3月底前完成): a contact, short name or time is no part of the name
        name = name[: contact.start()].rstrip()
    m = _ROLE_MARK.search(name)
    if not m:
        return name, None
    word = m.group("word")
    verb = _verb_tail().fullmatch(word)
    role = vocab.role_verbs().get(verb.group("verb"), "label") if verb else vocab.label_role(word)
    if role not in vocab.UNIT_ROLES and role != "label":
        return name, None
    return name[: m.start()].rstrip(), role


def _finish(
    text: str,
    offset: int,
    items: list[tuple[str, int, str]],
    role: str | None,
    label: str | None,
    source: str,
    first_is_lead: bool,
    whole: bool = False,
    subject_before: bool = False,
) -> list[Found]:
    out: list[Found] = []
    levels = LevelCarry()
    # A unit marked in brackets (市教育局(牵头)) makes an unlabelled list a list of units:
    # the units left unmarked are responsible.
    marked = []  # each item stripped and its mark read once (the default needs every mark first)
    for raw, at, item_role in items:
        name, at = _strip(raw, at, place_may_open=_no_subject_before(text, at, subject_before))
        marked.append((*_role_mark(name), at, item_role))
    default = role or ("responsible" if any(mark for _, mark, _, _ in marked) else None)
    for name, mark, at, item_role in marked:
        if mark:  # the mark names this unit's own role, over the list's
            item_role = mark if mark != "label" else (item_role or default)
        if whole and name and ((not item_role and default is None) or not _item_like(_unwrapped(name))):
            return []
        if not item_role:
            if default is None:
                continue  # unlabelled list: only units a verb closes are assigned
            item_role = default
        name = _unwrapped(name)
        if not name or not _item_like(name):
            continue
        span: Span | None = (offset + at, offset + at + len(name)) if text[at : at + len(name)] == name else None
        full = levels.restore(name)
        if full is not name:
            name, span = full, None
        out.append(Found(name, item_role, label, source, span))
    if first_is_lead and out and all(f.role == "responsible" for f in out):
        out[0] = replace(out[0], role="lead")
    return out


# A space inside a name that a list did not split on (省财 政厅): where flat OCR text had a line end.
_SPACE_IN_NAME = regex.compile(r"(?<=\p{Han})[ \t]+(?=[\p{Han}(])")
# …or the page number it keeps where a printed page ended (省财 — 5 — 政厅).
_PAGE_MARK = regex.compile(rf"(?<=\p{{Han}})[ \t]+{PAGE_NUMBER}[ \t]+(?=[\p{{Han}}(])")


def _unwrapped(name: str) -> str:
    """A name broken by a hard line wrap (市发展和改⏎革委员会), or by the space flat OCR text
    leaves there (省财 政厅), read whole; its span is lost."""
    if "\n" in name:
        name = name.replace("\n", "")
    if " " not in name and "\t" not in name:
        return name
    return _SPACE_IN_NAME.sub("", _PAGE_MARK.sub("", name))


# The endings of a level's departments, short or full (人社局, 财政厅, 卫健委, 政府办, 委员会).
_DEPARTMENT_END = regex.compile(r"(?:局|厅|委|办|室|署|委员会)$")
# The party committee of a level (市 -> 市委): a party department after a unit of that level
# (市人社局、组织部) is the committee's.
_PARTY_LEVELS = frozenset("省市县区州旗盟")


_EACH_LEVEL = regex.compile(r"各(?:设区的?市|[省市区县州盟旗乡镇]{1,2})(?:\([^()]{1,6}\))?")


class LevelCarry:
    """The elided level of a list (市商务局、科技局 -> 市科技局), read unit by unit: the level
    word of the latest unit that has one goes before a later unit without one."""

    __slots__ = ("prefix", "place", "party", "across")

    def __init__(self, across: bool = False) -> None:
        # Across lists (carry_levels) only a department's short name takes the level, and no
        # enterprise takes a place: 县交通局牵头,东江工务段配合 keeps 东江工务段.
        self.across = across
        self.prefix: str | None = None
        self.place: str | None = None  # X市金控集团、产业投资集团: the place the first enterprise names
        self.party: str | None = None  # 市委组织部、宣传部: the level with its 委, for a party body after it

    def restore(self, name: str) -> str:
        """`name` with its elided level or place restored, else `name` itself (the same object)."""
        own = admin_prefix(name)
        if own:
            self.prefix, self.place = own, None
            self.party = own + "委" if name.startswith("委", len(own)) and not name.startswith("委员会", len(own)) else None
        elif own_place := place_prefix(name):  # read only for a unit with no level of its own
            self.prefix, self.place = None, (own_place if _ENTERPRISE_END.search(name) else None)
        elif name.startswith(("各", "全")):
            # 各区(县)人社局、财政局: each level's departments, the level carried as 各区(县)
            each = _EACH_LEVEL.match(name) if _DEPARTMENT_END.search(name) else None
            self.prefix, self.place, self.party = (each.group() if each else None), None, None
        elif self.prefix and name.startswith(vocab.party_departments()):  # 组织部 (组织 opens clauses too: no is_unit_name)
            party = self.party or (self.prefix + "委" if self.prefix in _PARTY_LEVELS else None)
            if party:
                return party + name
            if _needs_prefix(name):
                return self.prefix + name
        elif self.prefix and _needs_prefix(name) and (not self.across or _DEPARTMENT_END.search(name)):
            return self.prefix + name
        elif self.across:
            return name
        elif self.place and _ENTERPRISE_END.search(name) and not _NO_PREFIX_START.search(name) and not _names_a_place(name):
            return self.place + name
        return name


def first_takes(found: list[Found], first: str, rest: str) -> list[Found]:
    """A list under a two-role label (牵头单位/配合单位) read in its second role: its first unit
    takes the first role, unless a mark gave a unit a role of its own."""
    if not found or any(f.role != rest for f in found):
        return found
    return [replace(found[0], role=first), *found[1:]]


def carry_levels(found: list[Found]) -> list[Found]:
    """An elided level carried across lists read one by one (the labels of one bracket or of
    one task's lines, the clauses of one sentence): (牵头单位:省教育厅;配合单位:人社厅) gives
    省人社厅. Units already whole are left as they are."""
    if len(found) < 2:
        return found
    levels = LevelCarry(across=True)
    out = []
    for f in found:
        full = levels.restore(f.name)
        out.append(f if full is f.name else Found(full, f.role, f.label, f.source, None))
    return out
