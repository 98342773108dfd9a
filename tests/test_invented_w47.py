"""Helper W47's invented notices (tests/invented/w47-*): the shapes they pin, as made-up fragments,
and a floor on the scores of the notices themselves.

Two kinds the set did not have: a city 印发 notice of a 实施方案 as a web crawler's plain-text dump that
kept HTML remnants (entities &nbsp; &#12288; &ldquo; &rdquo; &mdash; &amp;, stray tags <br/>,
<p style=…>, </span>, </p>, the page title twice, a 来源/发布时间 line, \\r\\n line ends, 【打印】【关闭】);
and a county 人民政府办公室 notice setting up a 领导小组 (组长/副组长/成员 lines of people with posts,
the group's and its office's 主要职责 (一)–(四), a 有关要求 part with prose duties), written for precision.

First run: the dump's sections, tasks, units and deadlines 0.000 and signed_date 0.000 (every heading
stood after &#12288;&#12288;, the signature's lines inside <p> tags), targets 1.000 (task 0.350); the
领导小组 notice 1.000 on every field. Fixed in ingest: a plain text's HTML remnants are read as the page
shows them (text.unremnant), and such a text given without a format is no longer sniffed as HTML
(which joined every line no tag broke). After: every field 1.000 on both.
"""

from __future__ import annotations

import policyparse

from corpus_support import TARGET_CHECKS, assert_invented_floors, floors

FLOORS = floors({})
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)

# a made-up dump: entities for the indent, the quotes and the dash, a line in <p>, a <br/> at a line's end,
# a stray </span>, and a <br/> between two sentences of one line
_DUMP = ("苇川县人民政府办公室关于印发苇川县集市改造工作方案的通知\r\n"
         '<p style="text-align: center;">苇政办发〔2026〕3号</p>\r\n'
         "各乡镇人民政府:<br/>\r\n"
         "&#12288;&#12288;一、工作目标\r\n"
         "&#12288;&#12288;到2027年,改造&ldquo;便民集市&rdquo;12个以上。</span>\r\n"
         "&#12288;&#12288;二、重点任务\r\n"
         "&nbsp;&nbsp;(一)改造集市设施。2026&mdash;2027年分批实施。<br/>(责任单位:县商务局)\r\n")


def test_a_crawlers_text_dump_is_read_without_its_entities_and_tags():
    doc = policyparse.parse(_DUMP, "text")
    assert "&" not in doc.text and "<" not in doc.text
    assert "改造“便民集市”12个以上" in doc.text and "2026—2027年" in doc.text
    assert doc.metadata.doc_number == "苇政办发〔2026〕3号"
    assert [(s.number, s.heading) for s in doc.sections] == [
        ("一", "工作目标"), ("二", "重点任务"), ("(一)", "改造集市设施")]
    task = doc.tasks[0]
    assert [u.name for u in task.units] == ["县商务局"]  # the <br/> between the sentences is a line end
    assert [(t.text, t.year) for t in doc.targets] == [("12个以上", 2027)]
    for item in [*doc.targets, *task.units]:
        assert doc.text[item.span[0] : item.span[1]] in (item.text if hasattr(item, "text") else item.name)


def test_a_dump_given_without_its_format_is_read_as_text_not_as_a_page():
    # five tags and more in its head, but its lines open with text: read as a page, every line that no tag
    # ends would run into the next
    for data in (_DUMP, _DUMP.encode("utf-8")):
        doc = policyparse.parse(data)
        assert doc.source.format == "text"
        assert [s.number for s in doc.sections] == ["一", "二", "(一)"]


def test_a_page_fragment_and_a_text_mentioning_markup_keep_their_readings():
    page = "<div>\n<p>一、工作目标</p>\n<p>到2027年改造集市12个。</p>\n<p>二、重点任务</p>\n<br>\n</div>"
    assert policyparse.parse(page.encode("utf-8")).source.format == "html"
    table = "说明:\n<table>\n<tr><td>序号</td><td>任务</td></tr>\n<tr><td>1</td><td>改造</td></tr>\n</table>\n" * 2
    assert policyparse.parse(table.encode("utf-8")).source.format == "html"
    # one & and one < are a text's own (R&D, <5%): kept
    text = "一、工作目标\n研发(R&D)投入增长,不良率<5%。\n"
    assert policyparse.parse(text, "text").text == text


def test_floors(tmp_path):
    assert_invented_floors("w47-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)


def test_a_break_inside_a_pipe_tables_cell_of_a_dump_joins_the_cells_lines():
    text = ("苇川县商务局关于印发集市改造清单的通知\n&#12288;&#12288;一、重点项目\n"
            "| 序号 | 任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
            "| 1 | 东街集市改造 | 县商务局<br/>县市场监管局 | 2026年9月底前 |\n")
    doc = policyparse.parse(text, "text")
    assert [(t.title, [u.name for u in t.units]) for t in doc.tasks] == [("东街集市改造", ["县商务局", "县市场监管局"])]
