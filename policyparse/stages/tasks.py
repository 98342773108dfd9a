"""Stage: tasks. Pick the actionable items out of the section tree.

Rules (annotation guide, "Tasks"):
- A task is a leaf section (no numbered children) in a part that assigns work.
- Whether a part assigns work is read from the nearest ancestor whose heading opens with a
  vocabulary entry: data/work_parts.txt (主要任务, 保障措施 …), else data/framing_parts.txt
  (总体要求, 发展目标; exhortation such as 提高思想认识) or data/background_parts.txt
  (发展现状, 面临形势), both framing. A leaf's own caption counts only where no ancestor names a part. With
  neither, a leaf is a task (a notice of 一、–三十、 measures is all action).
- A leaf in a framing part is still a task when it carries unit assignments as the units
  stage reads them (牵头单位:, 【牵头单位】, X为牵头单位, (X、Y负责)) or sits under a heading
  that names a unit ((四)省发展改革委:主要负责…); in a 纪要's agenda part (会议内容, 会议议题: the minutes
  record the settled work there; a 会议通知's agenda is who speaks), also when it names a unit for the
  work in prose (市住建局牵头).
- An item with numbered children is still a task when its own body (sentences before the
  first child) carries units ((二)…。(X、Y按职责分工负责) over a 专栏 box of 1. 2. entries):
  its text is that body.
- A list whose items' sentences end in 的 (…被免职的。) lists situations, not work: no tasks.
- An item that only states when the notice takes effect (十、本措施自…起施行。) is a closing
  provision, as the 附则 / 其他 parts are: no task. Nor is one that only sets the grades of an
  assessment (考核结果分为优秀、良好、合格、不合格四个等次) or only gives contacts (联系人:…,电话:…).
- In rules made of articles (第X条: 规则, 细则, 办法) articles set procedure: a leaf is a
  task only when it names a unit for the work (由X牵头, X负责, a role label, a unit heading).
- A leaf whose text ends in a colon and runs straight into the next numbered items
  (…采取以下措施: (1)…) introduces them: it is not a task, though the items may sit at its
  own level.
- Unnumbered duty lines (省财政厅负责……。 one unit a line) and unit-headed blocks
  (省委网信办:加强……。) outside every section, as in a 职责分工 / 成员单位职责
  attachment, are tasks with no section.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..model import Section, Task, item_id
from ..pipeline import Draft
from ..text.normalize import WHITESPACE
from ..text import wraps
from ..text.orgs import is_unit_name
from ..units import bracket, prose, table, vocab
from ..units.lists import ROLE_RANK
from ..vocabulary import PartName, entries, part_names
from .commentary import explains
from .section_numbers import SpanSet

PART_WINDOW = 16
"""A part name is looked for in the first characters of a heading (flat text runs on)."""
DUTY_LINES_MIN = 3
"""How many `X负责……` lines or `X:……` blocks in a row make a list of unit duties."""
BLOCK_HEAD_MAX = 60
"""How far back from its colon a unit heading may start."""

# Prose that names a unit for the work: 由X牵头, X负责 (not 负责同志/负责人: people).
_PROSE_DUTY = re.compile(r"(?:^|(?<=[,。;:\s]))由?(?P<unit>[^,。;:\s]{2,30}?)(?:牵头|负责)(?!同志|人)")
_DUTY_VERBS = re.compile(r"牵头|负责")
_PROSE_DUTY_REACH = 1 + 30  # how far a _PROSE_DUTY match starts before its verb: 由 and the unit
# Compiled once: re.sub(str, …) and re.search(str, …) look their pattern up on every call.
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")
_ALTERNATIVES = re.compile(r"或|和|及|、")
# The unit that opens a duty line; a bracketed part may belong to its name (各乡镇(街道):,
# 各县(市、区)人民政府负责).
_DUTY_HEAD = r"[ \t]*(?P<unit>[^\s,。:;、()]{2,24}?(?:\([^\s()]{1,8}\)[^\s,。:;、()]{0,12}?)?)"
# Two or more units may share a line (市发展改革委、市财政局负责……); a tab may stand before the duty
# (省财政厅\t负责……, a two-column list pasted as text).
_MORE_UNITS = r"(?P<more>(?:、[^\s,。:;、()]{2,24}?){0,5})"
_DUTY_LINE = re.compile(_DUTY_HEAD + _MORE_UNITS + r"\t?(?:负责|牵头)[^\n]{2,}")


def carries_units(text: str, start: int, end: int) -> bool:
    """Does text[start:end] assign units as the units stage reads them (its vocabulary, not a
    copy): a role label (牵头单位:, 【牵头单位】), a label joined by 为 (X为牵头单位), or a
    bracket naming units ((X、Y负责))? Person and deadline labels (联系人:, 完成时限:) assign none."""
    if any(vocab.label_role(m.group("label")) in ROLE_RANK for m in vocab.iter_labels(text, start, end)):
        return True
    return bool(prose.label_sentences(text, start, end, []) or bracket.find(text, start, end, None))


# An item of an appointment notice that names the person it appoints (一、任命王某为市财政局局长,试用期一年): a
# post given, no work. Only with the person (a name or names, 王某、李某同志) and 为 a post (…局长, 主任, 书记, 委员,
# 数据官): a plan's part may open with 任命 (任命与管理, 任命首席数据官, 任命各部门分管领导为首席数据官: a group, no
# person; 任命程序为民主推荐和组织考察: no post).
_NAME = r"[\u4e00-\u9fff]{2,4}(?:\((?:女|兼)\))?(?:同志)?"
# So too a removal (二、免去李某的市财政局局长职务: a person and 职务; not 免去小微企业首年检测费, a measure) and a 聘任
_APPOINTS = re.compile(rf"(?:(?:任命|聘任){_NAME}(?:[、和]{_NAME})*为[^,;。:()]{{1,30}}[长任记员官理师监席事书](?:\([^()]*\))?"
                       rf"|免去{_NAME}(?:[、和]{_NAME})*的?[^,;。:]{{1,30}}职务)(?:[,;。(]|$)")


@lru_cache(maxsize=4096)
def part_kind(heading: str) -> str | None:
    """'work', 'framing' or None: what the part named by `heading` is for."""
    caption = WHITESPACE.sub("", heading)
    if _APPOINTS.match(caption):
        return "framing"
    dated = report_period_prefix(caption)
    caption = caption[len(dated) :]  # 2024年工作完成情况 is a 工作完成情况 part, 过去一年工作回顾 a 工作回顾
    window = caption[:PART_WINDOW]
    best: tuple[int, str] | None = None
    names = _part_names()
    for i in _names_near_start(caption):
        kind, (entry, whole, opening_only, after_year) = names[i]
        if after_year and not dated:
            continue  # 工作总结 names a year's report only after its year (data/background_parts.txt `+`)
        # Each way below finds the name in the window or within the lead verbs' reach.
        if caption.find(entry, 0, max(PART_WINDOW, LEAD_VERB_MAX + len(entry))) < 0:
            continue
        # A part name opens the heading or is its head noun after 的 (XX建设的总体要求);
        # elsewhere it is part of a phrase (落实年度目标任务). An entry marked `$` must end
        # the caption it opens (发展基础, not 发展基础设施).
        opens = window.startswith(entry) and (not whole or _CAPTION_END.match(caption, len(entry)))
        after_de = window.find("的" + entry)
        # An entry marked `^` counts only where it opens the caption: 明确支持范围 is work on the scope.
        head_noun = not opening_only and after_de >= 0 and (not whole or _CAPTION_END.match(caption, after_de + 1 + len(entry)))
        if (opens or head_noun or (not opening_only and _after_lead_verb(caption, entry))) and (best is None or len(entry) > best[0]):
            best = (len(entry), kind)
    return None if best is None else best[1]


# A part named for one year (一、2024年工作完成情况, 二、2025年工作计划): the year opens the caption and
# the part's name follows it. Not a range (2024—2026年) nor a date (2025年6月底前完成…).
_PART_YEAR = re.compile(r"(20[0-9]{2})年度?(?![0-9一二三四五六七八九十]|底|初|末|前|内|起|至|以|—|-|~)")


def part_year_prefix(caption: str) -> str:
    """The year opening a part's caption (`2025年`, `2025年度`), else ''."""
    match = _PART_YEAR.match(caption)
    return match.group() if match else ""


# A past period opening a report's part as its year does (一、过去一年工作回顾, 一、过去五年政府工作回顾, 过去十年,
# 近五年来, 本届政府工作回顾 of a term's last report): a report of it.
_PAST_PERIOD = re.compile(r"(?:过去|近)(?:的)?[一二三四五六七八九十两]年(?:来|间)?|过去(?:的)?\d{1,2}年(?:来|间)?|去年|本届(?=政府)")


def report_period_prefix(caption: str) -> str:
    """The year or past period opening a part's caption (`2024年`, `过去一年`), else ''."""
    match = _PAST_PERIOD.match(caption)
    return match.group() if match else part_year_prefix(caption)


@cache
def _part_names() -> tuple[tuple[str, PartName], ...]:
    """(kind, part name with its marks) of every work and framing part name."""
    return tuple(
        (kind, part)
        for kind, name in (("work", "work_parts.txt"), ("framing", "framing_parts.txt"), ("framing", "background_parts.txt"))
        for part in part_names(name)
    )


def _names_near_start(caption: str) -> list[int]:
    """Indexes into _part_names(), in order, of the names whose first character stands where
    part_kind could find them: the others cannot be there, and are not searched for."""
    by_first, reach = _part_names_by_first()
    found = list(by_first.get("", ()))
    for ch in set(caption[:reach]):
        found.extend(by_first.get(ch, ()))
    return sorted(found)


@cache
def _part_names_by_first() -> tuple[dict[str, list[int]], int]:
    """{first character: indexes into _part_names()}, and how far from the caption's start a
    name may begin for part_kind to find it (the window, or the lead verbs' reach)."""
    by_first: dict[str, list[int]] = {}
    for i, (_, part) in enumerate(_part_names()):
        by_first.setdefault(part.word[:1], []).append(i)
    longest = max((len(part.word) for _, part in _part_names()), default=0)
    return by_first, max(PART_WINDOW, LEAD_VERB_MAX + longest)


@cache
def _part_lead_verbs() -> tuple[str, ...]:
    return entries("part_lead_verbs.txt")


LEAD_VERB_MAX = 8
"""A part name may follow a short verb phrase that opens the caption (准确把握改革总体要求, 全面准确把握总体要求):
a lead verb from data/part_lead_verbs.txt must stand in it, so a little room costs nothing."""


# What may follow a part name that ends its caption: punctuation, the heading's end, or, in
# flat text where the caption runs into its paragraph, the opening words of that paragraph
# (坚持以…为指导, 以…为, 为…, 根据/按照/围绕…).
_CAPTION_END = re.compile(r"$|[,。;:!?、]|(?:坚持|以|为|根据|按照|围绕|着眼)")


@cache
def _part_modifiers() -> frozenset[str]:
    return frozenset(entries("part_modifiers.txt"))


# A year, a span of years or a quoted period that may open a part caption (2023年工作目标,
# 2023—2025年发展目标, “十四五”发展目标, 三年行动目标).
_PERIOD_OPENING = re.compile(r"(?:\d{4}(?:[-—–~至]\d{4})?年度?|“[^”]{1,6}”(?:时期|期间)?|[一二三四五六七八九十两]{1,2}年)")


def _after_lead_verb(caption: str, entry: str) -> bool:
    """The part name ends a short caption opened by a verb (把握/明确/坚持…): 准确把握改革总体要求,
    or by a period or a scope word (2023年工作目标, 主要工作目标, 全市发展目标).
    It must end the caption: in 坚持工作原则不动摇 or 落实年度目标任务完成情况 it is part of a phrase."""
    pos = caption.find(entry, 0, LEAD_VERB_MAX + len(entry))
    if not 2 <= pos <= LEAD_VERB_MAX or not _CAPTION_END.match(caption, pos + len(entry)):
        return False
    period = _PERIOD_OPENING.match(caption, 0, pos)
    lead = caption[period.end() if period else 0 : pos]
    if not lead or lead in _part_modifiers():
        return True
    return not _NOT_HAN.search(lead) and any(verb in lead for verb in _part_lead_verbs())


def names_unit_for_work(text: str, start: int, end: int) -> bool:
    """True when text[start:end] says in prose that a unit leads or is responsible (由X牵头)."""
    # The units stage's prose reader (X由A负责, A牵头, X为牵头单位); or a unit among
    # alternatives (由办公室或提出建议的成员单位牵头), which names no unit for the units stage.
    if prose.names_any(text, start, end, []):
        return True
    first = _DUTY_VERBS.search(text, start, end)
    if first is None:
        return False  # every _PROSE_DUTY match holds its verb: a text without one is not scanned
    for m in _PROSE_DUTY.finditer(text, max(start, first.start() - _PROSE_DUTY_REACH), end):
        if any(is_unit_name(part) for part in _ALTERNATIVES.split(m.group("unit"))):
            return True
    return False


def _heading_unit(section: Section, text: str) -> bool:
    """A heading that is a unit name and stands as a label: (四)省发展改革委:主要负责……"""
    if not section.heading or section.heading_span is None:
        return False
    after = text[section.heading_span[1] : section.heading_span[1] + 1]
    return after in (":", "\n", "") and is_unit_name(section.heading)


def _duty_list(peers: list[Section], text: str) -> bool:
    """Mostly unit duty blocks ((一)省委办公厅:…(二十)X部队和…根据…): each item is a task."""
    return len(peers) >= 3 and sum(_heading_unit(p, text) for p in peers) * 2 > len(peers)


def title_of(text: str, start: int, end: int) -> tuple[int, int]:
    """Span of an item's first sentence: from `start` up to the first 。 or line end."""
    stop = text.find("。", start, end)
    stop = end if stop < 0 else stop
    line_end = text.find("\n", start, stop)
    # A line that ends in , or 、 breaks a sentence (a hard-wrapped page, a <br> in a paragraph),
    # and so does a PDF export's hard wrap (…一体化提⏎升改造行动。): the title goes on to the next line.
    inner = wraps.inner_newlines(text) if line_end >= 0 else frozenset()
    while line_end > start and (text[line_end - 1] in ",、" or line_end in inner):
        line_end = text.find("\n", line_end + 1, stop)
    if line_end >= 0:
        stop = line_end
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] in ";,、"):
        stop -= 1
    return start, stop


def _joined(title: str) -> str:
    """A title that a wrapped line breaks (title_of), as one line: each line's edges trimmed."""
    return "".join(line.strip(" \t\u3000") for line in title.split("\n")) if "\n" in title else title


def _title_text(text: str, start: int, end: int, whole: str | None = None) -> str:
    """The title text[start:end] (`whole` if given, the same characters), as one line (_joined) and
    without the page number and running header of a page end that cuts it (…和竣⏎— 2 —⏎X文件⏎工验收):
    a title holds the item's words only; its task's span still covers the whole item."""
    if "\n" in text[start:end] and any(s < end and e > start for s, e in wraps.furniture(text)):
        return _joined(wraps.without_furniture(text, start, end))
    return _joined(text[start:end] if whole is None else whole)


def _number_end(text: str, section: Section) -> int:
    """Where the item's words start: after its number and the number's punctuation."""
    if section.heading_span is not None:
        return section.heading_span[0]
    pos = section.span[0] + len(section.number)
    while pos < section.span[1] and text[pos] in "、.":
        pos += 1
    return pos


def _introduces_list(section: Section, text: str, next_start: int | None) -> bool:
    """…可以采取以下一项或者多项措施: followed at once by (1)…: a lead-in, not an item."""
    start, end = section.span
    while end > start and text[end - 1].isspace():  # to the item's last visible character, not copying the item
        end -= 1
    ends_in_colon = end > start and text[end - 1] == ":"
    return ends_in_colon and next_start is not None and not text[section.span[1] : next_start].strip()


# A meeting's or a training's agenda part (data/framing_parts.txt): framing, but a 纪要 records under it
# what the meeting settled, and an item there that names a unit for the work in prose is a task.
_AGENDA = re.compile(r"(?:会议|培训)(?:内容|议程|议题)")


class _Tree:
    """Facts about every section that its descendants inherit, computed once in document order."""

    def __init__(self, sections: list[Section], text: str):
        self.children: dict[str | None, list[Section]] = {}
        for s in sections:
            self.children.setdefault(s.parent, []).append(s)
        self.part: dict[str, str | None] = {}  # nearest ancestor-or-self part kind
        self.unit_headed: dict[str, bool] = {}  # a unit heading on the way up
        self.in_article: dict[str, bool] = {}  # an article (第X条) or a clause of one
        self.agenda: dict[str, bool] = {}  # the nearest part named is a meeting's agenda (会议内容)
        duty_lists = {parent: _duty_list(peers, text) for parent, peers in self.children.items()}
        self.in_duty_list = {s.id: duty_lists[s.parent] for s in sections}
        conditions = {parent: _conditions(peers, text) for parent, peers in self.children.items()}
        self.in_conditions = {s.id: conditions[s.parent] for s in sections}
        for s in sections:  # parents come before their children
            up_part = self.part.get(s.parent) if s.parent else None
            own = part_kind(s.heading)
            self.part[s.id] = own if own is not None else up_part
            if own is not None:
                self.agenda[s.id] = _AGENDA.fullmatch(WHITESPACE.sub("", s.heading)) is not None
            else:
                self.agenda[s.id] = self.agenda.get(s.parent, False) if s.parent else False
            up_unit = self.unit_headed.get(s.parent, False) if s.parent else False
            self.in_article[s.id] = _is_article(s) or (self.in_article.get(s.parent, False) if s.parent else False)
            self.unit_headed[s.id] = up_unit or _heading_unit(s, text)


def _first_sentence_ends_in_de(section: Section, text: str) -> bool:
    start, end = title_of(text, _number_end(text, section), section.span[1])
    return text[start:end].rstrip(";").endswith("的")


def _conditions(peers: list[Section], text: str) -> bool:
    """A list of situations (…被免职的。 / 有下列情形之一的): items whose sentence ends in 的 describe cases, not work."""
    if len(peers) < 3:
        return False  # too few to be a list of situations: their sentences need not be read
    allowed = len(peers) // 4  # ends * 4 >= len * 3: at most a quarter may not end in 的
    misses = 0
    for p in peers:  # stops at the first item too many (a list of work fails at once)
        if not _first_sentence_ends_in_de(p, text):
            misses += 1
            if misses > allowed:
                return False
    return True


# 本措施自2024年1月1日起施行,有效期3年 / 本方案自印发之日起实施 / 有效期… / …同时废止 / …以本办法为准: the
# closing provisions of a notice (附则, 其他: framing), here as an item of their own (十、本措施自…施行).
_IN_FORCE_FIRST = re.compile(r"本[\u4e00-\u9fff]{1,8}?(?:自|从)[^。\n]{1,30}?(?:起|之日)(?:施行|实施|执行|生效)")
_IN_FORCE = re.compile(_IN_FORCE_FIRST.pattern + r"|有效期")
_SENTENCE = re.compile(r"[^。]+")
_CLAUSE_MARK = re.compile(r"[,;]")
_SUPERSEDES = re.compile(r"(?:同时废止|为准)[;]?$")  # …不一致的,以本措施为准: one provision, commas and all


def _entry_into_force(section: Section, text: str) -> bool:
    """Does the item only state when it takes effect (十、本措施自…起施行。)? A closing provision,
    no work. Its caption alone on its line (三、其他事项) is looked past; interpretation by a
    named unit (由X负责解释) is a unit's charge and stays."""
    start, end = _number_end(text, section), section.span[1]
    if section.heading_span is not None and text.startswith("\n", section.heading_span[1]):
        start = section.heading_span[1]
    sentences = (m.group().strip() for m in _SENTENCE.finditer(text, start, end))
    first = next(sentences, "")
    # Most items fail on their first sentence; every clause of every sentence must be a closing
    # provision (…起施行,各区要在6月底前制定细则 / …,由市商务局负责解释: work or a unit's charge, a task).
    return _IN_FORCE_FIRST.match(first) is not None and all(_closing(x) for x in (first, *sentences) if x)


def _closing(sentence: str) -> bool:
    # (a clause that supersedes, …同时废止 / …为准, is searched at its end, not scanned for from each character)
    return _SUPERSEDES.search(sentence) is not None or all(
        _IN_FORCE.match(c) or _SUPERSEDES.search(c) for c in _CLAUSE_MARK.split(sentence) if c)


# 考核结果分为优秀、良好、合格、不合格四个等次: the grades of an assessment, a rule of scoring, no work.
# Also the score band of each grade (得分90分以上为优秀,80分至89分为良好).
_GRADES = re.compile(r"(?:考核|评价|考评|评估|评定|测评)[^,。;]{0,8}分为[^,。;]{0,40}?(?:[一二三四五六七八九十两0-9]个?)?(?:等次|等级|档次)$"
                     r"|分(?:及?以上|及?以下)?(?:\(含\))?为(?:优秀|良好|合格|不合格|较好|一般|较差)$")
_CAPTION_MAX = 12


def _only_grades(section: Section, text: str) -> bool:
    """Does the item only set the grades of an assessment ((二)考核等次。考核结果分为优秀、良好、合格、
    不合格四个等次。)? Every clause after a short caption names grades or a grade's score band: a
    scoring rule, not a task (将企业分为A、B、C三个等级,实施分类监管 is work)."""
    start, end = _number_end(text, section), section.span[1]
    if text.find("分为", start, end) < 0:
        return False  # most items: no sentence is split
    sentences = [x.strip() for x in text[start:end].split("。") if x.strip()]
    if sentences and len(sentences[0]) <= _CAPTION_MAX and not _GRADES.search(sentences[0]) and not _CLAUSE_MARK.search(sentences[0]):
        sentences = sentences[1:]  # the caption (考核等次)
    clauses = [c.strip() for x in sentences for c in _CLAUSE_MARK.split(x) if c.strip()]
    return bool(clauses) and all(_GRADES.search(c) for c in clauses)


# 联系人:张三,联系电话:…: whom to call, no work (as a 联系方式 part is framing).
@cache
def _contact() -> re.Pattern[str]:
    """A contact line's label (联系人:, 联系电话:): data/contact_labels.txt."""
    return re.compile("(?:" + "|".join(map(re.escape, entries("contact_labels.txt"))) + r")\s?[::]")
_CONTACT_BREAK = re.compile(r"[,;。\n]")


def _only_contacts(section: Section, text: str) -> bool:
    """Does the item after its caption hold nothing but contact lines ((五)其他事项。联系人:张三,电话:…)?"""
    start, end = _number_end(text, section), section.span[1]
    if text.find("联系", start, end) < 0 and text.find("电话", start, end) < 0:
        return False  # most items: no contact at all
    if section.heading_span is not None:
        start = section.heading_span[1]
    parts = [p.strip() for p in _CONTACT_BREAK.split(text[start:end]) if p.strip()]
    return bool(parts) and all(_contact().match(p) for p in parts)


def _is_article(section: Section) -> bool:
    return section.number.startswith("第") and section.number.endswith("条")


def _is_task(section: Section, tree: _Tree, text: str, rules: bool) -> bool:
    """Is this section a task? `rules`: it is an article of rules (第X条) or one of its clauses."""
    if section.id in tree.children:  # it has numbered children
        return False
    if tree.in_conditions[section.id]:
        return False
    if tree.unit_headed[section.id] or tree.in_duty_list[section.id]:
        return True
    if not rules:
        # An item belongs to the part above it: its own caption decides only where no heading
        # above names a part ((一)提高思想认识 under 保障措施 is work; 一、指导思想 alone is framing).
        up = tree.part.get(section.parent) if section.parent else None
        if (up if up is not None else tree.part[section.id]) != "framing":
            return not _entry_into_force(section, text) and not _only_grades(section, text) and not _only_contacts(section, text)
    # Checked after the part (the cheaper test): units make any leaf a task.
    if carries_units(text, section.span[0], section.span[1]):
        return True
    # Articles of rules (规则, 办法) set procedure; only those naming a unit for work are tasks. So is an
    # item of a meeting's agenda part that names one in prose (a 纪要's 会议内容: (一)…。市住建局牵头,…).
    return (rules or tree.agenda[section.id]) and names_unit_for_work(text, section.span[0], section.span[1])


def _own_text_with_units(section: Section, tree: _Tree, text: str) -> int | None:
    """Where an item with numbered children is still a task, the end of its own text: its body
    (sentences after its caption, before the first child) assigns units, e.g. (二)培育特色产业。…。
    (X、Y按职责分工负责) followed by a box of entries (专栏1 … 1.… 2.…). The guide: an item that
    carries unit assignments is always a task. A caption's own bracket ((二)加强监管(责任单位:X)
    over 1. 2.) and a lead-in ending in a colon leave the units to the children."""
    children = tree.children.get(section.id)
    if not children or tree.in_article[section.id]:
        return None
    end = children[0].span[0]
    body = text.find("。", section.span[0], end)
    if body < 0 or text[section.span[0] : end].rstrip().endswith(":"):
        return None
    return end if carries_units(text, body + 1, end) else None


TABLE_ROWS_OF_A_PART = 2
"""Rows with units, inside a section with no numbered items, that make the table its items. One
is enough where the part has no text of its own before it (_bare_over_rows), as every row stands
under a header row that names its unit column (units.table)."""


def _bare_over_rows(text: str, section: Section, rows: list) -> bool:
    """一、重点项目 / 序号\t… with nothing but a lead-in between the caption and the rows: a table of one
    row is the part's items. (二)提升养护水平。完成…。(责任单位:X) / 其中重点项目如下: over one row has a
    task of its own: the row is one more task under it."""
    start = section.heading_span[1] if section.heading_span else section.span[0]
    end = rows[0].span[0]
    return "。" not in text[start:end] and not carries_units(text, start, end)


def _table_under(text: str, end: int, next_start: int | None, rows: list) -> list:
    """The rows of a division-of-work table right under a caption with no text of its own
    (一、重点任务 / 序号\t…): the sections stage ends the body's last part where such a table
    begins, but the table is that part's list of items."""
    stop = len(text) if next_start is None else next_start
    starts = table.division_table_starts(text, end, stop)
    if not starts or text[end : starts[0]].strip():
        return []
    last = starts[1] if len(starts) > 1 else stop
    return [r for r in rows if starts[0] <= r.span[0] and r.span[1] <= last]


def _section_tasks(draft: Draft) -> list[Task]:
    text = draft.text
    tree = _Tree(draft.sections, text)
    if not _minutes(draft):  # a 会议通知's agenda (二、会议内容: (二)市应急局牵头组织汇报…) is who speaks, no work
        tree.agenda = dict.fromkeys(tree.agenda, False)
    next_starts = [s.span[0] for s in draft.sections[1:]] + [None]
    tasks = []
    table_rows: list | None = None
    table_parts: list[tuple[int, list]] = []  # (index in tasks, the table rows inside it)
    for section, next_start in zip(draft.sections, next_starts):
        # duty lines sit below a caption that stands alone on its line (三、职责分工\n): a cheap test first
        hs = section.heading_span
        if hs and text.startswith(_ALONE, hs[1]) and section.id not in tree.children and (duties := _part_duty_lines(text, section)):
            tasks.extend(duties)  # 三、职责分工 / X:负责…。 one unit a line: each line a task
            continue
        if hs and "职责" in section.heading and section.id not in tree.children and (duties := _flat_duty_lines(text, section)):
            tasks.extend(duties)  # the same block in flat OCR text: 二、成员单位职责 X:负责…。 Y:负责…。
            continue
        start, end = section.span
        own_end = _own_text_with_units(section, tree, text)
        if own_end is not None:  # an item with its own units above the entries of a box (专栏1 … 1. 2.)
            end = own_end
        # Rules are read article by article: a plan may enclose an 办法 as its attachment.
        elif not _is_task(section, tree, text, tree.in_article[section.id]) or _introduces_list(section, text, next_start):
            continue
        if table_rows is None:
            table_rows = [r for r in table.find_rows(text) if r.units]
        own_rows = [r for r in table_rows if start <= r.span[0] and r.span[1] <= end]
        if not own_rows and hs and not text[hs[1] : end].strip():
            own_rows = _table_under(text, end, next_start, table_rows)
        if len(own_rows) >= TABLE_ROWS_OF_A_PART or own_rows and _bare_over_rows(text, section, own_rows):
            table_parts.append((len(tasks), own_rows))
        ts, te = title_of(text, _number_end(text, section), end)
        if te > ts and text[te - 1] == ":":
            te -= 1  # a caption alone on its line, closed by a colon before its text: (一)加强组织领导:
        title = _title_text(text, ts, te, section.heading if (ts, te) == section.heading_span else None)  # the heading's object (memory)
        tasks.append(Task(id="", section=section.id, number=section.number, title=title, text=text[start:end], span=(start, end)))
    # 三、整治任务 over a table whose rows are its own items (they name no other task): the rows are
    # the tasks (units stage), the part is not one more that would take every row's deadline. A
    # division-of-work table that a part holds for the tasks above it leaves that part a task.
    drop = {i for i, rows in table_parts if len(table.match(rows, tasks[:i] + tasks[i + 1:])) * 2 < len(rows)}
    return [t for i, t in enumerate(tasks) if i not in drop]




_ALONE = ("\n", ":\n")  # what follows a caption that stands alone on its line (not an item's sentence: 。)
# A duty line inside a part: 县财政局:负责…… or 县财政局负责…… (unit first, one a line).
# Two or more units may share a line (市发展改革委、市财政局:负责……), and a tab may stand before
# the duty (市水利局\t负责……, a two-column list pasted as text).
_PART_DUTY_LINE = re.compile(_DUTY_HEAD + _MORE_UNITS + r"\t?(?::|负责|牵头)")


def _part_duty_lines(text: str, section: Section) -> list[Task]:
    """Unnumbered duty lines below a leaf part's heading line (三、职责分工\n县财政局:负责……): a block
    of at least DUTY_LINES_MIN lines, each opened by a unit name, gives one task a line, with no number."""
    start, end = section.span
    nl = text.find("\n", start, end)
    if nl < 0 or text.count("\n", nl + 1, end) < DUTY_LINES_MIN - 1:
        return []  # one line (flat text) or too few lines for a block
    if text.count(":", nl, end) + text.count("负责", nl, end) + text.count("牵头", nl, end) < DUTY_LINES_MIN:
        return []  # each line of a block holds one of these
    block: list[tuple[int, int]] = []
    best: list[tuple[int, int]] = []
    pos = nl + 1
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        line_start, pos = pos, stop + 1
        if not text[line_start:stop].strip():
            continue
        if wraps.runs_on(text, line_start - 1):  # the rest of a line a PDF export's hard wrap cut: no line of its own
            if block and block[-1][1] == line_start - 1:
                block[-1] = (block[-1][0], stop)
            continue
        m = _PART_DUTY_LINE.match(text, line_start, stop)
        if m and is_unit_name(m.group("unit")) and all(map(is_unit_name, m.group("more").split("、")[1:])):
            block.append((line_start, stop))
            continue
        if block and text[block[-1][0] : block[-1][1]].rstrip().endswith((",", "、")):
            block[-1] = (block[-1][0], stop)  # a duty line wrapped after , or 、 (as title_of reads it) goes on
            continue
        if not block and not best and text.find("\t", line_start, stop) >= 0:
            return []  # a header row (成员单位\t主要职责) above the lines: a table, whose rows the units stage reads
        if len(block) >= DUTY_LINES_MIN:
            best.extend(block)
        block = []
    if len(block) >= DUTY_LINES_MIN:
        best.extend(block)
    return _unnumbered_tasks(text, best)


_FLAT_SENTENCE_END = re.compile(r"。[ ]+")


def _flat_duty_lines(text: str, section: Section) -> list[Task]:
    """Duty lines of a 职责 part in flat OCR text, where spaces stand for the line ends: the
    caption, a space, then sentences each opened by a unit (X:负责……。 Y负责……。), at least
    DUTY_LINES_MIN of them; a sentence that opens with no unit stays with the one before."""
    start, end = section.span
    if text.find("\n", start, end) >= 0:
        return []
    caption = text.find(" ", section.heading_span[0], end)
    first = _PART_DUTY_LINE.match(text, caption + 1, end) if caption > 0 else None
    if not first or not is_unit_name(first.group("unit")):
        return []
    starts = [caption + 1]
    for stop in _FLAT_SENTENCE_END.finditer(text, first.end(), end):
        m = _PART_DUTY_LINE.match(text, stop.end(), end)
        if m and is_unit_name(m.group("unit")):
            starts.append(stop.end())
    if len(starts) < DUTY_LINES_MIN:
        return []
    return _unnumbered_tasks(text, list(zip(starts, starts[1:] + [end])))


def _duty_line_tasks(draft: Draft) -> list[Task]:
    """Blocks of unnumbered `X负责……` lines outside every section (职责分工 attachments)."""
    text = draft.text
    if not draft.sections:  # duty lines come with a plan, never alone
        return []
    taken: SpanSet | None = None  # built at the first line that reads as a duty line (most texts have none)
    body_start = max(draft.body[0] if draft.body else 0, draft.sections[0].span[0])
    blocks: list[list[tuple[int, int]]] = []
    last_end: int | None = None
    # Only a line holding 负责/牵头 can be a duty line, so the text is searched for those words
    # rather than read line by line; any other line matters only by ending a block, which
    # the text between two duty lines shows by being more than blank.
    pos = body_start
    while (verb := _DUTY_VERBS.search(text, pos)) is not None:
        nl = text.rfind("\n", body_start, verb.start())
        start = nl + 1 if nl >= 0 else body_start
        end = text.find("\n", verb.end())
        end = len(text) if end < 0 else end
        pos = end
        line = text[start:end]
        if len(line) >= 400 or not _DUTY_LINE.fullmatch(line):
            continue
        if taken is None:
            taken = SpanSet([s.span for s in draft.sections] + list(draft.noise))
        if not taken.overlaps(start, end):
            if last_end is None or text[last_end:start].strip():
                blocks.append([])
            blocks[-1].append((start, end))
            last_end = end
    tasks = []
    for block in blocks:
        units = [_DUTY_LINE.fullmatch(text[s:e]).group("unit") for s, e in block]  # type: ignore[union-attr]
        if len(block) < DUTY_LINES_MIN or sum(map(is_unit_name, units)) * 2 < len(units):
            continue
        above = text.rfind("\n", 0, max(0, block[0][0] - 1))
        if text.find("\t", above + 1, block[0][0]) >= 0:
            continue  # under a header row (单位\t职责): a table, whose rows the units stage reads
        tasks.extend(_unnumbered_tasks(text, block))
    return tasks


def _unnumbered_tasks(text: str, lines: list[tuple[int, int]]) -> list[Task]:
    """One task with no number for each (start, end) line, trimmed of the whitespace around it."""
    tasks = []
    for s, e in lines:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        ts, te = title_of(text, s, e)
        tasks.append(Task(id="", section=None, number=None, title=_title_text(text, ts, te), text=text[s:e], span=(s, e)))
    return tasks


@cache
def _level_openings() -> tuple[str, ...]:
    return tuple(e for e in entries("admin_prefixes.txt") if not e.startswith("!"))


def _block_head(text: str, colon: int, floor: int) -> int | None:
    """Start of the unit name that a colon closes (省委网信办:), or None if it is no unit.

    The name runs back to a sentence or line end; where an attachment title runs straight
    into it (…成员单位职责省委XX部(省政府XX办):), the shortest tail that opens with an
    administrative level and reads as a unit is taken.
    """
    start = colon
    while start > floor and colon - start < BLOCK_HEAD_MAX and text[start - 1] not in "。;:\n":
        start -= 1
    head = text[start:colon].strip()
    if not head:
        return None
    if is_unit_name(head) and "附件" not in head:  # an attachment title may run into the name
        return colon - len(head)
    for pos in range(colon - 2, start - 1, -1):
        if text.startswith(_level_openings(), pos) and is_unit_name(text[pos:colon]):
            return pos
    return None


def _unit_block_tasks(draft: Draft, existing: list[Task]) -> list[Task]:
    """Runs of unit-headed blocks (省委网信办:加强……。) outside every section."""
    text = draft.text
    if not draft.sections:
        return []
    start = draft.sections[0].span[0]
    end = draft.body[1] if draft.body else len(text)
    taken = SpanSet([sec.span for sec in draft.sections] + list(draft.noise) + [t.span for t in existing])
    heads: list[int] = []
    for colon in (m.start() for m in re.finditer(":", text[start:end])):
        colon += start
        if colon in taken:
            continue
        floor = taken.last_end_before(colon, start)
        head = _block_head(text, colon, floor)
        if head is not None:
            heads.append(head)
    if len(heads) < DUTY_LINES_MIN:
        return []
    tasks = []
    for i, head in enumerate(heads):
        stop = heads[i + 1] if i + 1 < len(heads) else end
        cut = taken.first_start_in(head + 1, stop)
        stop = stop if cut is None else cut
        s_, e = head, stop
        while e > s_ and text[e - 1].isspace():
            e -= 1
        ts, te = title_of(text, s_, e)
        tasks.append(Task(id="", section=None, number=None, title=_title_text(text, ts, te), text=text[s_:e], span=(s_, e)))
    return tasks


def find(draft: Draft) -> None:
    explained = draft.explained  # (the sections stage's: commentary_parts)
    if explains(draft.metadata.title):
        draft.tasks = []
        draft.warnings.append(f"{draft.metadata.title!r} explains a notice (政策解读) and issues none: no tasks")
        return
    found = _section_tasks(draft) + _duty_line_tasks(draft)
    found += _unit_block_tasks(draft, found)
    if explained:  # 附件2 关于《X》的起草说明: its 主要内容 retells the draft's work, it assigns none (call 27)
        found = [t for t in found if not any(a <= t.span[0] < b for a, b in explained)]
    tasks = sorted(found, key=lambda t: t.span[0])
    for i, task in enumerate(tasks, 1):
        task.id = item_id("t", i)
    draft.tasks = tasks


_MINUTES_REACH = 300  # the head of a 纪要 whose title line was not read (专题会议纪要 / 〔2025〕第12期)


def _minutes(draft: Draft) -> bool:
    """The notice is a meeting's minutes (纪要): only there an agenda part records settled work."""
    title = draft.metadata.title
    return "纪要" in (title if title else draft.text[:_MINUTES_REACH])
