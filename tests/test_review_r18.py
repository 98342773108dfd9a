"""R18's review of the last merges (R17's fixes, W37's data, M5's memory changes): fragments of notices we
have not seen, where a new rule must not fire (and some where it must). Each test failed before its fix."""

from __future__ import annotations

from fragments import parsed_with_spans


_FLOOD = ("东江市人民政府办公室关于印发东江市防汛抗旱工作方案的通知\n各乡镇人民政府:\n现将方案印发给你们。\n\n"
          "东江市人民政府办公室\n2025年5月20日\n\n东江市防汛抗旱工作方案\n")
_PLAN = ("东江市人民政府办公室关于印发东江市数字政府建设实施方案的通知\n各乡镇人民政府:\n现将方案印发给你们。\n\n"
         "东江市人民政府办公室\n2025年5月20日\n\n东江市数字政府建设实施方案\n")


def test_work_named_in_the_event_a_forecast_follows_keeps_it_a_forecast():
    # R17: a work verb between a forecast word and its quantity makes the quantity the work's (预计投资5亿元,新建防洪堤
    # 30公里). Not a work verb in the event the forecast follows (实施泄洪后): the water level is nature's
    doc = parsed_with_spans(_FLOOD + "一、汛情形势\n据水文部门预测,上游水库实施泄洪后,下游河段水位将上涨1.2米左右。\n二、工作要求\n"
                  "(一)加强值守。各乡镇要安排人员24小时值班。\n")
    assert doc.targets == []
    doc = parsed_with_spans(_FLOOD + "一、汛情形势\n据气象部门预报,今年将加固堤防,预计主汛期最高水位超警戒0.5米。\n二、工作要求\n"
                  "(一)加强值守。各乡镇要安排人员24小时值班。\n")
    assert doc.targets == []
    # the work's own quantity after a forecast still counts
    assert [g.text for g in parsed_with_spans(_FLOOD + "一、主要任务\n(一)加强防洪工程建设。预计投资5亿元,新建防洪堤30公里。\n").targets] == [
        "5亿元", "30公里"]


def test_a_goal_that_opens_with_a_label_word_is_still_a_dash_heading():
    # R17: a dash before a role or time-limit label (——责任主体:县商务局) closes an item. A goal may open with the same
    # words and no colon (——责任主体更加明确。——参与主体更加多元。): it is a dash heading
    doc = parsed_with_spans(_PLAN + "一、工作目标\n到2027年,实现以下目标:\n——平台体系更加完善。\n——责任主体更加明确。\n——参与主体更加多元。\n"
                  "二、重点任务\n——建设政务平台。新建平台3个。\n——责任主体全面压实。各乡镇落实属地责任。\n")
    assert [s.heading for s in doc.sections if s.number == "——"] == [
        "平台体系更加完善", "责任主体更加明确", "参与主体更加多元", "建设政务平台", "责任主体全面压实"]
    assert [t.title for t in doc.tasks] == ["建设政务平台", "责任主体全面压实"]
    # the label itself, with a colon (full-width or not) or a space before its value, still closes the item
    doc = parsed_with_spans("东江县冷链物流发展实施方案\n一、重点任务\n(一)建设冷库。新建冷库10座。\n——责任单位：县商务局\n——完成时限 2025年底\n"
                  "(二)培育主体。培育企业5家。\n——实施单位:县发改局\n")
    assert [s.heading for s in doc.sections] == ["重点任务", "建设冷库", "培育主体"]


def test_a_plan_part_that_opens_with_appoint_issues_work():
    # W37: 任命 opened an appointment notice's framing part (一、任命 / 一、任命王某为…局长). A plan's part may open with
    # it (二、任命与管理, 二、任命首席数据官) and hold work with its lead units
    head = _PLAN.replace("数字政府建设", "首席数据官制度试点工作")
    for caption in ("任命与管理", "任命首席数据官"):
        doc = parsed_with_spans(head + "一、主要任务\n(一)建设平台。新建平台3个。\n二、" + caption + "\n(一)明确人选。各部门于2025年6月底前确定"
                      "首席数据官人选,市委组织部牵头。\n(二)加强考核。市大数据局负责,年内培训首席数据官50人次。\n")
        assert [(t.title, [u.name for u in t.units]) for t in doc.tasks] == [
            ("建设平台", []), ("明确人选", ["市委组织部"]), ("加强考核", ["市大数据局"])], caption
        assert [g.text for g in doc.targets] == ["3个", "50人次"], caption


_EXPLAINED = ("东江市司法局关于公开征求《东江市河道管理办法(征求意见稿)》意见的公告\n为广泛听取意见,现公开征求意见。\n\n"
              "东江市司法局\n2025年3月1日\n\n附件1\n关于《东江市河道管理办法(征求意见稿)》的起草说明\n一、起草依据\n")


def test_an_explanation_goes_on_past_the_titles_it_cites():
    # R17: an explanation part ends at the title line of a document that follows it (the draft it explains). Not at
    # the title of a law it rests on, nor of a plan it cites: its figures retell them
    doc = parsed_with_spans(_EXPLAINED + "《中华人民共和国水法》\n《中华人民共和国河道管理条例》\n二、主要内容\n"
                  "办法要求市水利局负责全市河道管理,到2026年建成生态河道50公里。\n")
    assert doc.tasks == [] and doc.targets == []
    doc = parsed_with_spans(_EXPLAINED + "本办法依据有关法律起草。\n二、与相关规划的衔接\n东江市水利发展“十四五”规划\n"
                  "规划提出到2025年建成生态河道30公里。\n")
    assert doc.targets == []
    # the draft itself, under its own title, still issues work
    doc = parsed_with_spans(_EXPLAINED + "《中华人民共和国水法》\n二、主要内容\n办法共三章。\n东江市河道管理办法(征求意见稿)\n第一章 总则\n"
                  "第一条 为了加强河道管理,制定本办法。\n第二条 市水利局负责全市河道管理工作,到2026年建成生态河道50公里。\n")
    assert [g.text for g in doc.targets] == ["50公里"]


def test_a_title_broken_around_the_plans_name_is_no_plan_head():
    # R17: the enclosed plan's title on a line of its own starts the plan's preface, whose forecasts are aims. The
    # notice's own title broken around the plan's name (关于印发 / X / 的通知) starts no preface: the wrapper's forecast
    # of an outcome (签约项目预计达120个) describes the situation
    doc = parsed_with_spans("东江市人民政府办公室关于印发\n东江市招商引资工作方案\n的通知\n各乡镇人民政府:\n2025年全市签约项目预计达120个。"
                  "现将方案印发给你们。\n一、主要任务\n(一)加强招商。市商务局牵头。\n\n东江市人民政府办公室\n2025年2月20日\n")
    assert doc.targets == []
    # the plan's own head after the wrapper still starts its preface
    doc = parsed_with_spans("东江市人民政府办公室关于印发\n东江市招商引资工作方案\n的通知\n各乡镇人民政府:\n现将方案印发给你们。\n\n"
                  "东江市人民政府办公室\n2025年2月20日\n\n东江市招商引资工作方案\n全年计划引进项目50个,预计突破投资额100亿元。\n"
                  "一、主要任务\n(一)加强招商。市商务局牵头。\n")
    assert [g.text for g in doc.targets] == ["50个", "100亿元"]


def test_a_forwarding_titles_first_half_is_no_recipients_line():
    # R17: a line that opens with an addressee and ends on a comma before a page end lists recipients, no half of
    # the title. A title that forwards another body's document opens with the issuer too (X转发市财政局、 / — 1 — /
    # 市发改委关于…的通知): its verb (转发, 印发, 批转) marks it a title's
    meta = parsed_with_spans("东政办发〔2025〕3号\n\n东江市人民政府办公室转发市财政局、\n\n— 1 —\n\n市发改委关于加强专项资金管理意见的通知\n"
                   "各乡镇人民政府:\n一、主要任务\n(一)推进改造。完成改造100户。\n\n东江市人民政府办公室\n2025年4月20日\n").metadata
    assert meta.title == "东江市人民政府办公室转发市财政局、市发改委关于加强专项资金管理意见的通知"
