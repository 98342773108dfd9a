"""R19's review of the last merges (R18's fixes, W39's and W38's rules, the lead's normalize and anchor changes):
fragments of notices we have not seen, where a new rule must not fire (and some where it must). Each test failed
before its fix."""

from __future__ import annotations

from fragments import parsed_with_spans, target_texts, task_titles

_PLAN = ("东江市人民政府办公室关于印发东江市科技创新工作方案的通知\n各乡镇人民政府:\n现将方案印发给你们。\n\n"
         "东江市人民政府办公室\n2025年5月20日\n\n东江市科技创新工作方案\n一、主要任务\n(一)培育企业。新培育高新技术企业20家。\n")


def test_a_notice_that_names_past_work_keeps_its_text():
    # W39: 往期推荐 / 往期回顾 end the text (a WeChat post's trailer over titles of other posts). Only as a line of
    # their own with no sentence after: a notice may open a paragraph with 往期回顾 or name 往期推荐项目 in a row
    assert target_texts(_PLAN + "(二)做好复核。\n往期回顾显示,部分项目进度滞后。各乡镇要于2025年10月底前完成复核30个项目。\n") == [
        "20家", "30个"]
    assert target_texts(_PLAN + "(二)开展复核。复核项目如下:\n序号\t类别\t数量\n1\t往期推荐项目\t30个\n2\t新增项目\t20个\n") == [
        "20家", "30个", "20个"]
    assert target_texts(_PLAN + "(二)完善名单。\n往期推荐名单\n新增入库项目15个。\n") == ["20家", "15个"]
    assert target_texts(_PLAN + "(二)加强宣传。\n往期推荐\n各乡镇要推荐优秀案例10个。\n") == ["20家", "10个"]
    # the trailer itself still ends the text: a recommended post's 3个 is no target
    assert target_texts(_PLAN + "\n来源:东江发布\n▼往期推荐▼\n▲东江市新增3个城市口袋公园,快来打卡!\n▲一图读懂东江市十件民生实事\n"
                        "分享 收藏 在看 点赞\n") == ["20家"]


_BODY = ("各乡镇人民政府:\n为做好相关工作,现将有关事项通知如下。\n一、主要任务\n(一)加强宣传。各乡镇要开展宣传活动。\n\n"
         "东江市人民政府办公室\n2025年5月20日\n")


def test_a_line_of_english_or_a_code_is_no_half_of_a_title():
    # W38: a title half may hold Latin letters (人乳头瘤病毒(HPV), 5G). Acronyms only: a bilingual line (an English
    # name beside the Chinese) or a code above the title is none of it
    for above in ("东江市人民政府 Dongjiang Municipal Government", "Dongjiang Daily 东江日报", "索引号 11330100MB1234567X"):
        doc = parsed_with_spans(above + "\n关于做好2025年春季森林防火工作的通知\n" + _BODY)
        assert doc.metadata.title == "关于做好2025年春季森林防火工作的通知", above
    doc = parsed_with_spans("东江市卫生健康委员会关于开展适龄女生人乳头瘤病毒(HPV)\n疫苗接种工作的通知\n" + _BODY)
    assert doc.metadata.title == "东江市卫生健康委员会关于开展适龄女生人乳头瘤病毒(HPV)疫苗接种工作的通知"
    doc = parsed_with_spans("东江市人民政府办公室关于推进5G\n基站建设的通知\n" + _BODY)
    assert doc.metadata.title == "东江市人民政府办公室关于推进5G基站建设的通知"


def test_next_year_after_a_count_of_machines_is_no_count_of_checks():
    # W39: 台次 is a measure (不少于20台次). Not 台 before 次年 / 次月 (the next year, month): 5台, then 次年
    head = "东江市环境整治工作方案\n一、主要任务\n"
    assert target_texts(head + "(一)更新设备。2025年新购置新能源清扫车5台次年投入使用。\n") == ["5台"]
    assert target_texts(head + "(一)更新设备。2025年底前更换老旧公交车30台次月起全部上线运营。\n") == ["30台"]
    assert target_texts(head + "(一)加强抽查。每月抽查非道路移动机械不少于20台次。\n") == ["不少于20台次"]
    assert target_texts(head + "(一)加强检测。全年检测重型柴油车1000台次以上。\n") == ["1000台次以上"]


_CDO = ("东江市人民政府办公室关于印发东江市首席数据官制度试点工作方案的通知\n各乡镇人民政府:\n现将方案印发给你们。\n\n"
        "东江市人民政府办公室\n2025年5月20日\n\n东江市首席数据官制度试点工作方案\n一、主要任务\n(一)建设平台。新建平台3个。\n")


def test_a_plan_part_that_appoints_a_group_or_names_a_procedure_issues_work():
    # R18: an item that appoints a person (任命王某为…局长) frames no work. Not a plan's part that appoints a group
    # to a post (任命各部门分管领导为首席数据官) or names the procedure (任命程序为…)
    doc = parsed_with_spans(_CDO + "二、任命各部门分管领导为首席数据官\n(一)明确人选。各部门于2025年6月底前确定人选,市委组织部牵头。\n"
                            "(二)加强考核。市大数据局负责,培训50人次。\n")
    assert [(t.title, [u.name for u in t.units]) for t in doc.tasks] == [
        ("建设平台", []), ("明确人选", ["市委组织部"]), ("加强考核", ["市大数据局"])]
    doc = parsed_with_spans(_CDO + "二、任命程序为民主推荐和组织考察\n(一)组织推荐。各部门于2025年6月底前推荐人选,市委组织部牵头。\n")
    assert [t.title for t in doc.tasks] == ["建设平台", "组织推荐"]


def test_the_items_of_an_appointment_notice_assign_no_work():
    # an item that removes a person from a post (二、免去李某的…职务) or engages one (三、聘任赵某为…参事) is a post,
    # as 任命王某为… is; 免去 before a fee is still a measure
    assert task_titles("东江市人民政府关于王某等同志职务任免的通知\n各乡镇人民政府:\n经研究,决定:\n一、任命王某为市财政局局长,试用期一年。\n"
                       "二、免去李某的市财政局局长职务。\n三、聘任赵某为市人民政府参事,聘期5年。\n\n东江市人民政府\n2025年5月20日\n") == []
    assert task_titles("东江市支持小微企业发展若干措施\n一、降低经营成本\n(一)免去小微企业首年检测费。市市场监管局负责。\n"
                       "(二)免去企业职工培训费。市人社局负责。\n") == ["免去小微企业首年检测费", "免去企业职工培训费"]


def test_a_labelled_line_with_a_bracket_or_two_labels_still_closes_its_item():
    # R18: a dash label needs its colon or a space (——责任主体更加明确。 is a goal). A label may carry a bracket
    # (——责任单位(部门):), be joined to another (——责任单位及完成时限:), or run into its unit (——责任单位县商务局)
    for label in ("——责任单位(部门):县商务局\n——完成时限:2025年底\n", "——牵头单位(责任单位):县商务局\n",
                  "——责任单位及完成时限:县商务局,2025年底\n", "——责任单位、完成时限:县商务局,2025年底\n", "——责任单位县商务局\n"):
        doc = parsed_with_spans("东江县冷链物流发展实施方案\n一、重点任务\n(一)建设冷库。新建冷库10座。\n" + label
                                + "(二)培育主体。培育企业5家。\n——实施单位:县发改局\n")
        assert [s.heading for s in doc.sections] == ["重点任务", "建设冷库", "培育主体"], label
        assert [t.title for t in doc.tasks] == ["建设冷库", "培育主体"], label
    # a goal whose words after the label open with 市 / 区 and name no unit (——实施主体市场化) is still a dash heading
    doc = parsed_with_spans("东江市数字政府建设实施方案\n一、工作目标\n到2027年,实现以下目标:\n——平台体系更加完善。\n——实施主体市场化。\n"
                            "——责任主体区域协同。\n二、重点任务\n(一)建设政务平台。新建平台3个。\n——责任单位市大数据局\n")
    assert [s.heading for s in doc.sections if s.number == "——"] == ["平台体系更加完善", "实施主体市场化", "责任主体区域协同"]


def test_an_explanation_goes_on_past_the_document_its_draft_rests_on():
    # R18: an explanation ends at the title of the document it explains (its name in the explanation's title). Not at
    # a shorter name inside that one: the 办法 a 实施细则 rests on is cited, its title line no draft
    head = ("东江市司法局关于公开征求《东江市河道管理办法实施细则(征求意见稿)》意见的公告\n为广泛听取意见,现公开征求意见。\n\n"
            "东江市司法局\n2025年3月1日\n\n附件1\n关于《东江市河道管理办法实施细则(征求意见稿)》的起草说明\n一、起草依据\n")
    doc = parsed_with_spans(head + "《东江市河道管理办法》\n二、主要内容\n细则要求市水利局负责全市河道管理,到2026年建成生态河道50公里。\n")
    assert doc.tasks == [] and doc.targets == []
    doc = parsed_with_spans(head + "《东江市河道管理办法》\n二、主要内容\n细则共三章。\n东江市河道管理办法实施细则(征求意见稿)\n第一章 总则\n"
                            "第一条 为了加强河道管理,制定本细则。\n第二条 市水利局负责全市河道管理工作,到2026年建成生态河道50公里。\n")
    assert [g.text for g in doc.targets] == ["50公里"]


def test_a_letter_spaced_line_keeps_each_quantity_with_its_measure():
    # the lead: on a letter-spaced line a measure's slash loses the extractor's space (微 克 / 立 方 米). So does a
    # number before a measure, not only before 年, 个 or 万: 32 微 克, 12 公 里, 300 吨 were cut from their numbers
    assert target_texts("东 江 市 大 气 污 染 防 治 工 作 方 案\n一 、 主 要 任 务\n( 一 ) 加 强 治 理 。 到 2025 年 底 前 , 细 颗 粒 物 浓 度 降 至 "
                        "32 微 克 / 立 方 米 以 下 , 新 建 监 测 站 5 个 , 治 理 河 道 12 公 里 , 削 减 排 放 300 吨 。\n") == [
        "32微克/立方米以下", "5个", "12公里", "300吨"]


def test_a_title_half_may_hold_an_acronym_with_its_decimal_point_or_plus():
    # W38: a title half may hold Latin letters beside Chinese (HPV, 5G). So too PM2.5 (its decimal point) and 5G+
    for title in ("东江市人民政府办公室关于印发东江市PM2.5和臭氧协同控制\n行动方案的通知\n",
                  "东江市人民政府办公室关于印发东江市“5G+工业互联网”\n融合发展行动方案的通知\n"):
        assert parsed_with_spans(title + _BODY).metadata.title == title.replace("\n", ""), title
    # a site's address beside its name is still no half of a title
    doc = parsed_with_spans("东江市人民政府网 www.dj.gov.cn\n关于做好2025年春季森林防火工作的通知\n" + _BODY)
    assert doc.metadata.title == "关于做好2025年春季森林防火工作的通知"
