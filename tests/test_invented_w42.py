"""Helper W42's invented notices (tests/invented/w42-*): the shapes they pin, as made-up
fragments, and a floor on the scores of the notices themselves.

Two kinds the set did not have: a provincial department's 公开征求意见 page saved from its portal
(a short 公告 with its own 1./2. ways to send comments and a feedback deadline, the signature, then the
draft 管理办法 printed on the page with no 附件 label, its title over a (征求意见稿) line, chapters and
articles with duties in prose, standards and caps, a blank commencement date; the 起草说明 only a
.docx link), and a joint 财政厅 + 民政厅 通知 下达 a year's 专项资金 as GB18030 text with CRLF (因素法
weights, the amount handed down, a cap on management costs, a spending rate by a date, a self-
assessment report due, units in prose, an attached allocation table by city and a 绩效目标表 of
≥/≤ cells).

First run: the 征求意见 page targets 0.923 (P 0.857: a floor on the staffing of 保洁员, 人口较少的村
不少于2名, read as a target), the rest 1.000; the 下达 notice 1.000 on every field. Fixed here: that
staffing floor; and, found by probing the two kinds: a 起草说明 printed after its draft with no 附件 label
starts a new tree; an attachment's shapes take their depth in it (W28's (一)–(三)); in flat text a
joint signature printed with its gap ends the last attachment's title; joint issuers set apart by a tab
over the title are its first half. Final: all 1.000.
"""

from __future__ import annotations

from corpus_support import TARGET_CHECKS, assert_invented_floors, floors
from fragments import target_texts

FLOORS = floors({})
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w42-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)


def test_a_floor_on_a_staffing_standard_in_its_sentence_is_staffing():
    # the standard's own count (配备3名) was already staffing; the floor for small places that follows
    # in the same sentence (…不少于2名) counts the same posts
    text = ("一、主要任务\n(一)充实基层力量。每个乡镇应当配备专职消防员,原则上按照每万人配备3名的标准配置,"
            "人口较少的乡镇不少于2名。到2026年,专职消防队伍覆盖率达到90%以上。\n")
    assert target_texts(text) == ["90%以上"]


def test_a_count_of_people_trained_after_a_staffing_clause_stays_a_target():
    # a programme's count in its own clause with a verb of its own is no staffing floor
    text = ("一、主要任务\n(一)充实基层力量。每个乡镇配备1名联络员,全年培训乡村医生不少于500名。\n")
    assert target_texts(text) == ["不少于500名"]


_DRAFT_PAGE = (
    "关于公开征求《东湖市物业服务管理办法(征求意见稿)》意见的公告\n"
    "为规范物业服务活动,现将《东湖市物业服务管理办法(征求意见稿)》全文公布,征求社会各界意见。"
    "意见反馈截止时间为2025年9月30日。\n"
    "{label}"
    "东湖市住房和城乡建设局\n2025年9月1日\n"
    "{draft_label}"
    "东湖市物业服务管理办法\n(征求意见稿)\n"
    "第一章 总则\n第一条 为规范物业服务活动,制定本办法。\n"
    "第二条 市住房和城乡建设局负责全市物业服务活动的监督管理,应当履行下列职责:\n"
    "(一)制定物业服务标准;\n(二)建立物业服务企业信用档案。\n"
    "第三条 本办法自发布之日起施行。\n"
    "{explanation_label}"
    "关于《东湖市物业服务管理办法(征求意见稿)》的起草说明\n"
    "一、起草背景\n近年来,本市物业服务矛盾纠纷较多。\n"
    "二、主要内容\n(一)明确部门职责。征求意见稿明确了市住房和城乡建设局的职责。\n"
    "(二)规范服务标准。征求意见稿规定了物业服务的基本要求。\n"
)

_EXPLANATION_OUTLINE = [
    (1, "一", "起草背景"), (1, "二", "主要内容"), (2, "(一)", "明确部门职责"), (2, "(二)", "规范服务标准"),
]


def _draft_page(labelled: bool):
    from fragments import parsed_outline

    label = "附件:1.东湖市物业服务管理办法(征求意见稿)\n2.关于《东湖市物业服务管理办法(征求意见稿)》的起草说明\n" if labelled else ""
    return parsed_outline(_DRAFT_PAGE.format(label=label, draft_label="附件1\n" if labelled else "",
                                             explanation_label="附件2\n" if labelled else ""))


def test_an_explanation_printed_after_its_draft_with_no_label_starts_a_new_tree():
    # the page prints the draft, then its 起草说明 under its own title line, with no 附件 label: the
    # explanation is a document of its own, its 一、 at level 1 (not under the draft's last article)
    from fragments import outline, titles

    doc = _draft_page(labelled=False)
    assert outline(doc)[-4:] == _EXPLANATION_OUTLINE
    assert not any(title.startswith(("明确部门职责", "规范服务标准")) for title in titles(doc))


def test_an_attachments_shapes_take_their_depth_in_the_attachment():
    # 附件2's (一) under its own 一、 is at level 2, though the draft's (一) stood at level 3 (第一章 /
    # 第二条 / (一)): an attachment is a document of its own, its shapes take their depth in it
    from fragments import outline

    doc = _draft_page(labelled=True)
    assert outline(doc)[-4:] == _EXPLANATION_OUTLINE


def test_a_flat_attachment_list_ends_at_a_joint_signature_printed_with_its_gap():
    # OCR keeps the gap between joint signatures (东江市财政局 东江市商务局), the issuer has none: the
    # last attachment's title ended only at the date and took both names
    import policyparse

    text = ("东江市财政局 东江市商务局 关于下达2025年商贸流通专项资金的通知 东财建〔2025〕8号 "
            "各县(市、区)财政局、商务局: 现将2025年商贸流通专项资金下达给你们,请按规定使用。一、资金分配 "
            "本次共下达资金3000万元,各县财政局要在收到资金后15日内分解下达。二、工作要求 (一)加快资金拨付。"
            "各县财政局负责资金拨付和监管,确保资金及时到位。(二)加强绩效管理。各县商务局负责绩效自评,"
            "于2025年12月31日前报送自评报告。 附件:1.2025年商贸流通专项资金分配表 2.2025年商贸流通专项资金"
            "绩效目标表 东江市财政局 东江市商务局 2025年4月2日")
    meta = policyparse.parse(text).metadata
    assert meta.issuer == "东江市财政局东江市商务局"
    assert meta.attachments == ["2025年商贸流通专项资金分配表", "2025年商贸流通专项资金绩效目标表"]


def test_joint_issuers_set_apart_by_a_tab_over_the_title_are_its_first_half():
    # a word processor aligns the two issuers over the title with a tab; a tab line had been read as a
    # table row, no half of a title, so the title began at 关于
    import policyparse

    text = ("东江市财政局\t东江市商务局\n关于下达2025年商贸流通专项资金的通知\n东财建〔2025〕8号\n"
            "各县(市、区)财政局、商务局:\n现将2025年商贸流通专项资金下达给你们,请按规定使用。\n"
            "一、资金分配\n本次共下达资金3000万元。\n二、工作要求\n(一)加快资金拨付。各县财政局负责资金拨付和监管。\n"
            "东江市财政局  东江市商务局\n2025年4月2日\n")
    meta = policyparse.parse(text).metadata
    assert meta.title == "东江市财政局东江市商务局关于下达2025年商贸流通专项资金的通知"


def test_a_tab_separated_row_over_a_title_stays_out_of_it():
    # a row of a table (names and a figure) is no title half, whatever follows it
    import policyparse

    text = ("序号\t项目\t金额\n关于下达2025年商贸流通专项资金的通知\n东财建〔2025〕8号\n"
            "各县(市、区)财政局:\n现将2025年商贸流通专项资金下达给你们。\n东江市财政局\n2025年4月2日\n")
    assert policyparse.parse(text).metadata.title == "关于下达2025年商贸流通专项资金的通知"
