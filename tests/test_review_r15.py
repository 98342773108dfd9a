"""R15's review of the later merges (F15, W28, W29, R14's fixes, the lead's): fragments of notices we
have not seen, where a new rule must not fire (and one where it must)."""

from __future__ import annotations

import policyparse


def _check_spans(doc) -> None:
    for t in doc.tasks:
        assert doc.text[t.span[0] : t.span[1]] == t.text
    for g in doc.targets:
        assert doc.text[g.span[0] : g.span[1]] == g.text


def test_a_bare_work_summary_part_asking_for_the_report_keeps_its_task():
    # 工作总结$ / 完成情况$ (W29) name a year's report only after its year (2024年工作总结); bare, a
    # campaign notice's part asks units to send the report in
    doc = policyparse.parse(
        "关于做好2025年安全生产工作的通知\n各县(市、区)人民政府,市直各部门:\n"
        "一、压实工作责任\n各县(市、区)要落实属地责任,2025年底前完成隐患排查整治1000处。\n"
        "二、完成情况\n各县(市、区)于每季度末5日前将整治完成情况报送市应急局。\n"
        "三、工作总结\n各单位于2025年12月10日前报送年度工作总结,市应急局负责汇总。\n")
    _check_spans(doc)
    assert [t.title for t in doc.tasks] == ["压实工作责任", "完成情况", "工作总结"]
    assert [(u.name, u.role) for u in doc.tasks[2].units] == [("市应急局", "responsible")]


def test_a_dated_work_summary_part_still_reports():
    doc = policyparse.parse(
        "西岭县农业农村局\n2024年工作总结和2025年工作计划\n\n一、2024年工作总结\n"
        "(一)粮食生产。全年完成粮食播种面积12万亩,新建高标准农田3万亩。\n"
        "二、2025年工作计划\n(一)推进农田建设。全年新建高标准农田4万亩。县农业农村局负责。\n")
    _check_spans(doc)
    assert [t.title for t in doc.tasks] == ["推进农田建设"]
    assert [g.text for g in doc.targets] == ["4万亩"]


def test_a_time_opened_by_a_done_word_keeps_its_target():
    # 收到 (W28: 共收到意见建议23条 reports) opening a time (收到工单后2小时内) is what the work waits for
    doc = policyparse.parse(
        "东江市12345热线工作提升方案\n一、工作目标\n收到工单后2小时内签收率100%。\n"
        "二、工作措施\n(一)加强督办。市政务服务中心负责,自收到投诉之日起5个工作日内办结率达到95%。\n")
    _check_spans(doc)
    assert [g.text for g in doc.targets] == ["100%", "95%"]
    counted = policyparse.parse("关于X办法征求意见情况的说明\n一、基本情况\n征求意见期间,共收到意见建议23条。\n")
    assert counted.targets == []


def test_a_campaign_expected_to_last_until_a_date_keeps_its_window():
    # 预计 (R14's forecast word) marks no work window only where weather or a natural state is forecast
    def deadlines(sentence: str) -> list[str]:
        doc = policyparse.parse(f"关于开展燃气安全专项整治的通知\n各单位:\n一、整治安排\n　　{sentence}\n")
        return [d.text for t in doc.tasks for d in t.deadlines]

    assert deadlines("本次专项整治预计持续至2025年12月31日,各地要精心组织。") == ["至2025年12月31日"]
    assert deadlines("集中排查预计自2025年6月1日起至2025年9月30日,由各县区组织。") == ["至2025年9月30日"]
    assert deadlines("预计降雨持续至2025年7月,各地要做好防范。") == []
    assert deadlines("据气象部门预报,高温天气持续至2025年8月,各地要做好防范。") == []


def test_a_bracket_clause_whose_role_verb_picks_out_a_noun_names_no_unit():
    # (市财政局负责的资金按原渠道拨付): 负责的 says which funds, no unit's role (F15's clause reading)
    doc = policyparse.parse(
        "关于做好困难群众救助工作的通知\n一、重点任务\n(一)加强资金保障。做好资金拨付(市财政局负责的资金按原渠道拨付)。\n"
        "(二)强化统筹。(市民政局负责统筹,各县(市、区)具体落实)\n")
    _check_spans(doc)
    units = {t.title: [(u.name, u.role) for u in t.units] for t in doc.tasks}
    assert units["加强资金保障"] == []
    assert units["强化统筹"] == [("市民政局", "responsible"), ("各县(市、区)", "responsible")]


def test_a_meeting_notices_agenda_item_naming_a_lead_unit_is_no_task():
    # the agenda reading in prose (R14: a 纪要's 会议内容 records settled work) is for minutes only; a
    # 会议通知's agenda says who reports at the meeting
    doc = policyparse.parse(
        "关于召开全市防汛工作会议的通知\n一、会议时间\n2025年5月10日上午9:00。\n二、会议内容\n"
        "(一)市水利局通报汛前检查情况。\n(二)市应急局牵头组织汇报防汛准备情况。\n(三)市政府主要领导讲话。\n"
        "三、参会人员\n各县(市、区)分管负责同志。\n四、有关要求\n请各县区于5月8日前报送参会名单。\n")
    assert [t.title for t in doc.tasks] == ["有关要求"]
    minutes = policyparse.parse(
        "关于推进老旧小区改造工作的会议纪要\n4月8日,副市长主持召开专题会议。\n一、会议议题\n"
        "(一)研究资金筹措。会议指出,市财政局牵头负责资金保障。\n二、会议议定事项\n"
        "(一)加快改造进度。市住建局牵头,6月底前开工100个小区。\n")
    _check_spans(minutes)
    assert [t.title for t in minutes.tasks] == ["研究资金筹措", "加快改造进度"]


def test_a_schedule_of_yearly_completion_columns_keeps_its_targets():
    # 2024年完成 beside 2025年目标 reports (W29); 2025年完成 | 2026年完成 | 2027年完成 is a plan's schedule
    doc = policyparse.parse(
        "东江市城市更新三年行动方案(2025—2027年)\n一、年度任务\n各县(市、区)按下表完成年度任务。\n"
        "序号\t指标\t单位\t2025年完成\t2026年完成\t2027年完成\n1\t改造老旧小区\t个\t50个\t60个\t70个\n\n"
        "东江市人民政府\n2025年1月10日\n")
    _check_spans(doc)
    assert [g.text for g in doc.targets] == ["50个", "60个", "70个"]
    report = policyparse.parse(
        "东江市2025年民生实事计划\n一、年度指标\n序号\t指标\t2024年完成\t2025年目标\n1\t新增城镇就业\t3.1万人\t3.2万人\n"
        "东江市人民政府\n2025年1月10日\n")
    assert [g.text for g in report.targets] == ["3.2万人"]


def test_a_done_word_before_a_later_noun_still_reports():
    # guard of the time reading: 后续, 后备 are nouns, 已下达后续资金 still reports
    doc = policyparse.parse("东江市水利工作方案\n一、重点任务\n(一)建设水库。省财政已下达后续资金2000万元,市水利局负责。\n")
    assert [g.text for g in doc.targets] == []
