"""Review R8 (read-only, 2026-12-07) of the day's last merges: each finding fixed, its input
invented (东江市 …), the expected reading by the annotation guide. Each test failed before its fix."""

from __future__ import annotations

import policyparse

HEAD = "东江市人民政府办公室关于开展燃气安全专项整治的通知\n各区人民政府:\n"
SIGNED = "东江市人民政府办公室\n2025年3月1日\n"


def deadline_dates(body: str) -> list[list[str]]:
    return [[m.date for m in t.deadlines] for t in policyparse.parse(HEAD + body + SIGNED).tasks]


def test_a_campaigns_stage_written_as_a_window_ends_its_work():
    # 为/是 after a written window states a stage of the campaign (…为集中排查阶段), not a noun's period.
    assert deadline_dates("一、开展专项整治。2025年4月至2025年6月为集中排查阶段,全面排查燃气隐患。由市应急局负责。\n"
                          "二、巩固提升。做好总结。\n") == [["2025-06-30"], []]
    assert deadline_dates("一、攻坚突破。2025年4月—2025年10月是攻坚阶段,完成东江大道改造。\n二、巩固提升。做好总结。\n") == [["2025-10-31"], []]


def targets_of(sentence: str) -> list[tuple]:
    text = ("东江市人民政府办公室关于支持企业发展的通知\n各区人民政府:\n一、支持政策\n(一)" + sentence
            + "\n(二)加强保障。做好工作。\n东江市人民政府办公室\n2025年3月1日\n")
    return [(g.text, g.year) for g in policyparse.parse(text).targets]


def test_a_benefit_word_opening_a_noun_leaves_the_aim_a_target():
    # 享受政策企业 and 补贴资金 are nouns opening the next clause, no benefit granted for clearing a bar.
    assert targets_of("到2025年底,涉及重大危险源的企业安全生产标准化达标率达到100%,享受政策企业全部纳入监管。") == [("100%", 2025)]
    assert targets_of("符合条件的小微企业首贷户数增长20%以上,补贴资金全部兑现到位。") == [("增长20%以上", None)]


def test_guard_a_benefit_granted_for_clearing_the_bar_keeps_the_amount_a_condition():
    assert targets_of("凡在我市新注册的企业年纳税额达到100万元以上,给予一次性奖励10万元。") == [("10万元", None)]
    assert targets_of("对于符合条件的小微企业吸纳就业人数达到30人以上,可申请稳岗补贴。") == []
    assert targets_of("符合条件的企业研发投入占比不低于3%,按规定享受加计扣除。") == []


def test_a_commentary_attached_first_does_not_swallow_the_attachments_after_it():
    # 附件1 a 政策问答 (commentary), 附件2 the 办法 itself: its items are the notice's again.
    text = ("东江市人力资源和社会保障局关于做好稳岗返还工作的通知\n各区人力资源和社会保障局:\n"
            "为做好稳岗返还工作,现将有关事项通知如下。\n一、加强宣传。做好政策宣传。\n二、抓好落实。各区认真落实。\n"
            "东江市人力资源和社会保障局\n2025年3月1日\n"
            "附件1\n《东江市稳岗返还实施办法》政策问答\n一、什么是稳岗返还?\n答:稳岗返还是指……。\n"
            "附件2\n东江市稳岗返还实施办法\n一、加强资金保障。由市财政局负责,2025年6月底前完成。\n二、做好审核。由市人社局负责。\n")
    doc = policyparse.parse(text)
    assert [(t.title, [u.name for u in t.units]) for t in doc.tasks] == [
        ("加强宣传", []), ("抓好落实", []), ("加强资金保障", ["市财政局"]), ("做好审核", ["市人社局"])]
    assert not any("稳岗返还" in s.heading for s in doc.sections)  # the commentary's 一、什么是稳岗返还? stays out


def test_a_month_window_before_a_prepositions_phrase_and_its_work_verb_ends_the_work():
    # R8 (2): 4月至6月对…开展 / 6月至8月由各区开展: the verb comes after a short phrase.
    assert deadline_dates("一、开展检查。4月至6月对全市燃气企业开展安全检查。\n二、巩固提升。做好总结。\n") == [["2025-06-30"], []]
    assert deadline_dates("一、开展巡查。6月至8月由各区开展防溺水巡查。\n二、巩固提升。做好总结。\n") == [["2025-08-31"], []]
    # guard (review R7): figures after the window, no work verb: a statistic's period
    assert deadline_dates("一、做好统计。1月至11月全市规上工业增加值增长6%,要认真总结。\n二、巩固提升。做好总结。\n") == [[], []]


def test_the_dates_of_a_joint_signatures_grid_are_no_deadlines():
    # R8 (8): the grid of six issuers and their dates, aligned with spaces, reads as a table with
    # no header: a date in a space-aligned cell is a time limit only under a header naming a time.
    text = ("东江市发展和改革委员会等六部门关于推进消费提质的通知\n各区人民政府:\n一、重点任务\n"
            "(一)扩大消费。2025年9月底前出台措施。\n(二)优化环境。做好服务。\n"
            "东江市发展和改革委员会    东江市财政局        东江市商务局\n"
            "东江市工业和信息化局      东江市文化旅游局    东江市市场监管局\n"
            "2025年3月1日              2025年3月1日        2025年3月1日\n")
    assert [[m.date for m in t.deadlines] for t in policyparse.parse(text).tasks] == [["2025-09-30"], []]


def test_an_indented_paragraph_under_a_space_aligned_table_is_no_rest_of_its_last_cell():
    # R8 (6): the paragraph after the table starts at the 重点任务 column; a sentence is no wrapped cell.
    text = ("东江市人民政府办公室关于印发重点任务分工的通知\n各区人民政府:\n一、重点任务分工\n"
            "序  重点任务            牵头单位          完成时限\n"
            "1   推进垃圾分类        市城管局          2025年6月\n"
            "2   建设口袋公园        市住房城乡建设局  2025年9月\n"
            "3   完成老旧小区改造    南湖区人民政府    2025年11月\n"
            "    各区要按照分工抓好落实,由市督查室负责跟踪督办。\n"
            "东江市人民政府办公室\n2025年3月1日\n")
    assert [t.title for t in policyparse.parse(text).tasks] == ["推进垃圾分类", "建设口袋公园", "完成老旧小区改造"]
