"""Helper R20's hostile review of the ninth session's merges (W42, W43, F18, P1): the shapes where a new
rule misfired or missed its obvious sibling, and P1's key-sharing dicts against pydantic's own behaviour.

1. F18's declared parties listed with another party or a unit, or with a manner word (乙方和县应急管理局负责
   had been one unit's name; 甲方、乙方共同负责, 乙方具体负责 named nobody), before 负责 and a role verb alike;
2. F18's day counted from an event: 最后/然后/今后 order steps, they name no event;
3. W42's staffing floor for small places written with their alternative (人口较少的村(社区)不少于2名);
4. P1: a partial model_construct got None for its unset required fields;
5. F18's threshold list closed by 的目标 (and any floor before 的 + an aim noun) is the aim, no threshold;
6. W42/F18's five signature lines cut a list of units on lines above the signature;
7. F18's parties named on lines (甲方:X) rather than by 以下简称;
8. W42's explanation after its draft headed without 关于…的 (《X》起草说明, 起草说明 alone).

Every fragment is made up (岚溪, 澄川 and invented bodies) in the shapes notices use; expected values are
what a careful reader annotates per the annotation guide. Each case failed before its fix; the guards
beside them pin the nearest shape that must not change.
"""

from __future__ import annotations

import pytest

from fragments import units_by_title
from test_probe_leftovers5 import deadlines_of

R = "responsible"


# --- 1. F18's declared parties: a party listed with another party or a unit, or with a manner word ---

AGREEMENT = ("岚溪县2025年度安全生产目标责任书\n为压实责任,岚溪县人民政府(以下简称甲方)与澄川镇人民政府"
             "(以下简称“乙方”)签订本责任书。\n一、工作任务\n")
TOWN, COUNTY = "澄川镇人民政府", "岚溪县人民政府"


@pytest.mark.parametrize(
    "item, units",
    [
        # a party listed with a unit: "乙方和县应急管理局" had been read as one unit's name
        ("1.开展培训。乙方和县应急管理局负责组织培训。", [("县应急管理局", R), (TOWN, R)]),
        ("1.开展培训。乙方、县应急管理局负责组织培训。", [("县应急管理局", R), (TOWN, R)]),
        # both parties, and a manner word between the subject and 负责 (as 县财政局具体负责 reads)
        ("1.开展培训。甲方、乙方共同负责组织培训。", [(COUNTY, R), (TOWN, R)]),
        ("1.开展培训。甲方和乙方负责组织培训。", [(COUNTY, R), (TOWN, R)]),
        ("1.开展培训。乙方具体负责组织培训。", [(TOWN, R)]),
        # the same lists before a role verb (牵头, 配合)
        ("1.开展培训。由甲方牵头,乙方和县财政局配合。", [("县财政局", "cooperating"), (COUNTY, "lead"), (TOWN, "cooperating")]),
        ("1.开展培训。县应急管理局牵头,甲方、乙方共同配合。",
         [("县应急管理局", "lead"), (COUNTY, "cooperating"), (TOWN, "cooperating")]),
        # guards: a 和 inside a unit's name is no joiner; the party's head is a person; a member that is
        # no unit names nobody
        ("1.开展培训。乙方和县发展和改革局负责组织培训。", [("县发展和改革局", R), (TOWN, R)]),
        ("1.开展培训。乙方负责人是本单位安全生产第一责任人。", []),
        ("1.开展培训。乙方和所属企业负责组织培训。", []),
        ("1.开展培训。乙方负责完善监管网格。", [(TOWN, R)]),
    ],
)
def test_a_declared_party_listed_in_a_duty_subject(item, units):
    assert units_by_title(AGREEMENT + item + "\n") == {item[2 : item.index("。")]: units}


# --- 2. F18's day counted from an event: 最后/然后/今后 order the text's steps, they name no event ---


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("最后,请于25日前将联系人名单报送市统计局。", [("25日前", "2025-03-25")]),
        ("先开展自查,然后,请于25日前报送自查报告。", [("25日前", "2025-03-25")]),
        # guards: an event's 后 (F18's shape) still counts days from the event
        ("检查结束后,请于15日前报送整改报告。", []),
        ("检查结束后,应于30日前将整改情况报送市应急管理局。", []),
    ],
)
def test_a_step_word_ending_in_hou_names_no_event(sentence, expected):
    assert [(text, date) for text, date, _ in deadlines_of(sentence, "2025年3月10日")] == expected


# --- 3. W42's floor for smaller places after a staffing standard: the place with its bracketed alternative ---


def target_texts(text: str) -> list[str]:
    import policyparse

    return [t.text for t in policyparse.parse(text).targets]


@pytest.mark.parametrize("place", ["村(社区)", "村(居)", "社区(村)"])
def test_a_floor_for_places_written_with_their_alternative_is_staffing(place):
    text = ("一、主要任务\n(一)配齐保洁队伍。按每500人配备1名的标准配置村庄保洁员,"
            f"人口较少的{place}不少于2名。到2026年,农村生活垃圾收运处置体系覆盖率达到95%以上。\n")
    assert target_texts(text) == ["95%以上"]


def test_a_programme_count_after_a_bracketed_place_stays_a_target():
    # guard: a clause with a verb of its own before the bracketed place is a programme's count
    text = ("一、主要任务\n(一)充实基层力量。每个村配备1名联络员,全年培训村(社区)干部不少于500名。\n")
    assert target_texts(text) == ["不少于500名"]


# --- 4. P1's key-sharing dicts: a model_construct left partial behaves as pydantic's own ---


def test_a_partial_model_construct_keeps_its_unset_fields_unset():
    # The template holds every field with None: swapped in for a partial model_construct, a required
    # field it was not given (canonical) became None, an attribute and a null in model_dump, where
    # pydantic leaves it absent.
    from policyparse.model import Unit

    partial = Unit.model_construct(name="县财政局")
    assert not hasattr(partial, "canonical")
    assert partial.model_dump() == {"name": "县财政局", "label": None, "kind": None, "span": None}
    # guard: a whole one still gets the key-sharing dict (memory), and compares as before
    import sys

    whole = Unit.model_construct(name="县财政局", canonical="县财政局", role="lead", source="bracket")
    assert sys.getsizeof(whole.__dict__) < sys.getsizeof(dict(whole.__dict__))
    assert whole == Unit(name="县财政局", canonical="县财政局", role="lead", source="bracket")


def test_key_sharing_dicts_keep_other_items_apart():
    # A key added to one item's dict (model_copy(update=) with a name that is no field, as pydantic
    # allows) must not show in the template or in another item's dict.
    from policyparse.model import Unit, _values_template

    a = Unit(name="县财政局", canonical="县财政局", role="lead", source="bracket")
    b = a.model_copy(update={"note": 1})
    c = Unit(name="县民政局", canonical="县民政局", role="lead", source="bracket")
    assert "note" in b.__dict__ and "note" not in a.__dict__ and "note" not in c.__dict__
    assert list(c.__dict__) == list(Unit.model_fields)
    template = _values_template(Unit)
    assert template is None or list(template) == list(Unit.model_fields)


# --- 5. F18's thresholds listed after one floor: a list closed by 的目标 is the aim, not a threshold ---

AIMS = "一、主要任务\n(一)扩大规模。到2027年,力争规上工业总产值{}。\n"


@pytest.mark.parametrize(
    "amounts, expected",
    [
        # the list rule gave 突破's floor to the list's end, and after 的 a floor was a threshold whatever
        # the noun: the aim words (目标, 大关, data/amount_words.txt) name the amount as the aim itself
        ("突破3000亿元、4000亿元的目标", ["突破3000亿元", "4000亿元"]),
        ("超过3000亿元的目标", ["超过3000亿元"]),
        ("达到3000亿元、4000亿元以上的目标", ["3000亿元", "4000亿元以上"]),
        # guards: a list of floors before the things they pick stays a threshold (F18's shape)
        ("超过3000亿元,对年营业收入首次超过1亿元、5亿元的企业给予奖励", ["超过3000亿元"]),
    ],
)
def test_amounts_closed_by_an_aim_noun_after_de_are_targets(amounts, expected):
    assert target_texts(AIMS.format(amounts)) == expected


# --- 6. W42/F18's five signature lines: units listed on lines right above the signature are the body's ---

LISTED = ("澄川市人民政府办公室关于开展安全生产大检查的通知\n各区县人民政府,市政府各部门:\n现就有关事项通知如下。\n"
          "一、检查内容\n各地要全面排查隐患。\n二、联络单位\n市应急管理局\n市住房和城乡建设局\n市交通运输局\n")


def test_units_listed_on_lines_above_the_signature_stay_in_the_last_part():
    # With up to five issuer lines, every unit line above the signature was cut from 二、 (two before:
    # already one too many) and the metadata took two of them as co-signers. A body signs with its full
    # name; a name on a bare level word (市交通运输局) is a list item.
    import policyparse

    doc = policyparse.parse(LISTED + "澄川市人民政府办公室\n2025年3月3日\n")
    last = doc.sections[-1]
    assert doc.text[last.span[0] : last.span[1]].endswith("市交通运输局")
    assert doc.metadata.issuer == "澄川市人民政府办公室"


def test_a_joint_signature_of_full_names_under_units_on_lines_is_cut_whole_and_alone():
    # three bodies signing with their full names (a joint notice) end the body, all three the issuer, and
    # the cut stops there (it ran on into the list's lines before)
    import policyparse

    doc = policyparse.parse(LISTED + "澄川市人民政府办公室\n澄川市应急管理局\n澄川市交通运输局\n2025年3月3日\n")
    last = doc.sections[-1]
    assert doc.text[last.span[0] : last.span[1]].endswith("市交通运输局")
    assert doc.metadata.issuer == "澄川市人民政府办公室澄川市应急管理局澄川市交通运输局"


def test_a_joint_signature_after_a_sentence_is_cut_whole():
    # guard: the shape the five lines were made for
    import policyparse

    doc = policyparse.parse(LISTED.replace("市交通运输局\n", "市交通运输局。\n") + "澄川市人民政府办公室\n澄川市应急管理局\n澄川市交通运输局\n2025年3月3日\n")
    last = doc.sections[-1]
    assert doc.text[last.span[0] : last.span[1]].endswith("市交通运输局。")
    assert doc.metadata.issuer == "澄川市人民政府办公室澄川市应急管理局澄川市交通运输局"


# --- 7. F18's declared parties: a 责任书 that names its parties on lines (甲方:X) rather than by 以下简称 ---

SIGNED = "\n2.其他要求。做好相关工作。\n甲方(盖章):岚溪县人民政府\n乙方(盖章):澄川镇人民政府\n2025年3月1日\n"


@pytest.mark.parametrize(
    "head",
    [
        "岚溪县2025年度安全生产目标责任书\n甲方:岚溪县人民政府\n乙方:澄川镇人民政府\n为压实责任,甲乙双方签订本责任书。\n一、工作任务\n",
        "岚溪县2025年度安全生产目标责任书\n甲方:岚溪县人民政府    乙方:澄川镇人民政府\n为压实责任,甲乙双方签订本责任书。\n一、工作任务\n",
        # only the signature block names them: a reader still knows who 乙方 is
        "岚溪县2025年度安全生产目标责任书\n为压实责任,甲乙双方签订本责任书。\n一、工作任务\n",
    ],
)
def test_parties_named_on_lines_are_the_bodies_of_their_duty_clauses(head):
    item = "1.健全监管网格。乙方负责完善镇村两级监管网格,甲方、乙方共同负责督促检查。"
    assert units_by_title(head + item + SIGNED)["健全监管网格"] == [(COUNTY, R), (TOWN, R)]


def test_a_party_line_with_no_body_names_nobody():
    # guard: a blank form's 甲方:______ or a person's name declares no body
    head = "岚溪县2025年度安全生产目标责任书\n甲方:\n乙方:张某某\n一、工作任务\n"
    assert units_by_title(head + "1.健全监管网格。乙方负责完善监管网格。\n") == {"健全监管网格": []}


# --- 8. W42's explanation printed after its draft: headed without 关于…的 (《X》起草说明, 起草说明 alone) ---

DRAFT_PAGE = ("关于公开征求《澄川市电动自行车停放充电管理办法(征求意见稿)》意见的公告\n为规范管理,现公开征求意见。\n"
              "意见反馈截止时间为2025年4月30日。\n澄川市住房和城乡建设局\n2025年3月31日\n"
              "澄川市电动自行车停放充电管理办法(征求意见稿)\n第一章 总则\n第一条 为了规范管理,制定本办法。\n"
              "第二章 管理职责\n第二条 市住房和城乡建设局负责统筹。\n(一)建立停放场所台账;\n(二)开展消防安全检查。\n"
              "{}\n一、起草背景\n近年来电动自行车数量增长较快。\n二、主要内容\n(一)明确职责。\n(二)规范停放。\n")


@pytest.mark.parametrize("heading", ["起草说明", "《澄川市电动自行车停放充电管理办法(征求意见稿)》起草说明",
                                     "澄川市电动自行车停放充电管理办法(征求意见稿)编制说明"])
def test_an_explanation_headed_without_guanyu_starts_a_new_tree_and_assigns_no_work(heading):
    import policyparse

    doc = policyparse.parse(DRAFT_PAGE.format(heading))
    assert [(s.number, s.level) for s in doc.sections[-4:]] == [("一", 1), ("二", 1), ("(一)", 2), ("(二)", 2)]
    explained_at = doc.text.index("一、起草背景")
    assert all(t.span[0] < explained_at for t in doc.tasks)


def test_a_numbered_part_titled_as_an_explanation_is_no_explanation():
    # guard: 五、编制说明 inside a plan is one of its parts, read as before
    from policyparse.stages.commentary import _explanation_heading

    assert _explanation_heading("五、编制说明") is None
    assert _explanation_heading("编制说明:本方案依据有关规定编制。") is None
