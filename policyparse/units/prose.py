"""Rule `prose`: roles named in a task's running text.

- "X牵头" / "由X牵头" (lead), "X配合" / "X协助", and "A、B等参与" or a clause that ends
  "A、B参与" / "A协同" (cooperating), where X is an organisation named right before the
  verb; "A会同B牵头" makes B the lead.
- Sector bodies named without a level (组织部门, 民政部门, 公安机关; data/sector_names.txt)
  count as units where they open the clause; adverbs (密切/积极/主动) may stand before the
  verb, and a previous role clause in the sentence (X牵头抓总、Y密切配合) ends at its 、.
- A duty clause: units that open a sentence or the item and are followed at once by 负责
  ("民政部门负责指导…", "A、B按职责分工负责", "A会同B负责"), units after 由 ("…,由X负责"),
  or units with a level that open a clause after a comma ("…,市XX室具体负责") are
  responsible; after a comma, bodies with no level of their own go with a first unit that
  has one ("…,各地住房城乡建设部门会同城市管理部门负责"). 协同/联合/商 join a subject to its
  partners as 会同 does; a clause may open in a bracket ("(市XX局负责统筹)") or go on over a
  line end ("A、B、⏎C按职责分工负责").
- A label joined by 为/是: "X为牵头单位", "牵头单位为X", "X是…的责任主体".
- A bare 负责 after a comma whose sentence opens with units and 要/应 ("各设区市人民政府要加强
  领导,负责…"): the subject is responsible, unless a body is set up between ("…要成立专班,负责…").

Not roles: 会同 alone, a 负责 with no subject ("…设在市XX局,负责统筹…"), generic bodies
after a comma ("…,相关部门分工负责"), 配合 with the body being helped after it
("积极配合省领导小组办公室": the subject 积极 is no unit), role clauses that describe a
noun ("建立X牵头、Y参与的工作机制"), people (负责人, 市领导).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

import regex

from ..text import wraps
from ..text.orgs import is_unit_name
from ..text.prefilter import finditer_from_first
from ..text.textcache import per_text
from . import vocab
from .canonical import declared_parties
from .lists import ROLE_RANK, SHORT_NAME, Found, LevelCarry, admin_prefix, inside, item_is_unit_name, manner, manner_reach, place_huitong_at, read_list_in, split_outside_brackets, without_breaks


# The body a led list of units forms, named right after 组成 (联合执法组, 工作专班, 督查队): its name
# ends the clause as well as a mark does (R22).
_FORMED_BODY = r"\p{Han}{0,8}?(?:组|专班|队)"


@cache
def _verb() -> regex.Pattern:
    """The verb, with adverbs that may stand between a unit and it; not the label words
    牵头单位/配合部门 and not 牵头领导 (a person). Which verbs, and where: unit_verbs.tsv's
    prose column (`end`: only closing the clause, or after 等; `led`: closing a clause after a 牵头 clause,
    or before the name of the body the units form: 由A牵头,B、C组成联合检查组,开展…)."""
    anywhere, at_end = vocab.wrapped_alternation(vocab.prose_verbs("any"), True), vocab.wrapped_alternation(vocab.prose_verbs("end"), True)
    led = vocab.wrapped_alternation(vocab.prose_verbs("led"), True)
    return regex.compile(
        rf"(?:{manner()}|密切|积极|主动){{0,2}}"
        rf"(?P<verb>{anywhere}|(?<=等)(?:{at_end})|(?:{at_end})(?=[,。;\n)]|$)"
        rf"|(?<=牵头,[^。;:\n]{{2,80}})(?:{led})(?=(?:{_FORMED_BODY})?(?:[,。;\n)]|$)))(?!单位|部门|领导|作用|责任|的)"
    )


# The anchors below are literal alternations, which the re module finds faster than regex.


@cache
def _verb_word() -> re.Pattern:
    """The verbs of _verb() alone: every _verb() match holds one, at most _verb_reach() after its start."""
    return re.compile(vocab.wrapped_alternation(vocab.prose_verbs("any") + vocab.prose_verbs("end") + vocab.prose_verbs("led"), True))


@cache
def _verb_reach() -> int:
    """How far a _verb() match may start before its verb: two manner words or adverbs."""
    return 2 * max(manner_reach(), len("密切"))


ATTRIBUTE_REACH = 200
"""How far an attribute's clauses may run after its verb. The bound also keeps each match cheap: the
regex module first looks for the pattern's required 的 up to the end it is given, which on a long
flat text without one is a scan to the end for every verb (quadratic)."""


@cache
def _attribute() -> regex.Pattern:
    """Role clauses that describe a noun (建立X牵头、Y参与的工作机制) assign no role: the verb
    is followed by more such clauses and then 的, a PDF export's hard wrap maybe between (配合⏎的)."""
    return regex.compile(rf"(?:\n?、[^,。;:、]{{1,30}}?(?:{vocab.alternation(vocab.role_verbs())}))*\n?的")


# What may stand between the previous clause and the unit list.
_CLAUSE_BREAK = regex.compile(r"(?r)[,。;:!?\n“”]")  # (?r): searched from the end, for the last break
# 此项工作由X牵头: the work named as the topic before 由 is no part of the list.
_LEAD_IN = regex.compile(r"^(?:(?:此项|该项|本项|这项|上述|具体|日常)?(?:工作|任务)(?=并由|由))?(?:并由|由|请|并|要|同时|其中|此外)")
# Verbs by which a plan brings bodies in to take part (邀请X参与, 组织X配合), before the list.
_INVITING = regex.compile(r"邀请|组织|动员")
_WRAPPED_CHAR = regex.compile(r"[\p{Han}、]")  # either side of a hard wrap: a name's part, or the list's separator
_NOT_A_ROLE = regex.compile(r"会同|协同|同|与|和|向|为|对")
_MAX_RUN = 300


def _run_before(text: str, verb_at: int, floor: int) -> tuple[str, int]:
    """The text between the previous clause break and the verb."""
    lo = max(floor, verb_at - _MAX_RUN)
    last = _CLAUSE_BREAK.search(text, lo, verb_at)
    if last and last.group() == "\n" and _hard_wrap(text, last.start(), lo) and not _after_caption(text, last.start(), verb_at):
        last = _CLAUSE_BREAK.search(text, lo, last.start())
    start = last.end() if last else lo
    return text[start:verb_at], start


def _after_caption(text: str, nl: int, verb_at: int) -> bool:
    """The line before `nl` is a numbered caption alone ((三)加强督导评估, Word's heading paragraph)
    and the line after opens with a unit (教育督导局牵头): the caption ends there, it wraps nothing;
    unless a unit with a level starts in the caption and goes on over the line end (…由市发展和改⏎革委员会牵头)."""
    line_at = text.rfind("\n", max(0, nl - _CAPTION_REACH), nl) + 1  # a caption is short: no longer search
    if (line_at == 0 and nl > _CAPTION_REACH) or not _CAPTION_LINE.fullmatch(text, line_at, nl):
        return False
    first = split_outside_brackets(text[nl + 1 : verb_at], "、")[0][0]
    first = first[:-1] if first.endswith("等") else first
    if not _is_unit(first):
        return False
    start = _embedded_unit_start(text[line_at:nl] + first, text)
    return start is None or start >= nl - line_at


def _hard_wrap(text: str, nl: int, floor: int) -> bool:
    """The line end at `nl` breaks a list (由市发展和改⏎革委员会牵头, 市商务局、⏎市公安局配合):
    a character of a name or a 、 on both sides."""
    if nl <= floor or nl + 1 >= len(text):
        return False
    return _WRAPPED_CHAR.match(text, nl - 1) is not None and _WRAPPED_CHAR.match(text, nl + 1) is not None


@cache
def _sectors() -> tuple[str, ...]:
    return tuple(vocab._lines("sector_names.txt"))


# Every level at once before a sector's bodies (地方各级发展改革部门, 县级以上地方各级民政部门).
_ALL_LEVELS = regex.compile(r"(?:县级以上)?(?:地方)?各级")


def is_sector_body(name: str) -> bool:
    """组织部门 / 民政部门 / 公安机关: a sector's bodies named without a level, or at every level."""
    if not _SECTOR_BODY.fullmatch(name):
        return False
    levels = _ALL_LEVELS.match(name)
    return name[levels.end() if levels else 0 : -2] in _sectors()


def _is_unit(name: str) -> bool:
    return item_is_unit_name(name) or is_sector_body(name) or name in vocab.party_departments()


# A previous role clause in the same sentence: 宣传部门牵头抓总、财政部门密切配合.
_PREVIOUS_ROLE = regex.compile(r"(?:牵头|配合|负责)[\p{Han}]{0,4}、")


def _trim_to_unit(run: str, notice: str = "") -> int | None:
    """Where the unit list in `run` begins: after 由, or at the last level-prefixed unit (not
    inside a name that opens with a place whose government the `notice` text names: 东江市税务局)."""
    m = _LEAD_IN.match(run)
    if m:
        return m.end()
    first = split_outside_brackets(run, "、")[0][0]
    first = first[:-1] if first.endswith("等") else first
    if "\n" not in first and " " not in first:
        return _trim_first(first, notice)
    # a name a hard wrap breaks (市⏎商务局), or flat OCR text's space where a line ended (省生态
    # 环境厅), is read whole, as the list reader does; the cut is then put back at its place in the run
    joined, at = without_breaks(first)
    cut = _trim_first(joined, notice)
    return cut if not cut else at[cut]


def _trim_first(first: str, notice: str = "") -> int | None:
    """Where the unit list begins in its first piece (see _trim_to_unit)."""
    invite = _INVITING.match(first)  # 邀请东江大学、市科协参与: the plan brings them in
    if invite and _is_unit(first[invite.end():]):
        return invite.end()
    if item_is_unit_name(first) and (not _embedded_unit_start(first, notice) or first.startswith(vocab.vertical_bodies()[0])):
        return 0
    if is_sector_body(first) or first in vocab.party_departments():  # 组织部、县文旅局配合
        return 0
    return _embedded_unit_start(first, notice)


def _embedded_unit_start(name: str, notice: str = "") -> int | None:
    """Start of the longest level-prefixed unit at the end of `name` (宣传报道组省广播电视局)."""
    if admin_prefix(name) and is_unit_name(name):
        return None  # the name is one unit from its level on: 市城乡建设局, not 市城 + 乡建设局
    for i in range(1, len(name) - 1):
        tail = name[i:]
        if admin_prefix(tail) and is_unit_name(tail):
            head = name[:i]
            if _inside_place_name(head, tail, notice):
                continue
            if _NOT_A_ROLE.search(head[-2:]):
                return None
            return i - 1 if head.endswith("各") else i  # 各 belongs to the name: 各县(市、区)人民政府
    return None


def _inside_place_name(head: str, tail: str, notice: str = "") -> bool:
    """The level character that opens `tail` closes a word of the name before it, not a level:
    the 区 of a zone's kind (东江经济技术开发|区管委会; data/zone_names.txt), the 州 of a
    two-character city name (滨|州高新技术产业开发区管委会), or the level of a place whose government
    the notice names (东江|市税务局 where 东江市人民政府 stands in the `notice` text)."""
    if tail.startswith("区") and (head + "区").endswith(tuple(vocab.zone_names())):
        return True
    if head.endswith("设") and tail.startswith(("区市", "区的市")):
        return True  # 各设区市人民政府, 设区的市: a level of city (cities divided into districts), no 区
    if len(head) == 1:
        return tail.startswith("州")
    return len(head) <= 4 and bool(notice) and (head + tail[0]) in _governed_places(notice)


_GOVERNMENT = regex.compile(r"[\p{Han}]{2,5}?[省市县区州旗盟](?=人民政府)")


@per_text
def _governed_places(text: str) -> frozenset[str]:
    """Every place whose government the text names, with its level (东江市 of 东江市人民政府),
    and its tails of two to four characters before the level (a 市人民政府 after 东江省 too)."""
    out = set()
    for m in _GOVERNMENT.finditer(text):
        name = m.group()
        out.update(name[i:] for i in range(len(name) - 2))
    return frozenset(out)


# The number that opens an item: (二), 二、, 1., 2.3, (3), ①.
_ITEM_NUMBER = regex.compile(
    r"[ \t]{0,4}(?:\d{1,3}(?:\.\d{1,3}){1,3}\.?|\(?[一二三四五六七八九十百零\d]{1,4}[)、.]|[①-⑳]|第[一二三四五六七八九十百零\d]{1,4}条)[ \t]{0,2}"
)
# 有关部门和单位: one generic body. Up to 12 before 部门: a level phrase and the longest sector's name
# (地方各级 + 人力资源社会保障).
_SECTOR_BODY = regex.compile(r"[\p{Han}]{2,12}(?:部门|机关)(?:[和及]单位)?")
# 负责 (负总责: overall; 负⏎责 cut by a hard wrap) closing a duty clause; not 负责人 / 负责同志 (people) or 负责的 (an attribute).
# 各负其责 / 各司其职: each of the list answers for its part; 落实 after a manner of duty (A、B按职责分工抓好落实,
# A、B按照职责分工,抓好贯彻落实)
# reads as 负责 (a 落实 with no such manner, 贯彻落实…, names nobody), and so does a closing
# 具体落实 / 具体实施 / 组织实施 (…,各乡镇人民政府具体落实。: the bodies that carry the work out;
# in X指导,Y组织实施 Y is responsible, as 实施单位 is: call 22).
_DUTY_VERB = regex.compile(
    r"负(?:\n[ \t\u3000]{0,8})?总?(?:\n[ \t\u3000]{0,8})?责(?!人|同志|的)|各负其责|各司其职|(?:(?<=职责|职能|分工),?(?:抓好|做好)?(?:贯彻)?落实|(?:具体|组织)(?:落实|实施))(?![^,。;]{0,2}[\p{Han}])"
)
# What ends the clause before 负责: a comma ends a clause, the others a sentence.
_DUTY_BREAK = regex.compile(r"(?r)[,。;:!?\n]")  # (?r): searched from the end, for the last break
_MAX_DUTY_LIST = 90
_PAGE_END_BLANK = " " * 20  # assign._without_page_furniture's blank: flat OCR text's spaces are single
# A line that is a numbered caption and nothing more: no clause or sentence mark after its number.
_CAPTION_LINE = regex.compile(rf"{_ITEM_NUMBER.pattern}[^,。;:!?\n]{{1,40}}")
_CAPTION_REACH = 60  # longer than any _CAPTION_LINE
# Generic heads (相关部门, 有关单位): a body only where a level or 各 goes with them.
_GENERIC_HEAD = regex.compile(r"(?:部门|单位|机构|机关)$")


def duty_sentences(text: str, start: int, end: int, skip: list[tuple[int, int]]) -> list[Found]:
    """Units named as the subject of 负责, which are responsible for the task:

    - a list that opens a sentence or the item: 发展改革部门负责…; A会同B负责 (both);
      各县(市、区)政府、市直各部门按职责分工负责;
    - a list after 由: …,由市教育局负责;
    - a list that opens a clause after a comma, where every unit is a named body or has a
      level (…,市政府督查室具体负责), not a generic one (…,相关部门分工负责).
    """
    out: list[Found] = []
    number = _ITEM_NUMBER.match(text, start, end)
    floor = number.end() if number else start
    skipped = inside(skip)
    for verb in _DUTY_VERB.finditer(text, floor, end):
        if skipped(verb.start()) or _attribute().match(text, verb.end(), min(end, verb.end() + ATTRIBUTE_REACH)):
            continue
        verb_at = short_name_aside(text, verb.start(), floor)  # X(以下简称Y,下同)负责: the aside is no part of the list
        run_at, brk = _clause_start(text, floor, verb_at)
        if run_at is None or run_at == start:
            continue  # no list is this long; or an unnumbered task's opening unit (assign._duty_line)
        if run_at == verb_at or _BARE_DUTY.fullmatch(text, run_at, verb_at):  # a bare 负责 (…,负责统筹…,
            if brk == ",":  # …,并负责…): no list before it and no 由 to read, unless the sentence's
                out.extend(_subject_of(text, floor, run_at - 1))  # subject owes it (X要加强领导,负责…)
            continue
        alone = _duty_list(text, run_at, brk, verb_at, verb.group())
        if brk == "\n" and _hard_wrap(text, run_at - 1, floor):  # 市民政局、市财政局、⏎市人社局按职责分工负责:
            wrapped_at, wrapped_brk = _clause_start(text, floor, run_at - 1)  # the list goes on over the line
            # only a list begun on the line before (its 、) or a line that names no one alone: a heading
            # over a duty line (5.1 灾后恢复⏎事发地县级以上人民政府负责…) is no part of the name under it
            begun = wrapped_at is not None and "、" in text[wrapped_at : run_at - 1]
            found = _duty_list(text, wrapped_at, wrapped_brk, verb_at, verb.group()) if begun or (wrapped_at is not None and not alone) else None
            if found:  # end, read whole; else the line opens the clause
                out.extend(found)
                continue
        out.extend(alone or ())
    return out


def _duty_list(text: str, run_at: int, brk: str | None, verb_at: int, verb: str) -> list[Found] | None:
    """The units of the clause text[run_at:verb_at] that `verb` (负责 …) closes, after the break `brk`."""
    run_at = _inside_open_bracket(text, run_at, verb_at)  # (市民政局负责统筹协调): the bracket opens the list
    by_you = _BY_YOU.match(text, run_at, verb_at)  # 由各市、县(区)人民政府负责: the list opens after 由, as
    run_at = by_you.end() if by_you else run_at  # 由X牵头 is read (_trim_to_unit), its shared level kept
    party = _party_duty(text, run_at, verb_at, verb)
    if party:
        return party  # 乙方负责…, 甲方会同县应急管理局负责…: the parties the agreement declares
    after_comma = brk == "," and not by_you  # …,由公安机关负责: named by 由, as the 由 reading below
    found = _read_with_partners(text, run_at, verb_at, verb)
    if verb == "负总责" and _party_led(found):
        return None  # a party committee's 负总责 is its leadership, no role (corpus call 16)
    if found and all(_duty_unit(f.name, after_comma) for f in found):
        return found
    if after_comma and _with_partners(text, run_at, verb_at, found):
        return found  # …,各地住房城乡建设部门会同城市管理部门负责: the partners share the subject's level
    by = text.rfind("由", run_at, verb_at)  # X由A负责: A is named, whatever opens the clause
    if by >= 0:
        found = read_list_in(text, text[by + 1 : verb_at] + verb, by + 1, None, None, "prose", whole=True)
        if found and all(_duty_unit(f.name, False) for f in found):
            return found
    return None


def _parties_in(text: str, run: str, run_at: int, verb: str, role: str) -> list[Found] | None:
    """The bodies of a role verb's run (乙方牵头, 由甲方配合, 甲方和乙方协助) where it names a party an agreement
    declares, after a lead-in (由, 请): _party_subject's reading, in the verb's role."""
    parties = declared_parties(text)
    if not parties:
        return None
    lead_in = _LEAD_IN.match(run)
    start = run_at + (lead_in.end() if lead_in else 0)
    return _party_subject(text, start, run_at + len(run), verb, parties, role)


def _party_duty(text: str, run_at: int, verb_at: int, verb: str) -> list[Found] | None:
    """A duty clause whose subject names a party an agreement declares (乙方负责…, 甲方、乙方共同负责,
    乙方和县应急管理局负责, 乙方会同X负责): the body declared, named as its declaration writes it (its
    span there), beside the units listed with it and the partners after 会同."""
    parties = declared_parties(text)
    if not parties:
        return None
    joiner = _JOINED_BY.search(text, run_at, verb_at)
    found = _party_subject(text, run_at, joiner.start() if joiner else verb_at, verb, parties)
    if not found:
        return None
    if joiner:
        partners = read_list_in(text, text[joiner.end() : verb_at] + verb, joiner.end(), None, None, "prose", whole=True)
        if not partners or not all(_duty_unit(f.name, False) for f in partners):
            return None
        found += partners
    return found


@cache
def _manner_at_end() -> regex.Pattern:
    """How the subject does its part, between it and the verb (甲方、乙方共同负责, 乙方具体负责): one word,
    taken off again while one ends the subject (a repeated group could backtrack on overlapping words)."""
    return regex.compile(rf"(?:{manner()})$")


@cache
def _party_list_joiner(names: frozenset[str]) -> regex.Pattern:
    """What parts the members of a subject that names parties: 、, and 和/及/与 beside a party (甲方和乙方,
    乙方与县财政局), never inside a unit's name (县发展和改革局)."""
    alt = "|".join(map(regex.escape, sorted(names, key=len, reverse=True)))
    return regex.compile(rf"、|(?<=(?:{alt}))(?:和|及|与)|(?:和|及|与)(?=(?:{alt}))")


def _party_subject(text: str, start: int, end: int, verb: str, parties: dict, role: str = "responsible") -> list[Found] | None:
    """The bodies of a duty clause's subject text[start:end] that names a declared party, alone or listed
    with other parties or units (乙方; 甲方、乙方共同; 乙方和县应急管理局; 乙方具体): each party the body
    declared, each other member a unit's name. None where no member is a party, or one is neither a party
    nor a unit (乙方所属企业)."""
    while manner_word := _manner_at_end().search(text, start, end):
        end = manner_word.start()
    if not any(name in text[start:end] for name in parties):
        return None  # most duty clauses of an agreement: a unit's, read as anywhere
    found: list[Found] = []
    named_a_party = False
    at = start
    for joiner in [*_party_list_joiner(frozenset(parties)).finditer(text, start, end), None]:
        member_end = joiner.start() if joiner else end
        member = text[at:member_end]
        if member in parties:
            full, span = parties[member]
            found.append(Found(full, role, None, "prose", span))
            named_a_party = True
        else:
            units = read_list_in(text, member + verb, at, None, None, "prose", whole=True) if member else []
            if len(units) != 1 or not _duty_unit(units[0].name, False):
                return None
            found += units
        at = joiner.end() if joiner else end
    return found if named_a_party else None


# Joiners after which the partners of a named subject follow (A会同B负责, A协同B负责, A联合B负责,
# A商B负责); the list reader splits 会同 itself, the others only where a unit stands on either side.
_PARTNERS = regex.compile(r"会同|协同|联合|商")
_PIECE_BREAK = regex.compile(r"(?r)[、,]")
_HUITONG = regex.compile("会同")
_JOINED_BY = regex.compile("会同|协同|联合")  # after 要/应: the partners of the sentence's subject follow


def _partner_joiner(text: str, lo: int, hi: int):
    """The last 协同/联合/商 in text[lo:hi] that joins a unit to the partner after it (市民政局协同市财政局),
    not one inside a name (市商务局, 工商业联合会)."""
    last = None
    for m in _PARTNERS.finditer(text, lo, hi):
        if m.group() == "会同":
            continue
        brk = _PIECE_BREAK.search(text, lo, m.start())
        left = text[brk.end() if brk else lo : m.start()]
        right = split_outside_brackets(text[m.end():hi], "、")[0][0]
        right = right[:-1] if right.endswith("等") else right
        if (is_unit_name(left) or is_sector_body(left)) and _partner(right):
            last = m
    return last


def _partner(name: str) -> bool:
    """A partner named in full: with its level (市财政局, 各县(市、区)政府) or a sector's or generic body
    (财政部门, 有关部门); not the rest of a name a 商 or 联合 cuts (各市商|务局)."""
    if admin_prefix(name) or name.startswith("各"):
        return is_unit_name(name)
    return is_sector_body(name) or bool(_GENERIC_BODY.fullmatch(name))


_GENERIC_BODY = regex.compile(r"(?:有关|相关)(?:部门|单位)")


def _read_with_partners(text: str, run_at: int, verb_at: int, verb: str) -> list[Found]:
    """The units of a duty clause, its two sides read apart where 协同/联合/商 joins them."""
    joiner = _partner_joiner(text, run_at, verb_at)
    if joiner is None:
        return read_list_in(text, text[run_at:verb_at] + verb, run_at, None, None, "prose", whole=True)
    right = read_list_in(text, text[joiner.end() : verb_at] + verb, joiner.end(), None, None, "prose", whole=True)
    if not right:
        return []
    left = read_list_in(text, text[run_at : joiner.start()], run_at, right[0].role, None, "prose", whole=True)
    return left + right if left else []


def _with_partners(text: str, run_at: int, verb_at: int, found: list[Found]) -> bool:
    """A list after a comma whose subject is named: the units before a 会同 (or, with none, its first
    unit) have a level, 各 or a name of their own, and the rest are units or a sector's or generic bodies
    (城市管理部门, 有关部门) that go with it (各地住房城乡建设部门会同城市管理部门负责, 各县(市、区)政府、
    相关部门按职责分工负责), as a list opening the sentence reads them (calls 7, 17)."""
    if len(found) < 2 or any(f.span is None for f in found):
        return False
    joiner = _HUITONG.search(text, run_at, verb_at) or _partner_joiner(text, run_at, verb_at)
    split = joiner.start() if joiner else found[0].span[1]
    subject = [f for f in found if f.span[0] < split]
    partners = [f for f in found if f.span[0] >= split]
    return (
        bool(subject) and bool(partners)
        and all(_duty_unit(f.name, True) for f in subject) and all(_duty_unit(f.name, False) for f in partners)
    )


_PARTY = regex.compile(r"党|[省市区县州镇乡]委$")  # 各级党委, 县委 (not 市发改委: no level right before 委)


def _party_led(found: list[Found]) -> bool:
    return any(_PARTY.search(f.name) for f in found)


_BY_YOU = regex.compile(r"并由|由(?![于此])(?=\p{Han})")  # not 由于, 由此
# A connective or adverb alone before 负责 (…,并负责…; …,具体负责…): still a bare 负责.
_BARE_DUTY = regex.compile(r"并|同时|并且|还|也|具体|主要|统一|分别|共同|各自")
# A sentence's subject that a later clause's bare 负责 still has: units opening a clause, then 要/应.
_MUST = regex.compile(r"要(?!求)|应当|应(?![用对急邀])|必须|须")  # not 要求, 应用, 应对
_SENTENCE_BREAK = regex.compile(r"(?r)[。;!?\n]")
# Setting up a body between them: the new body is the one that is to 负责 (…要成立专班,负责…).
_SETS_UP = regex.compile(r"成立|设立|组建|建立|明确|确定|指定|设置|委托|牵头|配合")


@cache
def _manner_end() -> regex.Pattern:
    """A manner of duty that ends its clause (按照各自职责, 依法): what a subject list closes with."""
    return regex.compile(rf"(?:{manner()})$")


def _manner_clause(text: str, verb_at: int, floor: int) -> tuple[str, int]:
    """The list of a clause that closes with a manner of duty right before the comma a role verb
    opens its clause after (A、B按照各自职责,配合做好…), as _subject_of reads it for a bare 负责; else ("", verb_at)."""
    if verb_at - 1 < floor or text[verb_at - 1] != ",":
        return "", verb_at
    run, run_at = _run_before(text, verb_at - 1, floor)
    how = _manner_end().search(run)
    return (run[: how.start()], run_at) if how and how.start() > 0 else ("", verb_at)


def _subject_of(text: str, floor: int, comma: int) -> list[Found]:
    """The units that open a clause of the sentence before `comma` and are followed by 要/应
    (各设区市人民政府要切实加强领导,负责…) or by a manner of duty right before the comma
    (A、B按照各自职责,负责…), the latest such clause; none where a body is set up
    or another role is named between it and the comma."""
    lo = max(floor, comma - _MAX_RUN)
    brk = _SENTENCE_BREAK.search(text, lo, comma)
    if brk is None and lo > floor:
        return []
    at, subject = (brk.end() if brk else lo), []
    while at < comma:
        clause_end = text.find(",", at, comma)
        clause_end = comma if clause_end < 0 else clause_end
        how = _manner_end().search(text, at + 1, clause_end) if clause_end == comma else None
        if how:  # A、B按照各自职责,负责…: the manner of duty ends the subject's clause
            found = read_list_in(text, text[at : how.start()], at, "responsible", None, "prose", whole=True)
            if found and all(_duty_unit(f.name, True) for f in found):
                return found
        for must in _MUST.finditer(text, at + 1, clause_end):  # not the 应 of 市应急管理局: the list must end there
            found = read_list_in(text, text[at : must.start()], at, "responsible", None, "prose", whole=True)
            if found and all(_duty_unit(f.name, True) for f in found):
                subject = [] if _SETS_UP.search(text, must.end(), comma) else found
                joined = _JOINED_BY.match(text, must.end(), clause_end)
                if subject and joined:  # X要会同Y,负责…: Y too (call 7); so X要协同/联合Y
                    partners = read_list_in(text, text[joined.end() : clause_end], joined.end(), "responsible", None, "prose", whole=True)
                    if partners and all(_duty_unit(f.name, True) for f in partners):
                        subject = subject + partners
                break
        at = clause_end + 1
    return subject


_MAX_ASIDE = 40


def short_name_aside(text: str, at: int, floor: int) -> int:
    """Where a short-name aside that ends right before `at` opens, else `at`."""
    if at <= floor or text[at - 1] != ")":
        return at
    opener = text.rfind("(", max(floor, at - _MAX_ASIDE), at)
    return opener if opener >= 0 and SHORT_NAME.fullmatch(text, opener, at) else at


# The last short-name aside in a run and the joiner after it (与, 和, 、): the run's own name follows.
_EARLIER_ASIDE = regex.compile(rf"(?r){SHORT_NAME.pattern}(?:与|和|同|及|、)?")


def declared_full_name(text: str, opener: int) -> str | None:
    """The body named right before a short-name aside opening at `opener` (东江市发展和改革委员会
    in '…,东江市发展和改革委员会(以下简称市发改委)'), where the clause's run before it ends in one."""
    run_at, _ = _clause_start(text, max(0, opener - _MAX_DUTY_LIST), opener)
    run = text[run_at:opener] if run_at is not None else ""
    earlier = _EARLIER_ASIDE.search(run)  # A(以下简称甲方)与B(以下简称乙方): B's name opens after A's aside
    run = run[earlier.end():] if earlier else run
    lead_in = _LEAD_IN.match(run)
    run = run[lead_in.end():] if lead_in else run
    if is_unit_name(run):
        return run  # the whole name, its place included (东江市…), not the level-led body inside it
    cut = _trim_to_unit(run) if run else None
    return run[cut:] if cut is not None and is_unit_name(run[cut:]) else None


def _clause_start(text: str, floor: int, at: int) -> tuple[int | None, str | None]:
    """Start of the clause that ends at `at` (after the last break, or at `floor`) and the
    break character before it; None where no list could be that long."""
    lo = max(floor, at - _MAX_DUTY_LIST)
    if text.find(_PAGE_END_BLANK, lo, at) >= 0:  # a page end the units stage blanked out
        lo = max(floor, lo - text.count(" ", lo, at))  # (各⏎— 2 —⏎…⏎市、县(区)…): no part of a list's length
    brk = _DUTY_BREAK.search(text, lo, at)
    while brk and brk.group() == "\n" and brk.start() in wraps.inner_newlines(text):
        brk = _DUTY_BREAK.search(text, lo, brk.start())  # a PDF export's hard wrap (县自然资⏎源局负责): no break
    if brk is None:
        return (None, None) if lo > floor else (lo, None)
    return brk.end(), brk.group()


def _inside_open_bracket(text: str, lo: int, at: int) -> int:
    """After the last bracket in text[lo:at] still open at `at` (做好工作(市民政局负责统筹协调)), else `lo`:
    a bracket's text is a list of its own; a name's closed bracket (各县(市、区)政府) is no such opening."""
    depth = 0
    for i in range(at - 1, lo - 1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            if depth == 0:
                return i + 1
            depth -= 1
    return lo


# 各 opens a collective name (各县政府) or follows a level's 直 (市直各部门), 地方 (地方各级人民政府)
# or a department's own 机关 (局机关各股室, 厅机关各处室), never stands elsewhere in one.
_INNER_EACH = regex.compile(r"(?<=.)(?<!直)(?<!地方)(?<!机关)各")


def _duty_unit(name: str, concrete: bool) -> bool:
    if _INNER_EACH.search(name):
        return False  # 演练各级…办公室: a run-in heading before the unit, not a name
    if not concrete:
        return item_is_unit_name(name) or bool(_SECTOR_BODY.fullmatch(name))
    return item_is_unit_name(name) and (not _GENERIC_HEAD.search(name) or name.startswith("各") or bool(admin_prefix(name)))


@cache
def _named_label() -> regex.Pattern:
    """A role label joined to a list by 为, 作为 or 是: 'X为牵头单位', 'X作为配合单位', 'X为本项工作
    牵头单位', 'X是…工作的责任主体' (group after), or '牵头单位为X', '牵头单位是X' (group before)."""
    alt = vocab.alternation(w for w, role in vocab.role_labels().items() if role in ROLE_RANK)
    return regex.compile(
        rf"(?:作为|为|是)(?:[^,。;:为是]{{0,20}}?的|[本此该]项?工作)?(?:第一)?(?P<after>{alt})|(?P<before>{alt})(?:为|是)"
    )


@cache
def _label_word() -> re.Pattern:
    """The labels of _named_label() alone: every match holds one, at most 25 after its start (作为, 20 and 的, 第一)."""
    return re.compile(vocab.alternation(w for w, role in vocab.role_labels().items() if role in ROLE_RANK))


_LABEL_REACH = 2 + 21 + 2


_LIST_END = regex.compile(r"[,。;:!?\n]|$")


def label_sentences(text: str, start: int, end: int, skip: list[tuple[int, int]]) -> list[Found]:
    """'市发展改革委为牵头单位,市财政局、市统计局为配合单位', '县水利局是水源保护工作的责任
    主体' and '牵头单位为市商务局': a label joined by 为/是 to a list that fills the rest of its
    clause gives the label's role."""
    out: list[Found] = []
    skipped = inside(skip)
    for m in finditer_from_first(_named_label(), _label_word(), _LABEL_REACH, text, start, end):
        if skipped(m.start()):
            continue
        if m.group("after"):
            label = m.group("after")
            lst_at, _ = _clause_start(text, start, m.start())
            cut = None if lst_at is None else _trim_to_unit(text[lst_at : m.start()], text)
            if cut is None:
                continue
            lst_at, lst_end = lst_at + cut, m.start()  # 明确市发改委为牵头单位: after the verb
        else:
            label = m.group("before")
            lst_at = m.end()
            lst_end = _LIST_END.search(text, m.end(), min(end, m.end() + _MAX_DUTY_LIST)).start()
        found = read_list_in(text, text[lst_at:lst_end], lst_at, vocab.label_role(label), label, "prose", whole=True)
        if found and all(_is_unit(f.name) for f in found):
            out.extend(found)
    return out


def find(text: str, start: int, end: int, skip: list[tuple[int, int]]) -> list[Found]:
    out = duty_sentences(text, start, end, skip) + label_sentences(text, start, end, skip)
    return _carry_in_sentences(text, _once(out + verb_clauses(text, start, end, skip)))


def _once(found: list[Found]) -> list[Found]:
    """Each unit found at one place in one role once: a clause two readers share (…;会同X牵头负责…: a duty
    clause and a 牵头 clause) names X once."""
    seen: set[tuple] = set()
    out = []
    for f in found:
        key = (f.name, f.role, f.span)
        if f.span is None or key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _carry_in_sentences(text: str, found: list[Found]) -> list[Found]:
    """The clauses of one sentence elide the level as one list does (市委组织部牵头,宣传部配合 ->
    市委宣传部); a new sentence starts afresh."""
    if len(found) < 2:
        return found
    order = sorted(range(len(found)), key=lambda i: found[i].span[0] if found[i].span else -1)
    out = list(found)
    levels, last_end = LevelCarry(across=True), None
    for i in order:
        f = found[i]
        if f.span is None:
            continue
        if last_end is not None and text.find("。", last_end, f.span[0]) >= 0:
            levels = LevelCarry(across=True)
        last_end = f.span[1]
        full = levels.restore(f.name)
        if full is not f.name:
            out[i] = Found(full, f.role, f.label, f.source, None)
    return out


def names_any(text: str, start: int, end: int, skip: list[tuple[int, int]]) -> bool:
    """bool(find(…)), reading no further than the first rule that names a unit."""
    return bool(
        duty_sentences(text, start, end, skip) or label_sentences(text, start, end, skip) or verb_clauses(text, start, end, skip)
    )


def _last_verb_huitong(text: str, run: str, run_at: int) -> int:
    """Where in `run` (at `run_at` of `text`) the last 会同 that is a verb stands, or -1; the county 会同
    opening a unit (会同县人民政府牵头, A、会同县X局配合) is no verb."""
    at = run.rfind("会同")
    while at >= 0 and place_huitong_at(text, run_at + at):
        at = run.rfind("会同", 0, at)
    return at


def verb_clauses(text: str, start: int, end: int, skip: list[tuple[int, int]]) -> list[Found]:
    """Units named right before a role verb: X牵头, 由X牵头, A、B等参与, A会同B牵头."""
    out: list[Found] = []
    # The item's number is no part of a unit list (flat text runs 一、粮食生产由X牵头 on one line).
    number = _ITEM_NUMBER.match(text, start, end)
    item_floor = number.end() if number else start
    skipped = inside(skip)
    skip_ends = sorted(e for _, e in skip)  # the last skipped span before a verb bounds its list: bisected
    for m in finditer_from_first(_verb(), _verb_word(), _verb_reach(), text, start, end):
        if skipped(m.start()) or _attribute().match(text, m.end(), min(end, m.end() + ATTRIBUTE_REACH)):
            continue
        before = bisect_right(skip_ends, m.start())
        floor = max(item_floor, skip_ends[before - 1]) if before else item_floor
        run, run_at = _run_before(text, short_name_aside(text, m.start(), floor), floor)  # X(简称“Y”)牵头
        joined = _last_verb_huitong(text, run, run_at)
        if joined >= 0:  # A会同B牵头: B leads; A is named in another role or not at all
            cut_at = joined + 2
            run, run_at = run[cut_at:], run_at + cut_at
        partner = _partner_joiner(text, run_at, run_at + len(run))
        if partner is not None:  # A协同B牵头, A联合B牵头, A商B牵头: as 会同
            cut_at = partner.end() - run_at
            run, run_at = run[cut_at:], run_at + cut_at
        previous = None
        for previous in _PREVIOUS_ROLE.finditer(run):
            pass
        if previous is not None:  # the list starts after the previous unit's role words
            run, run_at = run[previous.end():], run_at + previous.end()
        if not run:
            run, run_at = _manner_clause(text, run_at, floor)  # A、B按照各自职责,配合做好…
            if not run:
                continue
        verb = vocab.unwrapped_word(m.group("verb"))  # 牵⏎头: a verb a hard wrap breaks
        role = vocab.role_verbs()[verb]  # 牵头: lead; 配合, 协助, 参与, 协同: cooperating
        parties = _parties_in(text, run, run_at, verb, role)
        if parties:
            out.extend(parties)  # 乙方牵头, 由甲方配合, 甲方、乙方共同配合
            continue
        cut = _trim_to_unit(run, text)
        if cut is None:
            continue
        lst = run[cut:]
        found = read_list_in(text, lst + verb, run_at + cut, None, None, "prose")
        # Prose gives a role only where every name is a real unit name.
        units = [f for f in found if _is_unit(f.name)]
        if units and len(units) == len(found):
            out.extend(Found(f.name, role, None, "prose", f.span) for f in units)
    return out
