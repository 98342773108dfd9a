"""Helper W33's invented notices (tests/invented/w33-*): the shapes they pin, as made-up
fragments, and a floor on the scores of the notices themselves.

The two notices are written from scratch (invented places and bodies), to test precision on
numbers that are not aims, in kinds the set lacked: a city 工业和信息化局's 申报 notice
(关于组织申报2025年度…专项资金项目的通知: 一、支持方向 / 二、申报条件 with thresholds / 三、支持标准 with
shares, grants and caps / 四、申报程序和时间 / 五、材料要求 / 六、有关要求 / 七、联系方式 with phone
numbers, a red head, a printed 汇总表 and 承诺书), and a county's 2025年度安全生产目标管理责任书 with a
township (甲方/乙方 declared by 以下简称, 一、责任目标 under 到2025年底, 乙方 and 甲方 duties, a
考核 分值 table one cell a line, 考核等次 in 分, a reward, the two parties' signature block).

First run: title 0.667 and issuer 0.667 (the 责任书's title not read: 责任书 was no genre word;
its issuer not read from `甲方(盖章):X 乙方(盖章):Y` over `负责人签字:` lines), tasks 0.653
(P 0.485: the 支持方向 and 材料要求 items, the 责任目标 items and the 考核等次 read as tasks), units
0.880 (responsible R 0.667: `乙方负责…` not resolved to the township the preamble names 乙方),
targets 0.947 (`不少于120家次` cut to 家; `给予5万元工作经费奖励` read as an amount naming a noun;
task links 0.611, the goals tied to their goal items), the rest 1.000 (metadata of the 申报
notice, 63 sections, deadlines, every other target check).
Fixed: 责任书 is a genre word (data/doc_types.txt); an agreement's first party signs it
(stages/metadata.py); 支持方向, 材料要求, 责任目标 and 考核等次 are framing parts
(data/framing_parts.txt, with 考核评分 / 考核分值 found by probing); 家次 is a measure (data/measure_units.tsv); an amount of money right
after a granting verb (给予, 奖励 …) is the amount granted, whatever noun follows
(stages/targets.py). Found by probing variants: a party's seal after its name (甲方:X(盖章)) and
parties signing one under the other (甲方:X / 法定代表人(签字): / 乙方:Y …) still give X; a call's quota of
applications (每家企业限报1个项目, 限推荐) is no target (data/not_target_meeting.txt), and neither is a
review panel's size (评审专家不少于5人: data/not_target_staffing.txt). Left: `乙方负责`
(units/, not this helper's code). Final: units 0.880
(responsible 0.800), the rest 1.000. Helper F18 (tests/test_leftovers11.py): a party declared by 以下简称
(甲方/乙方) is the body it names in a duty clause (units/prose.py, units/canonical.py declared_parties):
units 1.000.
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors
from fragments import target_texts, task_titles

FLOORS = floors({})
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)


def test_a_target_agreement_is_titled_and_issued_by_its_first_party():
    text = (
        "南屏县2025年度森林防火目标管理责任书\n\n"
        "    为压实森林防火责任,南屏县人民政府(以下简称甲方)与白鹭乡人民政府(以下简称乙方)签订本责任书。\n"
        "    一、工作任务\n"
        "    1.加强野外火源管控。清明节前完成重点林区巡查。\n"
        "    2.健全扑救队伍。乡级专业扑火队伍不少于15人。\n\n"
        "甲方(盖章):南屏县人民政府            乙方(盖章):白鹭乡人民政府\n"
        "负责人签字:                          负责人签字:\n\n"
        "                                     2025年3月2日\n"
    )
    md = policyparse.parse(text).metadata
    assert md.title == "南屏县2025年度森林防火目标管理责任书"
    assert md.issuer == "南屏县人民政府"
    assert md.signed_date == "2025-03-02"


def test_an_agreement_whose_parties_sign_one_under_the_other_is_issued_by_the_first():
    text = (
        "南屏县2025年度生态环境保护目标责任书\n"
        "    一、工作任务\n"
        "    1.加强秸秆禁烧。全年不发生大面积焚烧。\n\n"
        "甲方:南屏县人民政府(盖章)\n法定代表人(签字):\n\n"
        "乙方:白鹭乡人民政府(盖章)\n法定代表人(签字):\n\n"
        "2025年2月28日\n"
    )
    assert policyparse.parse(text).metadata.issuer == "南屏县人民政府"


def test_a_calls_quota_of_applications_is_no_target():
    text = (
        "北川市科学技术局关于组织申报2025年度科技创新项目的通知\n各区科技主管部门:\n"
        "    一、申报要求\n"
        "    (一)每家企业限报1个项目,每个区限推荐3家企业。\n"
        "    (二)力争每个区培育3家以上创新型企业。\n"
    )
    assert target_texts(text) == ["3家以上"]


def test_a_review_panels_size_is_staffing_but_recruited_experts_count():
    head = "北川市工业和信息化局关于组织申报项目的通知\n各区:\n    一、有关要求\n    (一)"
    assert target_texts(head + "市工业和信息化局负责组织专家评审,评审专家不少于5人。\n") == []
    assert target_texts(head + "引进高层次专家5名。\n") == ["5名"]


def test_a_calls_support_directions_and_material_requirements_are_no_work():
    text = (
        "北川市商务局关于组织申报2025年度外贸发展专项资金项目的通知\n"
        "各区商务主管部门:\n"
        "    一、支持方向\n"
        "    (一)跨境电商平台建设。支持企业建设跨境电商独立站。\n"
        "    (二)境外展会。支持企业参加境外专业展会。\n"
        "    二、申报程序\n"
        "    (一)区级初审。各区商务局负责于5月20日前完成初审。\n"
        "    三、材料要求\n"
        "    1.项目申报表;\n"
        "    2.营业执照复印件。\n"
        "北川市商务局\n2025年4月1日\n"
    )
    assert task_titles(text) == ["区级初审"]


def test_an_agreements_targets_and_its_grades_are_no_work():
    text = (
        "南屏县2025年度食品安全目标管理责任书\n"
        "    一、责任目标\n"
        "    到2025年底,乙方实现以下目标:\n"
        "    (一)食品抽检合格率不低于98%。\n"
        "    (二)不发生重大食品安全事故。\n"
        "    二、工作任务\n"
        "    (一)加强日常监管。全年检查食品经营户不少于300家次。\n"
        "    三、考核奖惩\n"
        "    (一)考核等次。得分90分以上为优秀,60分以下为不合格。\n"
        "    (二)奖惩措施。对考核优秀的乡镇给予通报表扬。\n"
    )
    assert task_titles(text) == ["加强日常监管", "奖惩措施"]
    assert target_texts(text) == ["不低于98%", "不少于300家次"]


def test_an_amount_right_after_a_granting_verb_is_granted_whatever_noun_follows():
    grant = "南屏县人民政府关于表彰安全生产先进乡镇的通知\n各乡镇人民政府:\n    对考核优秀的乡镇,给予5万元工作经费奖励。\n"
    assert target_texts(grant) == ["5万元"]
    threshold = "南屏县人民政府关于支持技术改造的通知\n各乡镇人民政府:\n    对投资5000万元以上项目给予补助。\n"
    assert target_texts(threshold) == []


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w33-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)
