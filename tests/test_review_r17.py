"""R17's review of this evening's merges (F17, W35, W36 and the lead's): fragments of notices we have
not seen, where a new rule must not fire (and some where it must). Each test failed before its fix."""

from __future__ import annotations

from fragments import parsed_with_spans, target_texts


_FLOOD = ("东江市人民政府办公室关于印发东江市防汛抗旱工作方案的通知\n各乡镇人民政府:\n现将方案印发给你们。\n\n"
          "东江市人民政府办公室\n2025年5月20日\n\n东江市防汛抗旱工作方案\n一、主要任务\n")


def test_a_forecasting_system_a_plan_builds_is_no_forecast_of_the_weather():
    # W35: after a forecast word, a quantity whose clause names weather or water is the forecast's. 预报 as the
    # name of a work's tool (监测预警预报体系, 气象预报准确率, 水文预报系统) forecasts nothing: 雨量站 and 水位站
    # are stations to build
    assert target_texts(_FLOOD + "(一)提升监测能力。健全山洪灾害监测预警预报体系,新建雨量站30个、水位站20个。\n") == ["30个", "20个"]
    assert target_texts(_FLOOD + "(一)强化预报预警。提高气象预报准确率,暴雨预警准确率达到85%以上。\n") == ["85%以上"]


def test_work_or_an_aim_after_a_forecast_sets_a_target():
    # a forecast of rain, then the work it calls for (各乡镇要…), or a project's planned spending (预计投资…,新建…)
    assert target_texts(_FLOOD + "(一)加强物资储备。据气象部门预测,今年汛期降雨偏多,各乡镇要储备防汛物资,"
                    "防汛物资储备率达到100%。\n") == ["100%"]
    assert target_texts(_FLOOD + "(一)加强防洪工程建设。预计投资5亿元,新建防洪堤30公里。\n") == ["5亿元", "30公里"]


def test_a_forecast_of_the_weather_still_gives_no_target():
    doc = parsed_with_spans(_FLOOD.replace("一、主要任务\n", "一、汛情形势\n") + "据县气象局预报,预计13日至15日全县降雨量50~100毫米,"
                  "局部150毫米以上,较常年同期偏多3成。\n二、工作要求\n(一)加强值守。各乡镇要安排人员24小时值班。\n")
    assert doc.targets == []


def test_a_dash_before_any_role_or_time_limit_label_is_no_heading():
    # the lead's rule (——责任单位: a unit line) named five labels; the guide's 责任主体, 实施单位 and a time-limit
    # line under the item close it the same way
    doc = parsed_with_spans("东江县冷链物流发展实施方案\n一、重点任务\n(一)建设冷库。新建冷库10座。\n——责任主体:县商务局\n"
                  "——完成时限:2025年底\n(二)培育主体。培育企业5家。\n——实施单位:县发改局\n")
    assert [s.heading for s in doc.sections] == ["重点任务", "建设冷库", "培育主体"]
    assert [(t.title, [u.name for u in t.units]) for t in doc.tasks] == [("建设冷库", ["县商务局"]), ("培育主体", ["县发改局"])]
    assert [t.title for t in doc.tasks if any(d.date and d.date.startswith("2025") for d in t.deadlines)] == ["建设冷库"]


def test_a_day_counted_from_an_event_is_no_day_of_this_month():
    # W35: a day with no month before 前 (于14日18时前) dates in the notice's month; not one counted after an
    # event (每季度结束后,10日前: each quarter's)
    doc = parsed_with_spans("东江县人民政府办公室关于开展安全生产大检查的通知\n各乡镇人民政府:\n一、工作安排\n(一)自查。各乡镇每季度结束后,"
                  "10日前报送自查报告。\n(二)抽查。县应急局负责,于20日前完成抽查。\n\n东江县人民政府办公室\n2025年11月25日\n")
    dates = {t.title: [d.date for d in t.deadlines if d.date] for t in doc.tasks}
    assert dates == {"自查": [], "抽查": ["2025-11-20"]}


def test_an_explanation_ends_where_the_draft_it_explains_begins():
    # F17: a 说明 printed as an attachment gives no tasks or targets, up to the next attachment's label; a draft
    # printed after it under its own title, with no label, issues work
    doc = parsed_with_spans("东江市司法局关于公开征求《东江市河道管理办法(征求意见稿)》意见的公告\n为广泛听取意见,现公开征求意见。\n\n"
                  "东江市司法局\n2025年3月1日\n\n附件1\n关于《东江市河道管理办法(征求意见稿)》的起草说明\n一、起草背景\n"
                  "为加强河道管理,起草本办法。全市现有河道120公里。\n二、主要内容\n办法共三章。\n东江市河道管理办法(征求意见稿)\n第一章 总则\n"
                  "第一条 为了加强河道管理,制定本办法。\n第二条 市水利局负责全市河道管理工作,到2026年建成生态河道50公里。\n")
    assert [g.text for g in doc.targets] == ["50公里"]
    assert [[u.name for u in t.units] for t in doc.tasks] == [["市水利局"]]


def test_a_forecast_in_the_plans_own_preface_is_its_aim():
    # F17: a forecast of an outcome (预计突破…) before the first section describes the situation; the text before
    # the first section of an enclosed plan, under its own title, is the plan's preface, which sets aims
    doc = parsed_with_spans("东江市人民政府办公室关于印发东江市招商引资工作方案的通知\n各乡镇人民政府:\n现将方案印发给你们。\n\n"
                  "东江市人民政府办公室\n2025年2月20日\n\n东江市招商引资工作方案\n全年计划引进项目50个,预计突破投资额100亿元。\n"
                  "一、主要任务\n(一)加强招商。市商务局牵头。\n")
    assert [g.text for g in doc.targets] == ["50个", "100亿元"]
    wrapper = parsed_with_spans("东江市人民政府办公室关于做好高校毕业生就业工作的通知\n各乡镇人民政府:\n2025年全市高校毕业生预计达1.2万人,"
                      "为做好就业工作,现就有关事项通知如下:\n一、主要任务\n(一)拓宽渠道。市人社局牵头。\n\n东江市人民政府办公室\n2025年2月20日\n")
    assert wrapper.targets == []


def test_recipients_before_a_page_end_are_no_half_of_the_title():
    # F17: a title whose first line ends in 、 or , goes on across a page end; a recipients' line ending on a comma
    # is not its first half
    meta = parsed_with_spans("各乡镇人民政府、市直各部门,\n\n— 1 —\n\n东江市人民政府办公室关于开展安全检查的通知\n一、主要任务\n"
                   "(一)推进改造。完成改造100户。\n\n东江市人民政府办公室\n2025年4月20日\n").metadata
    assert meta.title == "东江市人民政府办公室关于开展安全检查的通知"
    split = parsed_with_spans("东政办发〔2025〕3号\n\n东江市人民政府办公室\n关于加快推进城乡环境整治、\n\n— 1 —\n\n农村人居环境改善工作的通知\n"
                    "各乡镇人民政府:\n一、主要任务\n(一)推进改造。完成改造100户。\n\n东江市人民政府办公室\n2025年4月20日\n").metadata
    assert split.title == "东江市人民政府办公室关于加快推进城乡环境整治、农村人居环境改善工作的通知"
