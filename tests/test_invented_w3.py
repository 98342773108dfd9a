"""Helper W3's invented notices (tests/invented/w3-*): shapes they showed the parser missing,
each as a made-up fragment, and a floor on the scores of the notices themselves.

The four notices are written from scratch (invented places and bodies): a provincial 应急预案
with decimal numbering wrapped in a 印发 notice, a city 专项整治方案 saved from its portal with a
table of 整治任务 (a rowspan group column), a county 政府工作报告重点工作分工 notice (items 1.–41.
under 一、…五、, units in a bracket after the item or on a line of its own), and a department's
关于做好2025年…工作的通知 with recurring report deadlines and a 联系人/电话 footer.
"""

from __future__ import annotations


import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors


COUNTY_HEAD = "鹭汀县人民政府关于2025年重点工作责任分工的通知\n各乡镇人民政府,县政府各部门:\n"
COUNTY_SIGN = "\n鹭汀县人民政府\n2025年2月18日\n"


def _task(doc, title: str):
    return next(t for t in doc.tasks if t.title == title)


def _years(task) -> list[str]:
    return sorted({d.date[:4] for d in task.deadlines if d.date})


def test_a_closing_addressed_to_the_lead_units_is_no_text_of_the_last_item():
    # 各牵头单位要……,12月10日前报送……: the closing of a 分工 notice speaks to every lead unit;
    # its date belongs to no item (call 20's closing words).
    text = (COUNTY_HEAD + "一、重点工作\n"
            "1.扩大有效投资。实施重点项目120个。(牵头单位:县发改局;责任单位:县财政局)\n"
            "2.促进消费。开展促消费活动50场次。(牵头单位:县商务局;责任单位:县文旅局)\n"
            "3.发展现代农业。新建高标准农田2万亩。(牵头单位:县农业农村局;责任单位:各乡镇人民政府)\n"
            "4.办好民生实事。(牵头单位:县发改局;责任单位:县直有关部门)\n"
            "\n    各牵头单位要会同责任单位制定推进措施,12月10日前报送全年工作完成情况。\n" + COUNTY_SIGN)
    doc = policyparse.parse(text)
    assert _years(_task(doc, "办好民生实事")) == []


def test_units_on_a_line_of_their_own_keep_an_item_one_paragraph():
    # ……8亿元以上。⏎(牵头单位:…;责任单位:…): the bracket line ends the item, so the items are
    # still one paragraph each and the closing after the last is no part of it.
    text = (COUNTY_HEAD + "一、重点工作\n"
            "1.扩大有效投资。实施重点项目120个。(牵头单位:县发改局;责任单位:县财政局)\n"
            "2.争取上级资金。争取上级资金8亿元以上。\n(牵头单位:县发改局;责任单位:县财政局)\n"
            "3.发展现代农业。新建高标准农田2万亩。(牵头单位:县农业农村局;责任单位:各乡镇人民政府)\n"
            "4.办好民生实事。\n（牵头单位：县发改局；责任单位：县直有关部门）\n"
            "\n    各有关部门要制定推进措施,12月10日前报送全年工作完成情况。\n" + COUNTY_SIGN)
    doc = policyparse.parse(text)
    task = _task(doc, "办好民生实事")
    assert _years(task) == []
    assert [(u.name, u.role) for u in task.units] == [("县发改局", "lead"), ("县直有关部门", "responsible")]


def test_the_scope_of_a_campaign_is_framing():
    # 二、整治范围 says which bodies and places the campaign covers: no work, no task.
    text = ("青屿市人民政府办公室关于印发青屿市城镇燃气安全专项整治方案的通知\n各区人民政府:\n"
            "一、工作目标\n到2024年底,全市燃气安全隐患排查整治率达到100%。\n"
            "二、整治范围\n全市范围内的燃气经营企业、燃气管道设施以及餐饮、学校等燃气使用单位。\n"
            "三、保障措施\n(一)加强组织领导。成立专项整治工作领导小组。\n"
            "(二)强化督导考核。对整治工作进展情况开展督查。(责任单位:市政府督查室)\n"
            "青屿市人民政府办公室\n2024年3月27日\n")
    doc = policyparse.parse(text)
    assert [t.title for t in doc.tasks] == ["加强组织领导", "强化督导考核"]


def test_a_part_that_holds_a_table_of_its_own_items_is_no_task(tmp_path):
    # 三、整治任务 has body text and no numbered items, but its table's rows are its items: the rows
    # are the tasks, the part is not one more (it would take every row's deadline).
    rows = "".join(
        f"<tr><td>{n}</td><td>{what}</td><td>{lead}</td><td>{co}</td><td>{when}</td></tr>"
        for n, what, lead, co, when in [
            (1, "开展燃气经营许可专项检查", "市住房城乡建设局", "市市场监管局", "2024年6月底前"),
            (2, "整治瓶装液化石油气非法经营行为", "市住房城乡建设局", "市公安局", "2024年9月底前"),
            (3, "建设燃气安全智慧监管平台", "市数据局", "市住房城乡建设局", "2025年6月底前"),
        ])
    page = ("<html><head><title>青屿市人民政府办公室关于印发青屿市城镇燃气安全专项整治方案的通知</title></head><body>"
            "<p>青屿市人民政府办公室关于印发青屿市城镇燃气安全专项整治方案的通知</p><p>各区人民政府:</p>"
            "<p>一、整治任务</p><p>各牵头单位要会同配合单位细化工作措施,按照下表抓好落实。</p>"
            "<table><tr><td>序号</td><td>整治内容</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>"
            + rows + "</table>"
            "<p>二、保障措施</p><p>(一)加强组织领导。成立专项整治工作领导小组。</p>"
            "<p>(二)强化督导考核。对整治工作进展情况开展督查。(责任单位:市政府督查室)</p>"
            "<p>青屿市人民政府办公室</p><p>2024年3月27日</p></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    doc = policyparse.parse_file(path)
    assert "整治任务" not in [t.title for t in doc.tasks]
    assert _years(_task(doc, "建设燃气安全智慧监管平台")) == ["2025"]


def test_a_date_without_a_year_dates_only_its_own_sentence():
    # 6月底前完成……工程。新建标准厂房10万平方米。: the month times one piece of work; the next
    # sentence's aim has no year (call 13), unlike a year written out (确保2025年……。……).
    text = (COUNTY_HEAD + "一、重点工作\n"
            "1.加快园区提档升级。6月底前完成园区污水处理厂扩建工程。新建标准厂房10万平方米。(牵头单位:鹭汀工业园区管委会)\n"
            "2.稳定信贷投放。确保2025年新增贷款增速不低于上年。新增各项贷款40亿元以上。(牵头单位:县金融服务中心)\n"
            + COUNTY_SIGN)
    doc = policyparse.parse(text)
    assert [(t.text, t.year) for t in doc.targets] == [("10万平方米", None), ("40亿元以上", 2025)]


def test_batches_of_inspection_are_a_measure():
    # 食品安全抽检量达到每千人5批次: a planned count of sampled batches, like 场次 and 批; an
    # ordinal batch (第2批次) stays none.
    text = (COUNTY_HEAD + "一、重点工作\n"
            "1.保障食品安全。食品安全抽检量达到每千人5批次,年内完成第2批次农产品抽检。(牵头单位:县市场监管局)\n"
            + COUNTY_SIGN)
    doc = policyparse.parse(text)
    assert [(t.text, t.value, t.unit) for t in doc.targets] == [("5批次", 5, "批次")]


FLOORS = floors({"metadata.title": 0.5, "units": 0.95, "units.responsible": 0.95, "units.cooperating": 0.9})
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w3-", 4, FLOORS, ACCURACY_FLOORS, tmp_path)


def test_training_rounds_are_a_measure_but_not_the_rounds_work_is_split_into():
    # 举办技术培训班20期以上: a planned count of classes (like 场次); 第3期 is an ordinal and
    # 分2期建设 / 分3批次实施 say how the work is split, not an aim.
    text = (COUNTY_HEAD + "一、重点工作\n"
            "1.加强技术培训。全年举办技术培训班20期以上,办好第3期青年农场主培训班。(牵头单位:县农业农村局)\n"
            "2.推进抽检。分3批次组织实施农产品抽检,冷链仓储项目分2期建设。(牵头单位:县市场监管局)\n"
            + COUNTY_SIGN)
    doc = policyparse.parse(text)
    assert [(t.text, t.value, t.unit) for t in doc.targets] == [("20期以上", 20, "期")]
