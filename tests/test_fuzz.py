"""Fuzzing with whole notice-shaped documents (issue 6, item 4).

tests/test_properties.py throws flat mixes of fragments at the parser; here hypothesis
builds documents with a notice's structure (title, document number, recipients, 一、
parts, (一) sections, 1. items with role brackets, quantities and deadlines, a signature
and date) and then damages them (noise between the pieces, dropped newlines, page chrome,
HTML wrapping). The invariants: nothing but ParseError is raised, the JSON validates against
the committed schema, every span is exact, and the same input gives byte-identical output.
On undamaged documents the outline must come back: every part heading is a level-1 section.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import policyparse
from policyparse.errors import ParseError
from test_properties import check_document

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

CN = "一二三四五六七八九十"
PART_HEADINGS = ["总体要求", "主要任务", "重点任务", "保障措施", "工作目标", "实施步骤", "组织实施", "工作措施"]
SECTION_HEADINGS = ["强化组织领导", "加快产业集聚", "完善基础设施", "优化营商环境", "加强督促检查", "强化要素保障",
                    "推进数字化转型", "健全工作机制"]
VERBS = ["加快推进", "积极培育", "持续完善", "全面落实", "大力发展", "着力提升", "深入开展"]
OBJECTS = ["开发区建设", "重点产业项目", "公共服务平台", "标准厂房", "就业创业服务", "政务数据共享"]
UNITS = ["市发改委", "市财政局", "市工信局", "市自然资源局", "各县(市、区)政府", "开发区管委会", "省统计局", "市委组织部(人才办)"]
QUANTITIES = ["90%以上", "10个左右", "1.2万亿元", "622.7亿元", "3个百分点", "250亩以上", "1000户", "5家"]
DATES = ["到2027年", "2025年底前", "2026年6月底前", "每年5月底前", "按季度", "2025—2027年"]
COMPARATORS = ["达到", "不低于", "超过", "新增", "力争达到", "累计完成"]
NOISE = ["访问量:", "打印本页", "扫一扫在手机打开当前页", "【字体:大 中 小】", "返回顶部", "\u3000\u3000", " ", "——", "〔", ")", "、",
         "牵头单位:", "1.", "(", "附件:"]


def cn_number(i: int) -> str:
    tens, ones = divmod(i, 10)
    return ((CN[tens - 1] if tens > 1 else "") + "十" if tens else "") + (CN[ones - 1] if ones else "")


@st.composite
def sentence(draw) -> str:
    parts = [draw(st.sampled_from(VERBS)), draw(st.sampled_from(OBJECTS))]
    if draw(st.booleans()):
        parts += [",", draw(st.sampled_from(DATES)), draw(st.sampled_from(COMPARATORS)), draw(st.sampled_from(QUANTITIES))]
    return "".join(parts) + "。"


@st.composite
def roles(draw) -> str:
    lead = draw(st.sampled_from(UNITS))
    others = draw(st.lists(st.sampled_from(UNITS), max_size=3, unique=True))
    shape = draw(st.sampled_from(["paren", "bracket", "prose"]))
    if shape == "paren":
        return f"(牵头单位:{lead}" + (f";责任单位:{'、'.join(others)}" if others else "") + ")"
    if shape == "bracket":
        return f"〔牵头单位:{lead}" + (f";配合单位:{'、'.join(others)}" if others else "") + "〕"
    return f"由{lead}牵头" + (f",{'、'.join(others)}配合" if others else "") + "。"


@st.composite
def notice(draw) -> tuple[str, list[str]]:
    """(text of a notice, its part headings in order)."""
    lines = [f"关于印发{draw(st.sampled_from(OBJECTS))}实施方案的通知", f"某政办发〔{draw(st.integers(2015, 2026))}〕{draw(st.integers(1, 99))}号",
             "各县(市、区)人民政府,市直各有关单位:", "现将《实施方案》印发给你们,请认真贯彻执行。"]
    part_titles = draw(st.lists(st.sampled_from(PART_HEADINGS), min_size=1, max_size=4, unique=True))
    for p, part in enumerate(part_titles, 1):
        lines.append(f"{cn_number(p)}、{part}")
        for s in range(1, draw(st.integers(0, 3)) + 1):
            lines.append(f"({cn_number(s)}){draw(st.sampled_from(SECTION_HEADINGS))}。{draw(sentence())}{draw(roles())}")
            for i in range(1, draw(st.integers(0, 3)) + 1):
                lines.append(f"{i}.{draw(sentence())}{draw(sentence())}{draw(roles())}")
    lines += ["某市人民政府办公室", f"{draw(st.integers(2015, 2026))}年{draw(st.integers(1, 12))}月{draw(st.integers(1, 28))}日"]
    return "\n".join(lines) + "\n", part_titles


@st.composite
def damaged_notice(draw) -> str:
    text, _ = draw(notice())
    lines = text.split("\n")
    out = []
    for line in lines:
        if draw(st.integers(0, 4)) == 0:
            line += draw(st.one_of(st.sampled_from(NOISE), st.text(max_size=3)))
        if draw(st.integers(0, 5)) == 0 and len(line) > 2:  # noise inside a line
            cut = draw(st.integers(0, len(line)))
            line = line[:cut] + draw(st.sampled_from(NOISE)) + line[cut:]
        out.append(line)
    glue = draw(st.sampled_from(["\n", "\n", "\r\n", "", "\n\n", "\u3000"]))  # "" is a page with no newlines
    return glue.join(out)


@cache
def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads((ROOT / "schemas" / "document.schema.json").read_text("utf-8")))


def check_invariants(source, format=None):
    try:
        doc = policyparse.parse(source, format=format)
    except ParseError:
        return None
    dumped = doc.model_dump_json()
    errors = sorted(validator().iter_errors(json.loads(dumped)), key=str)
    assert not errors, f"schema: {errors[0].message} at {list(errors[0].absolute_path)}"
    check_document(doc)
    assert policyparse.parse(source, format=format).model_dump_json() == dumped, "parsing twice differs"
    return doc


@SETTINGS
@given(notice())
def test_a_clean_notice_keeps_its_outline(generated):
    text, parts = generated
    doc = check_invariants(text)
    assert doc is not None
    assert [s.heading for s in doc.sections if s.level == 1] == parts
    assert doc.metadata.title and doc.metadata.title.startswith("关于印发")


@SETTINGS
@given(damaged_notice())
def test_a_damaged_notice_keeps_every_invariant(text):
    check_invariants(text)


@SETTINGS
@given(damaged_notice(), st.sampled_from(["gb18030", "utf-8", "utf-16"]))
def test_a_damaged_notice_in_any_encoding_keeps_every_invariant(text, encoding):
    check_invariants(text.encode(encoding, errors="replace"))


@SETTINGS
@given(damaged_notice(), st.booleans())
def test_a_damaged_notice_as_an_html_page_keeps_every_invariant(text, chrome):
    body = "".join(f"<p>{line}</p>" for line in text.split("\n"))
    page = ("<html><head><meta charset=\"utf-8\"><title>通知</title></head><body>"
            + ("<div class=\"nav\"><a>首页</a><a>政务公开</a><a>政策文件</a></div>" if chrome else "")
            + f"<div class=\"TRS_Editor\">{body}</div>" + ("<div class=\"footer\">版权所有</div>" if chrome else "")
            + "</body></html>")
    doc = check_invariants(page.encode("utf-8"))
    if doc is not None and chrome:
        assert "版权所有" not in doc.text and "政务公开" not in doc.text
