"""The not-a-target rules: small named tests, tried in order, each throwing out a kind of
quantity the annotation guide says is no target (a past figure, a condition of eligibility, a
penalty, a staffing count, a part of a name …). `not_a_target` names the first that fires.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Callable

from ..text.numerals import to_number
from . import deadlines, target_vocab as vocab
from ..vocabulary import rows as _rows
from .target_clauses import (
    BY_YEAR, CLAUSE_END_RE, clause_before, done_without_aim, has_aim, marks_the_noun, sentence_bounds,
    sentence_opening,
)
from .target_candidates import CJK, Candidate, NEW_PREDICATE, measure_kind
from .target_years import page_end_lines


_PAST_YEAR = re.compile(r"(?:19|20)[0-9]{2}年(?:以来|实施的|底?已|共有)|共有|已有|已建成|已累计|已达到")
_NEIGHBOUR_BLOCKERS = re.compile(r"[A-Za-z0-9.]")

_QUORUM_BEFORE = ("须有", "须经", "应有", "应经", "经")
_TIME_UNITS = ("年", "天", "岁")  # measures that count only after a time metric (data/time_metrics.txt)


def _unit_is_not_a_measure(text: str, cand: Candidate) -> bool:
    """Years, months, durations, frequencies, ranks, levels: 2020年, 6个月, 召开1次, 十九大."""
    if cand.unit is None:
        # 每年减少1/3, 三分之二以上的行政村, 比例不少于1/3, 占比达到三分之一: a share with a comparator or an aim
        aimed = cand.cmp != "=" or text.endswith(vocab.aim_verbs(), max(0, cand.start - 3), cand.start)
        # 须有超过三分之二的委员出席, 经二分之一以上成员同意: a quorum of a procedure, no aim
        quorum = text.endswith(_QUORUM_BEFORE, max(0, cand.start - 2), cand.start)
        return not (cand.fraction and (cand.direction or cand.suffix or aimed) and not quorum)
    if measure_kind(cand) == "doubling":
        return cand.direction is None  # 翻一番; 一番努力 is a bout of effort
    if cand.unit in _TIME_UNITS and cand.value < 1000 and any(w in clause_before(text, cand.start, 16) for w in vocab.time_metrics()):
        return False  # 受教育年限达到11.5年, 预期寿命79岁, 重污染天数3天以内: the metric's own measure
    return cand.unit in vocab.non_target_units()


def _part_of_a_token(text: str, cand: Candidate) -> bool:
    """5G, AAA级, 1.2.3, 第四次, 前10名: a number glued to letters, ordinals or a rank is not a quantity."""
    before = text[cand.num_start - 1] if cand.num_start else ""
    after = text[cand.end] if cand.end < len(text) else ""
    glued_after = cand.unit is None and bool(after and re.match(r"[A-Za-z]", after))
    rank = before == "前" and cand.unit == "名"  # 评选前10名: a place in a ranking (名 counts people elsewhere)
    day = before == "月" and cand.unit == "起"  # 自7月1起施行: a date whose 日 was dropped, not one case
    # 自2021-11-25起施行, 2025-01-01至2026-12-31期间: the month or day of a date in figures, not 25 cases or 12 issues
    figures = before in "-/" and _DATE_IN_FIGURES.search(text, max(0, cand.num_start - 8), cand.num_start) is not None
    return bool(before and (_NEIGHBOUR_BLOCKERS.match(before) or before == "第")) or glued_after or rank or day or figures


# A year and a month in figures right before a number: 2021-11-(25), 2026-(12)-31, 2025/(6)/30.
_DATE_IN_FIGURES = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}([-/])(?:[0-9]{1,2}\1)?$")


def _quoted_or_named(text: str, cand: Candidate) -> bool:
    """“4个1”, 《…24条》, 「…」: numbers inside quotes and titles are names and slogans."""
    for opening, closing in (("“", "”"), ("《", "》"), ("「", "」"), ('"', '"')):
        left = text.rfind(opening, max(0, cand.num_start - 20), cand.num_start)
        if left < 0 or closing in text[left + 1 : cand.num_start] and opening != closing:
            continue
        if opening == closing and text.count(opening, max(0, cand.num_start - 20), cand.num_start) % 2 == 0:
            continue
        if closing in text[cand.end : cand.end + 20]:
            return True
    return False


def _fraction_of_a_count(text: str, cand: Candidate) -> bool:
    """4.2应急响应: a count (个, 处, 家) is whole, so a decimal glued to a word is a heading
    number; an average stays (每千人口托位数达到4.5个。)."""
    kind = measure_kind(cand)
    if kind != "count" or cand.magnitude or cand.value == cand.value.to_integral_value():
        return False
    return cand.end < len(text) and bool(CJK.match(text[cand.end]))


_LIST_AHEAD = ("以下", "下列", "如下")


def _sums_up_a_list(text: str, cand: Candidate) -> bool:
    """农业发展银行等5家银行: a number after 等 counts the names just listed; unless the
    clause opens with 在 (在A、B等14家单位推广应用), where the count is the planned scope. After
    以下/下列 it counts the names listed next."""
    if text.endswith(_LIST_AHEAD, 0, cand.start):
        return True  # 对以下8个单位予以通报表扬, 下列5项: the count of the list that follows
    if cand.start == 0 or text[cand.start - 1] != "等":
        return False
    s_start, _ = sentence_bounds(text, cand.start)
    return not re.search(r"(?:^|[,;:])在", text[s_start : cand.start])


# A group row of a 问题清单 (一、水污染防治方面(2个), (三)生态保护方面问题(3项)): its list mark, the group's
# name (…方面, …问题, …领域, …类) and a bracketed count of its items closing the line (a table's empty
# cells after it).
# A part's number in the document's outline (一、 / (一)); with a list's (1. / 1、) where a group row may
# carry it. The group-row and part-caption readers here and the targets stage's table walk share it.
PART_NUMBER = r"(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))"
_ROW_NUMBER = rf"(?:{PART_NUMBER}|[0-9]{{1,2}}[.、])"
_GROUP_OPENING = re.compile(rf"[ \t\u3000]*{_ROW_NUMBER}[^。;\t\n]{{1,30}}(?:方面|问题|领域|类)\($")
_GROUP_COUNT = re.compile(r"\)[ \t\u3000:]*(?:\n|$)")
# A part of a task list captioned with the count of its items (一、政务服务提质增效(6项), (二)强化要素保障(3条)):
# 项 and 条 count items, so a caption closing its heading line with one counts the items under it where the
# part's first item opens the next line; in flat text, where that item follows (…(6项) 1-1 …, …(6项) ★2-1 …),
# after a space or a stop. A heading with no items under it (…(一)出台配套政策文件(10项)⏎由市发改委牵头…) is
# a task, and its count what the task is to deliver. The count may say it sums them up ((共6项), (计3条)).
_PART_OPENING = re.compile(rf"[ \t\u3000]*{_ROW_NUMBER}[^。;\t\n]{{1,40}}\((?:共|计|合计)?$")
_FLAT_PART_OPENING = re.compile(rf"(?:^|(?<=[ \t\u3000。;])){PART_NUMBER}[^。;\t\n ]{{1,40}}\((?:共|计|合计)?$")
_FIRST_ITEM = r"[★▲☆]?(?:\d{1,2}[-.]1(?!\d)|1[.、]|\(1\)|\(一\))"
_FIRST_ITEM_AFTER = re.compile(rf"\)[ \t\u3000]+{_FIRST_ITEM}")
_FIRST_ITEM_OPENING = re.compile(rf"[ \t\u3000]*{_FIRST_ITEM}")
_PAGE_END_REACH = 6  # lines of a PDF's page end (blank lines, its number, a running header) between


def _first_item_below(text: str, line_start: int) -> bool:
    """The part's first item opens the line at line_start, or the first line after blank lines and a PDF's
    page end (— 3 —, a running header: target_years.page_end_lines)."""
    page_ends = page_end_lines(text)
    for _ in range(_PAGE_END_REACH):
        line_end = text.find("\n", line_start)
        if line_end < 0 or not (line_start in page_ends or not text[line_start:line_end].strip()):
            break
        line_start = line_end + 1
    return _FIRST_ITEM_OPENING.match(text, line_start) is not None


def _counts_a_groups_items(text: str, cand: Candidate) -> bool:
    """一、水污染防治方面(2个): the bracketed count on a problem list's group row counts the group's
    own items (the rows under it), no aim; so does a part's (6项) / (3条) over its items (_PART_OPENING)."""
    if cand.cmp != "=" or cand.value_max is not None or cand.unit not in ("个", "项", "条", "件", "处", "类"):
        return False
    line_start = text.rfind("\n", 0, cand.num_start) + 1
    counts_items = cand.unit in ("项", "条")
    closing = _GROUP_COUNT.match(text, cand.end)
    if closing is not None:
        if _GROUP_OPENING.fullmatch(text, line_start, cand.num_start) is not None:
            return True
        return (counts_items and _PART_OPENING.fullmatch(text, line_start, cand.num_start) is not None
                and _first_item_below(text, closing.end()))
    return (counts_items and _FIRST_ITEM_AFTER.match(text, cand.end) is not None
            and _FLAT_PART_OPENING.search(text, max(line_start, cand.num_start - 45), cand.num_start) is not None)


# 从2022年的50家增加到100家, 由目前的60%提高到80%: the start of a change named with 的, and the change.
_BASE_OPENING = re.compile(r"[由从][^,。;:、由从]{1,8}的$")
_CHANGE_TO = re.compile(r"(?:增加|提高|提升|下降|降低|减少|增长|扩大|压缩|压减|缩短)(?:到|至)")


def _base_of_a_change(text: str, cand: Candidate) -> bool:
    """由0.62万元下降至0.45万元: the amount after 由/从 is where a change starts, not its aim."""
    if cand.start > 0 and text[cand.start - 1] in "由从":
        return True
    return (text[cand.start - 1 : cand.start] == "的" and _CHANGE_TO.match(text, cand.end) is not None
            and _BASE_OPENING.search(text, max(0, cand.start - 10), cand.start) is not None)


def _condition(text: str, cand: Candidate) -> bool:
    """涉及三家以上债权银行的企业: a quantity after a condition word says who qualifies."""
    clause = clause_before(text, cand.start)
    condition = max(vocab.word_search("condition").finditer(clause), key=lambda m: m.start(), default=None)  # the last
    if condition is None:
        return False
    after = clause[condition.end() :]
    # 涉及重大危险源的企业…装备率达到100% (…比例不低于90%): the phrase closed with 的, an aim verb or a
    # floor or cap sets the amount for what it picked out (an amount inside the phrase,
    # 达到500万元以上的企业, stays a threshold), unless what follows grants the case something
    # (凡…的企业年纳税额达到100万元以上,给予奖励): then the amount still says who qualifies
    aim = after.endswith(vocab.aim_verbs()) or cand.start < cand.num_start
    if ("的" in after and aim and not text.startswith("的", cand.end) and not _condition_goes_on(text, cand.end)
            and not _benefit_follows(text, cand.end)):
        return False
    # 对符合条件的企业给予最高50万元补助: an amount after a verb of granting is the grant
    return not any(verb in after for verb in vocab.amount_words("verb"))


_CLAUSE_END = re.compile(r"[,;。!?\n]")


def _condition_goes_on(text: str, end: int) -> bool:
    """The clause after the amount closes a condition (…达到25%(超过100人的企业达到15%)并与其签订
    劳动合同的,可申请…): the amount is part of who qualifies, whatever its own phrase says."""
    stop = _CLAUSE_END.search(text, end, end + 80)
    return stop is not None and text[end : stop.start()].rstrip().endswith("的")


_REST_END = re.compile(r"[;。!?\n]")

# The next clause's opening before its verb: a modal or 按规定 (…,可申请…; …,按规定享受…).
_BENEFIT_CLAUSE = re.compile(r"[^,;。]{0,12}?,(?P<modal>(?:可|即可|均可|还可|并可|可按|按|按照)(?:有关|相关)?(?:规定|政策|标准)?)?")
_ONLY_VERBS = ("给予", "予以")


def _benefit_follows(text: str, end: int) -> bool:
    """The rest of the sentence after the amount grants the case something (…达到30人以上,可申请稳岗补贴。
    …不低于3%,按规定享受加计扣除。): the amount is the bar to clear for it."""
    stop = _REST_END.search(text, end, end + 40)
    rest = text[end : stop.start() if stop else end + 40]
    clause = _BENEFIT_CLAUSE.match(rest)
    if clause is None:
        return False
    rest = rest[clause.end() :]
    word = next((w for w in vocab.amount_words("benefit") if rest.startswith(w)), None)
    # the word is the next clause's verb: 给予/予以 only ever are; 享受, 补贴 … may open a noun
    # (…达到100%,享受政策企业全部纳入监管; …增长20%以上,补贴资金全部兑现) unless a modal says so (可申请, 按规定享受)
    return word is not None and (bool(clause.group("modal")) or word in _ONLY_VERBS)


def _past_fact(text: str, cand: Candidate) -> bool:
    """将2016年实施的24项措施, 全市共有企业1200家, 省财政已下达资金2000万元, 去年新增3000户:
    what the clause reports as already so, or a sentence that opens in the past (data/not_target_past.txt);
    and what a forecast says of weather or water (_forecast_of_nature): reported, not aimed at."""
    if _forecast_of_nature(text, cand) or _describes_the_problem(text, cand):
        return True
    clause = clause_before(text, cand.start)
    if BY_YEAR.search(clause):
        return False
    past = _PAST_YEAR.search(clause)
    # with the candidate's own comparator (…已建设施正常运行率|不低于90%): a rate that an aim bound follows
    own = clause + text[cand.start : cand.num_start]
    if past and past.group().startswith("已") and marks_the_noun(own, past.start()):
        past = None  # 对已建成小区实施改造120个: 已建成 says which houses, the count is the plan's
    if past:  # unless an aim governs it: 确保已建成项目投产率达到90%
        return not has_aim(clause[: past.start()] + clause[past.end() :])
    if done_without_aim(own) or _size_of_the_whole(text, cand) or _reported_after(text, cand):
        return True
    opening = sentence_opening(text, cand.start)
    return _opens_with_a_fact(opening) and not has_aim(opening)


def _describes_the_problem(text: str, cand: Candidate) -> bool:
    """针对…一季度仅完成投资0.6亿元的问题,…: a quantity inside the phrase naming the problem the work
    answers (data/not_target_past.txt, addressed … problem, in one clause) describes the shortfall."""
    clause = clause_before(text, cand.start)
    if not any(word in clause for word in vocab.past_words("addressed")):
        return False  # one C search per word rules out most clauses
    if not any(_as_preposition(clause, word) for word in vocab.past_words("addressed")):
        return False  # 有针对性地帮助300家企业解决…的问题: the noun 针对性 (aptly) names no problem
    rest = CLAUSE_END_RE.split(text[cand.end : cand.end + 40], 1)[0]
    return any(word in rest for word in vocab.past_words("problem"))


def _as_preposition(clause: str, word: str) -> bool:
    """Whether `word` (针对) stands in the clause as the preposition opening what the work answers, not
    inside the noun it makes with 性 (针对性: 有针对性地, 增强针对性)."""
    at = clause.find(word)
    while at >= 0:
        if not clause.startswith("性", at + len(word)):
            return True
        at = clause.find(word, at + 1)
    return False


def _forecast_of_nature(text: str, cand: Candidate) -> bool:
    """县水文站预测,…水位将超过警戒水位0.5米左右; 预计…降雨量50~100毫米: after a forecast word, a quantity
    whose clause names weather or water (data/forecasts.tsv) measures a natural state, no aim; a clause
    of work (预计汛期前完成…20座, 预计总投资5亿元) still sets one. A departure from the norm (较常年同期偏多3成,
    气温偏高1~2℃) describes the weather, forecast word or none: no aim is written so."""
    clause = clause_before(text, cand.start)
    if clause.endswith(deadlines.forecasts("anomaly")):
        return True
    for word in deadlines.forecasts("not_state"):  # 雨水管网, 雨污分流: a works' name, not the weather
        clause = clause.replace(word, "")
    if not any(state in clause for state in deadlines.forecasts("state")) or any(
            verb in clause for verb in NEW_PREDICATE if verb != "达到"):
        return False  # the clause first: most name no weather, and the sentence's opening costs more
    opening = sentence_opening(text, cand.start)
    # the last forecast word that forecasts (not 预报系统, 预测预警: data/forecasts.tsv, tool); what it says up to
    # the quantity is the forecast's only with no aim (各乡镇要…, 确保…) in it, and no work (预计投资5亿元,
    # 新建防洪堤30公里) in the quantity's own clause: work named in an earlier clause, or before a 后 (上游
    # 水库实施泄洪后,下游水位将上涨1.2米), is the event the forecast follows, the quantity still nature's
    said = max((at + len(word) for word in deadlines.forecasts("word") for at in _finditer_str(opening, word)
                if not opening.startswith(deadlines.forecasts("tool"), at + len(word))), default=-1)
    if said < 0:
        return False
    rest = opening[said:]
    own = CLAUSE_END_RE.split(rest)[-1]
    own = own[own.rfind("后") + 1 :]
    return not has_aim(rest) and not any(verb in own for verb in deadlines.forecasts("work"))


def _finditer_str(s: str, word: str):
    at = s.find(word)
    while at >= 0:
        yield at
        at = s.find(word, at + 1)


def _reported_after(text: str, cand: Candidate) -> bool:
    """对9个县(市、区)和高新区…开展了专项督查: a sentence whose verb after the count is a completed
    one (…了: data/not_target_past.txt, done) reports, unless an aim governs it."""
    _, end = sentence_bounds(text, cand.start)
    rest = text[cand.end : end]
    if "了" not in rest:
        return False  # one C call rules out most sentences
    # the count's own clause: a later one is other work (培训农民5000人次,对已开展了培训的农民跟踪服务), and a
    # 了-verb before 的 names a noun (进行了登记的农民), it reports nothing
    rest = CLAUSE_END_RE.split(rest, 1)[0]
    done = [w for w in vocab.past_words("done") if w.endswith("了") and w in rest and "的" not in rest[rest.index(w):]]
    # the count's own clause and what follows it: a purpose opening the sentence (为推动…,) is no aim of it
    return bool(done) and not has_aim(clause_before(text, cand.start) + rest)


def _opens_with_a_fact(opening: str) -> bool:
    """去年…, 近年来…, 全市现有…: a sentence that opens by reporting the past or a stock."""
    if opening.startswith(vocab.past_words("open")):
        return True
    if not opening.startswith(vocab.past_words("whole")):
        return False  # one C call rules out most openings; the search below finds which word it is
    whole = next((w for w in vocab.past_words("whole") if opening.startswith(w)), None)
    return whole is not None and opening.startswith(vocab.past_words("has"), len(whole))


_AS_OF_YEAR = re.compile(r"\s?((?:19|20)[0-9]{2})年(?:\s?([0-9]{1,2})\s?月)?")
_LATER_YEAR = re.compile(r"((?:19|20)[0-9]{2})年")
# A year opening a sentence, not as the start of a span or a by-date (2022—2025年, 2022年底前).
_PAST_OPENING_YEAR = re.compile(r"((?:19|20)[0-9]{2})年(?!\s?[至到\-—–~]|底?之?前|以前)")
_PLAN_TERM = re.compile(r"(“)?十([一二三四五六七八九])五(?(1)”)")
_PAST_SPAN = re.compile(r"(?:19|20)[0-9]{2}年?\s?[-—–~至到]\s?((?:19|20)[0-9]{2})年(?!底?之?前|以前)")


def opens_at_a_past_date(text: str, pos: int, ref_year: int, this_month: tuple[int, int] | None = None) -> bool:
    """截至2022年底,… or “十三五”期间,… opening the sentence, in a notice of a later year: the
    quantities after it report where things stood, unless an aim governs them (…,到2025年达到…);
    so does a period with no year over when the notice was signed (上半年完成投资50亿元 in August)."""
    opening = sentence_opening(text, pos)
    if opening[:1] in "全我本":  # 全市截至2022年底,… / 全市2022年完成…: the jurisdiction first
        opening = opening[len(next((w for w in vocab.past_words("whole") if opening.startswith(w)), "")) :]
    if deadlines.period_over(opening, 0, ref_year, this_month):
        return any(verb in opening for verb in vocab.past_words("result")) and not has_aim(opening)
    # 2024年10月—2025年3月期间,全市共查处… in April 2025: a window over when it was signed reports, as a period does
    window_end = deadlines.window_over_at(opening, 0, ref_year, this_month) if opening.startswith(("19", "20")) else None
    if window_end is not None:
        return any(verb in opening for verb in vocab.past_words("result")) and not has_aim(opening[window_end:])
    if not opening.startswith(("截", "十", "“十", "19", "20")):
        return False
    word = next((w for w in vocab.past_words("as_of") if opening.startswith(w)), None)
    # 2020—2022年完成改造1000户 in a 2023 notice: a span over when it was signed reports, like a past year
    year = None if word else _PAST_OPENING_YEAR.match(opening) or _PAST_SPAN.match(opening)
    if year:  # (全市)2022年完成投资1.2亿元 in a 2023 notice: last year's figures, a statistic
        past = int(year.group(year.lastindex)) < ref_year and any(verb in opening for verb in vocab.past_words("result"))
    elif word:
        year = _AS_OF_YEAR.match(opening, len(word))
        # 截至2025年1月底,… in a notice signed in March 2025: a month over when it was signed, as a past year is
        past = year is not None and (int(year.group(1)) < ref_year or bool(
            year.group(2) and this_month and (int(year.group(1)), int(year.group(2))) < this_month))
        opening = opening[len(word) :]  # 截至 holds 至, which reads as an aim's 至2025年
    else:  # the Nth five-year plan (N >= 3) ends in 1970+5(N-3): 十三五 in 2020
        term = _PLAN_TERM.match(opening)
        past = term is not None and opening.startswith(vocab.past_words("term"), term.end())
        past = past and 1970 + 5 * (int(to_number(term.group(2))) + 7) < ref_year
    if past and year is not None:  # …,2023年新建1000个: a year of the plan's governs what follows it
        past = all(int(y) < ref_year for y in _LATER_YEAR.findall(opening, year.end() - (len(word) if word else 0)))
    if past and year is not None and year.re is _PAST_SPAN:
        opening = opening[year.end() :]  # the span's 至2022年 is no aim's 至
    return bool(past) and not has_aim(opening)


def _size_of_the_whole(text: str, cand: Candidate) -> bool:
    """全市12个县区, 全省16个市: a count of the jurisdiction's own divisions states its size;
    after 在 it is the scope the plan picks (在全市8个乡镇开展试点), an aim like 在A、B等14家单位推广."""
    if not text.endswith(vocab.past_words("whole"), 0, cand.start):
        return False  # one C call rules out most candidates; the loop below finds which word it is
    if vocab.measures().get(cand.unit or "", ("", 0, ""))[2] == "rate":
        return False  # 全市80%以上乡镇, 全市八成乡镇: a share of the divisions, no count of them
    whole = next((w for w in vocab.past_words("whole") if cand.start >= len(w) and text.startswith(w, cand.start - len(w))), None)
    if whole is None or text[cand.start - len(whole) - 1 : cand.start - len(whole)] == "在":
        return False
    if not text.startswith(vocab.past_words("division"), cand.end):
        return False
    # 市场主体, 省级示范园区, 区域龙头企业: a division word that opens a longer noun counts
    # something else, not the divisions.
    return not text.startswith(vocab.past_words("not_division"), cand.end)


SLOGAN_COUNT_MAX = 20
"""A plain count in Chinese numerals below this names the plan's own slogans (十大工程, 六大提升);
from twenty on it is a planned count (建成二十个产业集群): slogans count a handful of things."""


def _chinese_without_comparator(text: str, cand: Candidate) -> bool:
    """六大提升, 七通一平, 三项保障: small counts in Chinese numerals name the plan's own slogans
    unless a comparator or range makes them an aim (两个以上, 三至五家, 两三个). An amount of money
    or land, a magnitude or a count of twenty or more is a quantity (五百万元, 新增学位三千个, 建成二十个)."""
    if cand.chinese and text[cand.num_start] in "百千" and (cand.cmp == "=" or cand.suffix):
        return True  # 百家企业技改工程, 千亩基地, 千人以上企业: a bare round 百/千 names; 逾百家, 超千亿元 aim
    if not (cand.chinese and cand.cmp == "="):
        return False
    kind = vocab.measures().get(cand.unit or "", (None, None, "count"))[2]
    return kind == "count" and not cand.magnitude and cand.value < SLOGAN_COUNT_MAX


# An alternative joined to the number before it: 一般为5人或7人 (the 7人 shares the 5人's reading).
_ALTERNATIVE_BEFORE = re.compile(r"(\d{1,3})[名人位](?:或|、|或者)$")

STAFFING_MAX = 10
"""Staffing names a few people (明确1名分管负责人, 成员一般为3人或5人); from this many on, a count is a programme's."""


def _staffing(text: str, cand: Candidate) -> bool:
    """明确1名分管负责人, 安排1名联络员, 成员一般为3人或5人: staffing is not a target."""
    if cand.unit not in ("名", "人", "位"):
        return False
    start = cand.start
    alternative = _ALTERNATIVE_BEFORE.search(text, max(0, start - 8), start)
    if alternative:  # judge the first of the alternatives by its own context
        start = alternative.start()
    if cand.magnitude or cand.value >= STAFFING_MAX:
        return False  # 每年选派100名科技特派员: a programme's count of people, not who staffs the work
    head = text[max(0, start - 4) : start]
    tail = text[cand.end : cand.end + 6]
    inside = text[cand.start : cand.num_start]  # 至少配备1名: the verb between a comparator and the number
    return (head.endswith(vocab.staffing_words("before")) or inside.endswith(vocab.staffing_words("before"))
            or tail.startswith(vocab.staffing_words("after")) or _floor_of_a_staffing_standard(text, start)
            or _post_in_a_staffing_clause(text, start))


def _post_in_a_staffing_clause(text: str, start: int) -> bool:
    """配备救护车2辆、医护人员8名: a count written after its post (…人员) in a clause that holds a staffing
    verb is staffing too, as 配备8名医护人员 is (W46)."""
    if not text[max(0, start - 2) : start] == "人员":
        return False
    clause = clause_before(text, start, 40)
    return any(len(verb) > 1 and verb in clause for verb in vocab.staffing_words("before"))


_SENTENCE_END = re.compile(r"[。;:\n]")
_CLAUSE_START = ",;。:\n"
_BRACKETED_ALTERNATIVE = re.compile(r"\([^()]{1,6}\)$")


def _floor_of_a_staffing_standard(text: str, start: int) -> bool:
    """按每300人配备1名的标准配置,人口较少的村不少于2名: a clause that names only the places (its last
    noun a place, data/not_target_staffing.txt) borrows the staffing verb of an earlier count in its
    sentence, so its bound is staffing too (a clause with a verb of its own, 培训乡村医生不少于3名, is not)."""
    clause_from = max(text.rfind(ch, max(0, start - 20), start) for ch in _CLAUSE_START) + 1
    if clause_from <= 0 or text[clause_from - 1] not in ",":
        return False  # the first clause of its sentence has no standard before it
    clause = _BRACKETED_ALTERNATIVE.sub("", text[clause_from:start])  # 人口较少的村(社区): the place before its alternative
    if not clause.endswith(vocab.staffing_words("place")):
        return False
    sentence_from = max(0, start - 80)
    ends = list(_SENTENCE_END.finditer(text, sentence_from, clause_from))
    if ends:
        sentence_from = ends[-1].end()
    return _staffing_count().search(text, sentence_from, clause_from) is not None


@cache
def _staffing_count() -> re.Pattern[str]:
    """A staffing count: a verb of data/not_target_staffing.txt, then 1-3 digits and 名/人 (配备1名)."""
    verbs = "|".join(map(re.escape, vocab.staffing_words("before")))
    return re.compile(rf"(?:{verbs})\d{{1,3}}[名人]")


# households, people, bodies, schools, buildings, sites, machines, vehicles: things, never the plan's parts
_NEVER_PARTS = ("户", "人", "名", "人次", "家", "所", "座", "处", "台", "辆", "套", "栋")


@cache
def _meeting_words(position: str) -> tuple[str, ...]:
    """A meeting's arrangement words (发言, 参会) and what stands before its counts (的, 限)."""
    return tuple(sorted({row[1] for row in _rows("not_target_meeting.txt") if row[0] == position}, key=lambda w: (-len(w), w)))


def _meeting_arrangement(text: str, cand: Candidate) -> bool:
    """作交流发言的3个市、县, 每个参会单位限停车1辆: a meeting's speakers or a participant's quota."""
    if cand.magnitude or cand.cmp not in ("=", "<="):
        return False
    near = text[max(0, cand.num_start - 4) : cand.num_start]
    picked = near.endswith("的") and "的" in _meeting_words("before")
    quota = any(w != "的" and w in near and _han_tail(near, w) for w in _meeting_words("before"))
    if not (picked or quota):
        return False
    return any(w in clause_before(text, cand.num_start) for w in _meeting_words("act"))


def _han_tail(near: str, word: str) -> bool:
    """`word` in `near` followed by nothing but Chinese characters (限停车 before the number)."""
    tail = near[near.rfind(word) + len(word) :]
    return all("\u4e00" <= c <= "\u9fff" for c in tail)


def _plan_part_or_name(text: str, cand: Candidate) -> bool:
    """重点抓好N项工作, 人才新政N条: counts of the plan's parts and numbers in policy names."""
    head = text[max(0, cand.start - 4) : cand.start]
    if head.endswith(vocab.part_words("before")):
        return True
    if head.endswith("》") and cand.unit in ("条", "项"):
        return True  # 落实《若干措施》30条: the size of the policy the title names
    if measure_kind(cand) != "count" or cand.magnitude or cand.unit in _NEVER_PARTS:
        return False  # 完成3.2万户改造任务: households and people, or ten thousands, are never the plan's parts
    # The noun the count counts: its first or last word names a part (18项工作, 15项重点改革任务).
    noun = re.split(r"[^\u4e00-\u9fff]", text[cand.end : cand.end + 10], maxsplit=1)[0]
    words = vocab.part_words("after")
    return noun.startswith(words) or (len(noun) <= 8 and noun.endswith(words))


def _classification_criterion(text: str, cand: Candidate) -> bool:
    """特别重大…造成30人以上死亡: thresholds in a sentence that defines a class or level (not a change
    or an aim of a safety plan: 较大事故起数下降20%, 不超过2起, 重大事故隐患整改率达到100%)."""
    start, end = sentence_bounds(text, cand.start)
    sentence = text[max(start, cand.start - 200) : min(end, cand.end + 200)]
    if not any(not sentence.startswith(_TIERED, m.end()) for m in vocab.word_search("classification").finditer(sentence)):
        return False  # (三级响应机制: a mechanism over three tiers of government, no grade)
    # 不超过2起, 不低于90%: a cap or floor written before the number; a level's bounds (超过100万人,
    # 少于3人, 30人以上) stay
    bound_before = cand.start < cand.num_start and cand.cmp in ("<=", ">=")
    if cand.direction or bound_before or text.endswith(vocab.aim_verbs(), max(0, cand.start - 3), cand.start):
        # a change, a bound written before the number or an aim verb: an aim of a safety plan, unless
        # its own clause defines a level (较大事故是指…死亡人数达到3人以上、不超过9人)
        return _DEFINES.search(clause_before(text, cand.start, 80)) is not None
    return True


_TIERED = ("机制", "体系", "网络")
# A sentence that defines a class or level (较大事故是指…, 分为特别重大、重大、较大和一般四级).
_DEFINES = re.compile(r"是指|系指|指的是|分为")


def _penalty(text: str, cand: Candidate) -> bool:
    """处1000元以上1万元以下罚款: amounts in a sentence that sets a sanction."""
    start, end = sentence_bounds(text, cand.start)
    sentence = text[start:end]
    return vocab.word_search("penalty").search(sentence) is not None


def qualifies_a_noun(text: str, cand: Candidate) -> bool:
    """投资50亿元以上产业项目, 5000万元以上的项目: an amount of money, land or energy with a
    comparator right before a noun says which things count, it does not set an aim."""
    kind = measure_kind(cand)
    nxt = text[cand.end] if cand.end < len(text) else ""
    if nxt == "的" and cand.cmp in (">=", ">") and (kind in ("money", "area", "amount") or kind == "count" and not cand.suffix):
        if kind == "money" and _names_a_fund(text, cand.end + 1):
            return False  # 安排不低于1000万元的专项资金: the fund's size is set, it does not pick things
        if text.startswith(vocab.amount_words("aim"), cand.end + 1):
            return False  # 力争产值突破3000亿元的目标: the noun is the aim itself, as 超100亿元目标
        # 超过100人的企业, 5000万元以上的项目: a threshold on the noun. A cap stays
        # (最高不超过20万元的贷款), and so do a share (80%以上的行政村) and a planned count
        # (培育10家以上的龙头企业).
        return True
    if kind not in ("money", "area", "amount") or not nxt or not CJK.match(nxt) or nxt in "的或和及与、等":
        return False
    if kind == "money" and (_names_a_grant(text, cand.end) or text.startswith(vocab.amount_words("verb"), cand.end)):
        return False  # 给予20万元奖励, 5万元安家补贴, 按每人1000元给予补贴: the amount granted (call 17)
    if (kind == "money" and (cand.cmp == "=" or (cand.cmp == "<=" and cand.start < cand.num_start))
            and text.endswith(vocab.amount_words("verb"), max(0, cand.start - 4), cand.start)):
        # 给予5万元工作经费奖励, 奖励最高10万元研发经费: a granting verb right before it, the noun is what it
        # grants; a bound written after the figure (资助100万元以下项目) makes the noun a class of things
        return False
    if text.startswith(vocab.amount_words("aim"), cand.end):
        return False  # 超100亿元目标, 突破100亿元大关: the noun is the aim itself
    if kind in ("money", "amount") and cand.cmp == "=":
        if text.startswith(vocab.amount_words("use"), cand.end) and kind == "money":
            return False  # 投资3.5亿元建设污水处理厂: the investment planned for the work
        noun = _NOUN_AFTER.match(text, cand.end)
        # N万吨XX产能项目, N亿元专项再贷款: a plain amount naming a facility or a fund; not a task's
        # size (完成12万吨减排任务)
        return not (noun and noun.group().endswith(vocab.amount_words("aim")))
    # 5亿元以上项目, 超100亿元企业: a floor written before or after the amount says which things count
    return (cand.suffix is not None or cand.cmp == ">") and cand.cmp != "~"


def _names_a_grant(text: str, pos: int) -> bool:
    """The noun right after an amount names a grant (奖励, 一次性奖励: data/amount_words.txt), also
    after a two-character word of purpose (安家补贴, 租房补贴); not 项目给予奖励."""
    words = vocab.amount_words("noun")
    return text.startswith(words, pos) or (_TWO_CJK.match(text, pos) is not None and text.startswith(words, pos + 2))


_TWO_CJK = re.compile(r"[\u4e00-\u9fff]{2}")
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,12}")  # 数字经济发展专项资金: a fund named by its purpose


def _names_a_fund(text: str, pos: int) -> bool:
    """The noun at `pos` opens or ends with a fund (专项资金, 产业引导基金: data/amount_words.txt)."""
    noun = _NOUN_AFTER.match(text, pos)
    words = vocab.amount_words("fund")
    return noun is not None and (noun.group().startswith(words) or noun.group().endswith(words))


RULES: tuple[Callable[[str, Candidate], bool], ...] = (
    _unit_is_not_a_measure,
    _part_of_a_token,
    _fraction_of_a_count,
    _sums_up_a_list,
    _counts_a_groups_items,
    _base_of_a_change,
    _quoted_or_named,
    _chinese_without_comparator,
    _condition,
    _past_fact,
    _staffing,
    _meeting_arrangement,
    _plan_part_or_name,
    _classification_criterion,
    _penalty,
    qualifies_a_noun,
)


def not_a_target(text: str, cand: Candidate) -> str | None:
    """The name of the first rule that throws the candidate out, or None when it is a target."""
    for rule in RULES:
        if rule(text, cand):
            return rule.__name__.lstrip("_")
    return None
