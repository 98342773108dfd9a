"""Properties every parse must keep, on any input (hypothesis).

For any string or bytes: parse() raises nothing but ParseError; every span lies inside
`text` and `text[start:end]` is the item's own text; ids are unique and numbered in
document order; every reference (parent, section, task) names an existing item; and
parsing twice gives byte-identical JSON.
"""

from __future__ import annotations

import time

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import policyparse
from policyparse.errors import ParseError
from policyparse.model import Document
from policyparse.text import wraps

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Shapes of Chinese notices, taken from the corpus: numbering, role brackets and labels,
# quantities, dates, units, punctuation and web-page chrome.
NUMBERS = ["一、", "二、", "三、", "十二、", "(一)", "（二）", "(十)", "1.", "2.", "12、", "(1)", "（3）", "①", "②", "1.2", "第一章", "第三条", "——"]
HEADINGS = ["总体要求", "主要任务", "重点任务", "保障措施", "责任分工", "工作目标", "强化组织领导", "推行“管委会+平台公司”运营管理模式"]
UNITS = ["市发改委", "市财政局", "各县(市、区)政府", "绥化经济技术开发区管委会", "市委组织部(人才办)", "省统计局", "区发改局、区工信局", "教育部、财政部"]
LABELS = ["牵头单位:", "责任单位:", "配合单位:", "牵头部门:", "区直牵头单位:", "参与单位:", "牵头领导:", "(列第一位者为牵头单位,下同)", "负责", "牵头", "配合", "按职责分工负责", ";", "、"]
BRACKETS = ["〔", "〕", "(", ")", "（", "）", "【", "】", "《", "》", "“", "”"]
QUANTITIES = ["90%以上", "1~2个", "3—5个", "10个左右", "1万亿元以上", "622.7亿元", "不低于70%", "下降2.5%", "每年减少1/3", "250亩以上", "3个百分点", "三年", "“4106”", "2.5%", "1.2万亿元"]
DATES = ["到2027年", "2018年6月底前", "2020年底前", "每年5月底前", "按季度", "每半年", "2025-05-20", "2018-2020年", "(2025—2027年)"]
NOISE = ["访问量:", "字号:大 中 小", "打印本页", "扫一扫在手机打开当前页", "返回顶部", "本文链接", "微信公众号", "附件:", "索引号:", "发文字号:"]
GLUE = ["。", ",", ":", "\n", "\n\n", " ", "\u3000", "\t", "\r\n", "的", "加快", "推进", "通知", "关于印发", "现将"]
FRAGMENTS = NUMBERS + HEADINGS + UNITS + LABELS + BRACKETS + QUANTITIES + DATES + NOISE + GLUE
HTML_FRAGMENTS = ["<p>", "</p>", "<br>", "<div class=\"TRS_Editor\">", "</div>", "<table><tr><td>", "</td><td>", "</td></tr></table>",
                  "<script>var a=1;</script>", "<style>p{}</style>", "&nbsp;", "&#12288;", "<meta charset=\"gbk\">", "<title>", "</title>"]  # fmt: skip

notice_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=80).map("".join)
html_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS + HTML_FRAGMENTS), st.text(max_size=3)), max_size=80).map("".join)


def parse_or_none(source, format=None) -> Document | None:
    try:
        return policyparse.parse(source, format=format)
    except ParseError:
        return None


def check_span(text: str, span, expected: str, what: str, read=lambda text, start, end: text[start:end]) -> None:
    start, end = span
    assert 0 <= start <= end <= len(text), f"{what}: span {span} outside text of length {len(text)}"
    assert read(text, start, end) == expected, f"{what}: text[{start}:{end}] = {text[start:end]!r}, item says {expected!r}"


def check_ids(items, prefix: str) -> list[str]:
    ids = [item.id for item in items]
    assert ids == [f"{prefix}{i}" for i in range(1, len(ids) + 1)], f"ids not {prefix}1.. in order: {ids}"
    return ids


def check_document(doc: Document) -> None:
    text = doc.text
    section_ids = set(check_ids(doc.sections, "s"))
    task_ids = set(check_ids(doc.tasks, "t"))
    check_ids(doc.targets, "g")
    seen: set[str] = set()
    for s in doc.sections:
        start, end = s.span
        assert 0 <= start <= end <= len(text), f"section {s.id}: span {s.span} outside text"
        if s.heading_span is not None:  # its words; a PDF page end's number and header inside it left out
            check_span(text, s.heading_span, s.heading, f"section {s.id} heading", wraps.without_page_ends)
            assert start <= s.heading_span[0] and s.heading_span[1] <= end, f"section {s.id}: heading outside its span"
        assert s.parent is None or s.parent in seen, f"section {s.id}: parent {s.parent} is not an earlier section"
        assert s.level >= 1
        for u in s.units:
            if u.span is not None:
                check_span(text, u.span, u.name, f"section {s.id} unit")
        seen.add(s.id)
    for t in doc.tasks:
        check_span(text, t.span, t.text, f"task {t.id}")
        assert t.section is None or t.section in section_ids, f"task {t.id}: section {t.section} does not exist"
        for u in t.units:
            if u.span is not None:
                check_span(text, u.span, u.name, f"task {t.id} unit")
        for d in t.deadlines:
            check_span(text, d.span, d.text, f"task {t.id} deadline")
    for g in doc.targets:
        check_span(text, g.span, g.text, f"target {g.id}")
        assert g.task is None or g.task in task_ids, f"target {g.id}: task {g.task} does not exist"
        assert g.section is None or g.section in section_ids, f"target {g.id}: section {g.section} does not exist"


def check_parse(source, format=None) -> None:
    doc = parse_or_none(source, format)
    if doc is None:
        return
    check_document(doc)
    again = parse_or_none(source, format)
    assert again is not None and again.model_dump_json() == doc.model_dump_json(), "parsing twice differs"


@SETTINGS
@given(st.text())
@example("")
@example("\u3000\n\r\n")
@example("一、")
@example("(一)")
@example("〔牵头单位:")
def test_any_string(s):
    check_parse(s)


@SETTINGS
@given(notice_like)
@example("三、主要任务\n(一)强化组织领导。成立工作专班。〔牵头单位:市发改委;责任单位:各县(市、区)政府〕到2027年,达到90%以上。\n")
@example("1.推行“管委会+平台公司”运营管理模式。2018年6月底前完成。〔牵头单位:市编委办;责任单位:各区县(市)政府、开发区管委会〕")
@example("一、总体要求二、主要任务(一)加快发展1.培育产业。新增10户。2.扩大规模。(二)强化保障")
def test_notice_like_strings(s):
    check_parse(s)


@SETTINGS
@given(html_like)
def test_html_like_strings(s):
    check_parse(s, format="html")
    check_parse(s.encode("utf-8"))


@SETTINGS
@given(st.binary())
@example(b"PK\x03\x04garbage")
@example(b"%PDF-1.4\n")
@example("一、总体要求".encode("gb18030"))
@example(b"\xef\xbb\xbf")
def test_any_bytes(data):
    check_parse(data)


def test_non_text_input_is_a_type_error_not_a_crash():
    for bad in (None, 12, ["一、"]):
        try:
            policyparse.parse(bad)
        except (TypeError, ParseError):
            continue
        raise AssertionError(f"parse({bad!r}) returned a document")


ADVERSARIAL = [
    "一、" * 5000,
    "(" * 10000 + "牵头单位:" + ")" * 10000,
    "1." * 8000,
    "〔牵头单位:" + "市发改委、" * 3000,
    "9" * 20000 + "%以上",
    "到" + "2027年" * 3000,
    "——" * 8000,
    ("市" * 200 + "局,") * 100,
    "\n".join("(%d)" % i for i in range(4000)),
]


def test_adversarial_inputs_parse_in_bounded_time():
    # Linear-time rules keep each of these well under a few seconds; backtracking would not.
    for s in ADVERSARIAL:
        started = time.perf_counter()
        check_parse(s)
        elapsed = time.perf_counter() - started
        assert elapsed < 20, f"{s[:20]!r}… took {elapsed:.1f}s"
