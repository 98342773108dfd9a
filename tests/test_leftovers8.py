"""Helper F13's leftovers: a duty list after a comma joined by 会同 (and 协同/联合/商) with a partner that
shares its subject's level, a duty clause opening in a bracket, a duty list over a line end, a
letter-spaced or page-spaced date, a form's 是 否 choice cells, and a year under a 考核年度 label.

Every fragment is made up (东江市 and invented bodies) in the shapes notices use; expected values are
what a careful reader annotates per the annotation guide and corpus/README.md's calls (7 and 17 for
会同: every unit responsible; 16 for a year that names an annual exercise). Each case failed before
its fix; the guards beside them show the nearest shape that must not change.
"""

from __future__ import annotations

import pytest

import policyparse
from policyparse.text.normalize import normalize

from fragments import deadlines_in, only_task, targets_in, task_notice
from test_probe_leftovers5 import HEAD, tail

N = None
R = "responsible"


def units_of(item: str) -> list[tuple[str, str]]:
    return only_task("(一)加强城市管理。" + item)


# --- 1. A会同B负责 after a comma: B shares A's level (各地), both are responsible (calls 7, 17) ---


@pytest.mark.parametrize(
    "item, expected",
    [
        ("做好市容环境整治工作,各地住房城乡建设部门会同城市管理部门负责。",
         [("各地住房城乡建设部门", R), ("城市管理部门", R)]),
        ("做好市容环境整治工作,市住房城乡建设局会同有关部门负责。", [("市住房城乡建设局", R), ("有关部门", R)]),
        # 协同, 联合 and 商 join a subject to its partners as 会同 does, after a comma or opening the sentence
        ("做好市容环境整治工作,市住房城乡建设局协同市城市管理局负责。", [("市住房城乡建设局", R), ("市城市管理局", R)]),
        ("市住房城乡建设局联合市城市管理局负责做好市容环境整治工作。", [("市住房城乡建设局", R), ("市城市管理局", R)]),
        ("市住房城乡建设局商市财政局负责做好市容环境整治工作。", [("市住房城乡建设局", R), ("市财政局", R)]),
        ("市民政局、市教育局协同市财政局负责做好相关工作。", [("市教育局", R), ("市民政局", R), ("市财政局", R)]),
        # X要协同Y,负责…: Y too, as X要会同Y,负责…
        ("市住房城乡建设局要协同市城市管理局,负责做好市容环境整治工作。", [("市住房城乡建设局", R), ("市城市管理局", R)]),
        # a named first unit carries the bodies listed with it after a comma (分别负责, 按职责分工负责)
        ("做好市容环境整治工作,各县(市、区)政府、相关部门按职责分工负责。", [("各县(市、区)政府", R), ("相关部门", R)]),
        ("做好市容环境整治工作,各地住房城乡建设部门和城市管理部门分别负责。",
         [("各地住房城乡建设部门", R), ("城市管理部门", R)]),
        # A协同B牵头: B leads, as A会同B牵头
        ("市住房城乡建设局协同市城市管理局牵头做好整治工作。", [("市城市管理局", "lead")]),
    ],
    ids=["huitong-shared-level", "huitong-generic-partner", "xietong-after-comma", "lianhe-opening", "shang-opening",
         "list-xietong-list", "yao-xietong", "list-fengong", "he-fenbie", "xietong-lead"],
)
def test_partners_joined_to_a_named_subject(item, expected):
    assert units_of(item) == expected


@pytest.mark.parametrize(
    "item, expected",
    [
        # no subject of its own after the comma: nobody is named (call 17)
        ("做好市容环境整治工作,相关部门会同有关部门负责。", []),
        ("做好市容环境整治工作,民政部门会同财政部门负责。", []),
        ("做好市容环境整治工作,相关部门、市民政局分别负责。", []),
        ("做好市容环境整治工作,相关部门分工负责。", []),
        # 商, 联合 inside a name are no joiners
        ("做好市容环境整治工作,市商务局负责。", [("市商务局", R)]),
        ("做好市容环境整治工作,市工商业联合会负责。", [("市工商业联合会", R)]),
        ("市商务局牵头做好市容环境整治工作。", [("市商务局", "lead")]),
        ("做好市容环境整治工作,各市商务局负责。", [("各市商务局", R)]),
        ("做好市容环境整治工作,各市商务主管部门负责。", [("各市商务主管部门", R)]),
        ("市住房城乡建设局要联合执法,负责做好市容环境整治工作。", [("市住房城乡建设局", R)]),
        # 协同 closing the clause is a cooperating verb still
        ("市民政局牵头,市财政局协同。", [("市民政局", "lead"), ("市财政局", "cooperating")]),
        ("市民政局会同市财政局牵头做好整治工作。", [("市财政局", "lead")]),
    ],
)
def test_partner_guards(item, expected):
    assert units_of(item) == expected


# --- 2. a duty clause that opens in a bracket; 具体落实 / 各负其责 / 抓好落实 of a named body ---


@pytest.mark.parametrize(
    "item, expected",
    [
        ("做好工作。(市民政局负责统筹协调)", [("市民政局", R)]),
        ("做好工作(市民政局负责统筹协调)。", [("市民政局", R)]),
        ("做好普查(人口普查由市统计局负责)工作。", [("市统计局", R)]),
        ("做好工作。(各县(市、区)政府负责统筹协调)", [("各县(市、区)政府", R)]),
        # guards: the duty words with a body before them give it; with none, nobody
        ("做好工作,各县(市、区)政府具体落实。", [("各县(市、区)政府", R)]),
        ("做好工作,各相关单位各负其责,抓好落实。", [("各相关单位", R)]),
        ("做好工作,市民政局、市财政局按职责分工抓好落实。", [("市民政局", R), ("市财政局", R)]),
        ("要明确责任,各负其责,抓好落实。", []),
        ("明确分工,具体落实。", []),
        ("做好工作,确保政策具体落实。", []),
    ],
    ids=["bracket-opens-item-end", "bracket-mid-sentence", "bracket-by", "bracket-name-brackets",
         "juti-luoshi", "gefuqize", "zhuahao-luoshi", "no-subject", "no-subject-2", "no-subject-3"],
)
def test_duty_clause_in_a_bracket_and_duty_words(item, expected):
    assert units_of(item) == expected


# --- 6. a duty list that a line end splits is read whole ---


@pytest.mark.parametrize(
    "item, expected",
    [
        ("做好工作。市民政局、市财政局、\n市人社局按职责分工负责。", [("市人社局", R), ("市民政局", R), ("市财政局", R)]),
        ("做好工作,各县(市、区)政府、\n市直有关部门按职责分工负责。", [("各县(市、区)政府", R), ("市直有关部门", R)]),
        ("做好工作。市民政局、市财\n政局按职责分工负责。", [("市民政局", R), ("市财政局", R)]),
        # guards: a line that opens with its own list after a line with no list
        ("做好工作\n市民政局负责。", [("市民政局", R)]),
        ("做好城市管理\n市民政局会同市财政局负责。", [("市民政局", R), ("市财政局", R)]),
        # a heading over a duty line is no part of the name under it (lead's fix after the merge: the
        # over-the-line reading gave 灾后恢复事发地县级以上人民政府, spanless)
        ("灾后恢复\n事发地县级以上人民政府负责组织灾后恢复重建。", [("事发地县级以上人民政府", R)]),
    ],
)
def test_a_duty_list_over_a_line_end(item, expected):
    assert units_of(item) == expected


# --- 3. a spaced date is closed up whole; a form's choice cells stay ---


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("各 地 务 于 2025 年 6 月 30 日 前 完 成 普 查", "各地务于2025年6月30日前完成普查"),
        ("各 地 于 2025 年 底 前 完 成 90% 以 上", "各地于2025年底前完成90%以上"),
        ("新 建 30 个 站 点", "新建30个站点"),
        ("各地要在 2025 年 6 月 30 日 前完成。", "各地要在2025年6月30日前完成。"),
        ("到 2027 年,完成", "到2027年,完成"),
        ("到 2027年,完成", "到2027年,完成"),
        # a form row's one-character choice cells are no spaced word
        ("是 否 是 否", "是 否 是 否"),
        ("关 于 印 发 通 知\n是 否 是 否", "关于印发通知\n是 否 是 否"),
        ("是否 | 是 否 是 否", "是否 | 是 否 是 否"),
        # a signature's date is closed up, the space before it kept (no name runs into a date)
        ("东江市人民政府 2025 年 2 月 10 日", "东江市人民政府 2025年2月10日"),
        # guards: a phone number keeps its gap; a year typed tight keeps the space before it
        ("王 强 1390000 0000 联 系 人", "王强 1390000 0000 联系人"),
        ("8.1 名 词 术 语", "8.1 名词术语"),  # a list number opening the line keeps its gap
        ("规划计划 2020年全省", "规划计划 2020年全省"),
        ("姓 名 性 别", "姓名性别"),
    ],
)
def test_spaced_dates_and_choice_cells(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("各地要在 2025 年 6 月 30 日 前完成普查。", [("2025年6月30日前", "2025-06-30", N)]),
        ("到 2027 年,完成普查。", [("到2027年", "2027-12-31", N)]),
        ("2025 年 6 月底前完成普查。", [("2025年6月底前", "2025-06-30", N)]),
        ("做好普查。\n各 地 务 于 2025 年 6 月 30 日 前 完 成 普 查 。", [("2025年6月30日前", "2025-06-30", N)]),
    ],
)
def test_a_spaced_date_sets_its_deadline(sentence, expected):
    assert deadlines_in(task_notice(sentence, HEAD, tail("2025年2月10日"))) == expected


# --- 5. a year under a label naming the year of a record (考核年度) is no deadline, nor a target's year ---


@pytest.mark.parametrize(
    "sentence, deadlines, targets",
    [
        ("做好考核工作。\n考核年度\t2026年度\n", [], []),
        ("做好考核工作。\n统计年份\t2025年\n", [], []),
        ("做好考核工作。\n考核年度\t2026年度\t完成率\t90%以上\n", [], [("90%以上", 90.0, N, "%", ">=", N)]),
        ("做好考核工作。\n序号\t考核年度\t指标\t目标值\n1\t2026年度\t完成率\t90%以上\n", [], [("90%以上", 90.0, N, "%", ">=", N)]),
        # guards: a label or column for the work's own year or time limit keeps it
        ("做好考核工作。\n完成年度\t2026年度\n", [("2026年度", "2026-12-31", N)], []),
        ("做好考核工作。\n完成时限\t2026年度\n", [("2026年度", "2026-12-31", N)], []),
        ("做好考核工作。\n序号\t任务\t年度\n1\t建设平台\t2026年\n", [("2026年", "2026-12-31", N)], []),
        ("做好考核工作。\n序号\t任务\t完成时限\n1\t建设平台\t2026年度\n", [("2026年度", "2026-12-31", N)], []),
    ],
)
def test_a_year_of_record_is_no_deadline(sentence, deadlines, targets):
    doc = task_notice(sentence, HEAD, tail("2025年2月10日"))
    assert deadlines_in(doc) == deadlines
    assert targets_in(doc) == targets


# --- 4. a chapter and its first article on one line (already read; kept as a guard) ---


def test_chapter_and_first_article_on_one_line():
    text = ("东江市公共数据管理办法\n第一章 总则 第一条 为了加强公共数据管理,制定本办法。\n第二条 本办法适用于本市。\n"
            "第二章 职责分工 第三条 市大数据局负责公共数据统筹管理工作。\n第四条 各县(市、区)人民政府负责本行政区域内公共数据管理工作。\n")
    doc = policyparse.parse(text)
    assert [(s.level, s.number, s.heading) for s in doc.sections] == [
        (1, "第一章", "总则"), (2, "第一条", "为了加强公共数据管理,制定本办法"), (2, "第二条", "本办法适用于本市"),
        (1, "第二章", "职责分工"), (2, "第三条", "市大数据局负责公共数据统筹管理工作"),
        (2, "第四条", "各县(市、区)人民政府负责本行政区域内公共数据管理工作")]
    assert [(t.title, [u.name for u in t.units]) for t in doc.tasks] == [
        ("市大数据局负责公共数据统筹管理工作", ["市大数据局"]), ("各县(市、区)人民政府负责本行政区域内公共数据管理工作", ["各县(市、区)人民政府"])]
