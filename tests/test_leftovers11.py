"""Helper F18's leftovers of earlier hostile reviews: a party an agreement declares by 以下简称 (乙方负责…),
a day counted from an event (检查结束后,应于30日前), a dash label with a second label in brackets
(——牵头单位(责任单位):X), chrome lines beside a portal page's title, an appointment's count
(任命1名首席数据官), thresholds listed in a condition, a forecast in a wrapper's preface, joint issuers
before a page end, and a 起草说明 that quotes the draft's name in its text.

Every fragment is made up (东江, 白沙 and invented bodies) in the shapes notices use; expected values are
what a careful reader annotates per the annotation guide and corpus/README.md's calls. Each case failed
before its fix; the guards beside them show the nearest shape that must not change.
"""

from __future__ import annotations

import pytest

import policyparse

from fragments import task_notice, units_by_title
from test_probe_leftovers5 import HEAD, deadlines_of, tail

R, L, C = "responsible", "lead", "cooperating"


# --- 1. a party an agreement declares by 以下简称 (甲方/乙方) is the body it names (call 22) ---

AGREEMENT = "东江县2025年度安全生产目标责任书\n为压实责任,东江县人民政府(以下简称甲方)与白沙镇人民政府(以下简称“乙方”)签订本责任书。\n一、工作任务\n"


@pytest.mark.parametrize(
    "item, units",
    [
        ("1.健全监管网格。乙方负责完善镇村两级监管网格。", [("白沙镇人民政府", R)]),
        ("1.加强督导检查。甲方负责对乙方工作进行督促检查。", [("东江县人民政府", R)]),
        ("1.开展培训。由乙方负责组织实施。", [("白沙镇人民政府", R)]),
        ("1.开展培训。乙方会同县应急管理局负责组织培训。", [("县应急管理局", R), ("白沙镇人民政府", R)]),
        ("1.开展培训。乙方牵头,县财政局配合。", [("县财政局", C), ("白沙镇人民政府", L)]),
        ("1.开展培训。县应急管理局牵头,乙方积极配合。", [("县应急管理局", L), ("白沙镇人民政府", C)]),
        # guards: a party the text never declares names nobody; a party with no role word neither
        ("1.开展培训。丙方负责组织培训。", []),
        ("1.报送信息。乙方应于每月5日前向县应急管理局报送情况。", []),
    ],
)
def test_declared_party_is_the_body(item, units):
    assert units_by_title(AGREEMENT + item + "\n") == {item[2 : item.index("。")]: units}


# --- 2. a day counted from an event (…后,30日前) is no day of the notice's month ---


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("检查结束后,应于30日前将整改情况报送市应急管理局。", []),
        ("检查结束后,请于15日前报送整改报告。", []),
        ("检查结束后(30日前)报送整改报告。", []),
        ("检查结束后,\n30日前报送整改报告。", []),
        # guards: the shape read before, a relative window, and a day of the notice's month
        ("检查结束后,30日前报送整改报告。", []),
        ("检查结束后30日内报送整改报告。", []),
        ("各地于15日前报送名单。", [("15日前", "2025-03-15")]),
        ("请于20日18时前报送名单。", [("20日18时前", "2025-03-20")]),
        ("2025年6月底前完成检查。", [("2025年6月底前", "2025-06-30")]),
    ],
)
def test_day_counted_from_an_event(sentence, expected):
    assert [(text, date) for text, date, _ in deadlines_of(sentence, "2025年3月10日")] == expected


# --- 3. a label glossed by a second label in brackets (——牵头单位(责任单位):X) gives X the first's role ---

LABELLED = "东江市人民政府办公室关于开展有关工作的通知\n各县(市、区)人民政府,市政府各部门:\n一、主要任务\n(一)推进数据共享。建立共享机制。\n"
LABELLED_TAIL = "\n(二)加强保障。做好相关工作。\n东江市人民政府办公室\n2025年3月10日\n"


@pytest.mark.parametrize(
    "line, units",
    [
        ("——牵头单位(责任单位):市数据局", [("市数据局", L)]),
        ("——牵头单位(责任单位):市数据局、市财政局", [("市数据局", L), ("市财政局", L)]),
        ("牵头单位(责任单位):市数据局", [("市数据局", L)]),
        ("——责任单位(牵头单位):市数据局;配合单位:市财政局", [("市数据局", R), ("市财政局", C)]),
        ("〔牵头单位(责任单位):市数据局〕", [("市数据局", L)]),
        # guards: the unit word in brackets, and two labels joined by / (call 22: first unit, first role)
        ("——牵头单位(部门):市数据局", [("市数据局", L)]),
        ("——牵头单位/责任单位:市数据局、市财政局", [("市数据局", L), ("市财政局", R)]),
    ],
)
def test_label_glossed_by_a_second(line, units):
    assert units_by_title(LABELLED + line + LABELLED_TAIL)["推进数据共享"] == units


# --- 4. a portal's download and print links beside the title are no words of it ---

PAGE_BODY = ("各县(市、区)人民政府,市政府各部门:\n为做好工作,现就有关事项通知如下。\n一、主要任务\n"
             "(一)推进工作。做好相关工作。\n东江市人民政府办公室\n2025年3月10日\n")
PAGE_TITLE = "东江市人民政府办公室关于开展数据共享工作的通知"


@pytest.mark.parametrize(
    "head",
    [
        "下载PDF版本\n" + PAGE_TITLE,
        "下载文档\n" + PAGE_TITLE,
        PAGE_TITLE + "    下载PDF版本",
        PAGE_TITLE + "    打印本页",
        PAGE_TITLE + " 下载PDF版本|下载Word版本|打印本页",
        # guards: the links on a line of their own after the title, and no links at all
        PAGE_TITLE + "\n下载Word版本",
        PAGE_TITLE,
    ],
)
def test_chrome_beside_the_title(head):
    assert policyparse.parse(head + "\n" + PAGE_BODY).metadata.title == PAGE_TITLE


# --- 5. a count of people appointed to a post is staffing, no target (the guide's 确定1名分管领导) ---


def target_texts_of(sentence: str) -> list[str]:
    return [t.text for t in task_notice(sentence, HEAD, tail("2025年3月10日")).targets]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("各单位要任命1名首席数据官,负责本单位数据工作。", []),
        ("各县(市、区)聘任2名法律顾问。", []),
        ("市直各部门委任1名数据专员。", []),
        # guards: staffing read before, and a programme's count of people
        ("各县(市、区)要明确1名分管领导。", []),
        ("到2025年,全市培养首席数据官200名以上。", ["200名以上"]),
    ],
)
def test_appointment_count_is_staffing(sentence, expected):
    assert target_texts_of(sentence) == expected


# --- 6. thresholds listed in a condition say who qualifies; the grants stay targets (calls 12, 21) ---


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("对年营业收入首次超过1亿元、5亿元、10亿元的企业,分别给予50万元、100万元、200万元奖励。",
         ["50万元", "100万元", "200万元"]),
        ("对亩均税收超过30万元、50万元的企业给予奖励。", []),
        # guards: one threshold (read before), a floor after the list, and a list that is an aim
        ("对年营业收入首次超过1亿元的企业,给予50万元奖励。", ["50万元"]),
        ("对投资1000万元、5000万元以上的项目给予补助。", []),
        ("力争全市产值突破100亿元、200亿元。", ["突破100亿元", "200亿元"]),
    ],
)
def test_thresholds_listed_in_a_condition(sentence, expected):
    assert target_texts_of(sentence) == expected


# --- 7. a forecast in the preface (预计…超过200万人次) is no target; a planned amount after 预计 is ---

PREFACED = ("东江市人民政府办公室关于做好2025年国庆假期旅游服务保障工作的通知\n各县(市、区)人民政府,市政府各部门:\n"
            "{preface}为做好保障工作,现就有关事项通知如下:\n一、工作目标\n确保游客满意度达到90%以上。\n二、主要任务\n"
            "(一)加强交通保障。做好相关工作。\n东江市人民政府办公室\n2025年9月10日\n")


@pytest.mark.parametrize(
    "preface, expected",
    [
        ("今年国庆假期,预计全市接待游客超过200万人次,旅游服务保障任务繁重。", ["90%以上"]),
        ("今年国庆假期全市预计接待游客200万人次以上。", ["90%以上"]),
        ("预计国庆期间全市旅游收入15亿元左右。", ["90%以上"]),
        # guards: the forecast word with its verb (read before), and planned amounts after 预计 (call 28)
        ("今年国庆假期全市接待游客预计将超过200万人次。", ["90%以上"]),
        ("全年计划实施重点项目120个,预计总投资500亿元。", ["120个", "500亿元", "90%以上"]),
        ("预计新建停车泊位3000个。", ["3000个", "90%以上"]),
    ],
)
def test_forecast_in_the_preface(preface, expected):
    assert [t.text for t in policyparse.parse(PREFACED.format(preface=preface)).targets] == expected


# --- 8. joint issuers that a PDF export's page end splits still sign the notice, and end its body ---

JOINT = ("东江市发展和改革委员会 东江市财政局 东江市工业和信息化局\n关于开展2025年重点项目督查工作的通知\n"
         "各县(市、区)发展改革局、财政局、工业和信息化局:\n为做好工作,现就有关事项通知如下。\n一、督查内容\n"
         "(一)项目进展。重点督查项目开工情况。\n(二)资金使用。重点督查资金拨付情况。\n二、工作要求\n"
         "(一)加强组织领导。各地要高度重视。\n(二)按时报送材料。各地于4月30日前报送自查报告。\n")
ISSUERS = ["东江市发展和改革委员会", "东江市财政局", "东江市工业和信息化局"]
PAGE_END = ["— 2 —", "东江市发展和改革委员会文件"]


@pytest.mark.parametrize(
    "signature",
    [
        ISSUERS[:1] + PAGE_END + ISSUERS[1:],
        ISSUERS[:2] + PAGE_END + ISSUERS[2:],
        ISSUERS + PAGE_END,
        ISSUERS[:2] + ["— 2 —"] + ISSUERS[2:],
        # guards: three issuers on one page (the third was the last item's text), and two
        ISSUERS,
        ISSUERS[1:],
    ],
)
def test_joint_issuers_across_a_page_end(signature):
    doc = policyparse.parse(JOINT + "\n".join(signature + ["2025年3月10日"]) + "\n")
    signed = [name for name in ISSUERS if name in signature]
    assert doc.metadata.issuer == "".join(signed)
    assert doc.metadata.recipients == ["各县(市、区)发展改革局、财政局、工业和信息化局"]
    assert doc.tasks[-1].text == "(二)按时报送材料。各地于4月30日前报送自查报告。"


# --- 9. a 起草说明 whose text restates the draft's name on a line of its own goes on to its end (call 27) ---

CONSULTATION = """东江市司法局关于公开征求《东江市养老服务促进办法(征求意见稿)》意见的公告
为提高立法质量,现将《东江市养老服务促进办法(征求意见稿)》及其起草说明全文公布,征求社会各界意见。
附件:1.东江市养老服务促进办法(征求意见稿)
2.关于《东江市养老服务促进办法(征求意见稿)》的起草说明
东江市司法局
2025年3月10日
附件1
东江市养老服务促进办法(征求意见稿)
第一章 总则
第一条 为促进养老服务发展,制定本办法。
第二条 市民政部门负责本市养老服务工作。
第三条 到2027年,全市养老机构护理型床位占比达到60%以上。
附件2
关于《东江市养老服务促进办法(征求意见稿)》的起草说明
一、起草背景
为推进养老服务发展,市民政局起草了:
{restated}
二、主要内容
(一)明确职责。《办法》规定到2027年护理型床位占比达到60%以上。
"""


@pytest.mark.parametrize(
    "restated",
    [
        "《东江市养老服务促进办法(征求意见稿)》",
        "东江市养老服务促进办法(征求意见稿)",
        # guard: the name inside a sentence (read before)
        "《东江市养老服务促进办法(征求意见稿)》一件。",
    ],
)
def test_explanation_restating_the_drafts_name(restated):
    doc = policyparse.parse(CONSULTATION.format(restated=restated))
    assert [t.title for t in doc.tasks] == ["市民政部门负责本市养老服务工作"]
    assert [(t.text, t.year) for t in doc.targets] == [("60%以上", 2027)]
