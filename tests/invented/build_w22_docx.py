"""Build tests/invented/w22-zhangyue-yigongti-fangan-2025.docx (helper W22's invented notice).

A provincial 办公厅 印发 notice of a 实施方案 as Word saves it, its whole outline Word's automatic
numbering (word/numbering.xml; no number in the paragraphs): one list whose levels are 一、
(chineseCounting "%1、"), （一） (chineseCounting "（%2）"), 1. (decimal "%3.") and （1）
(decimal "（%4）"), each deeper level restarting under its parent as Word restarts it; the
保障措施 part's items are a second w:num of the same list restarted at 1 (startOverride), at the
1. level straight under 一、 (the （一） level skipped); a few numbers typed by hand where a
writer went on a list by typing (3.…, （3）…, （四）…); units in brackets at the ends of items.
Run from the repository root: `python tests/invented/build_w22_docx.py` (uses the zipfile
builder of tests/test_docx_word_features.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from test_docx_word_features import abstract, lvl, make_docx, num, p  # noqa: E402
from docx_parts import CENTER, INDENT, RIGHT, body  # noqa: E402

OUT = HERE / "w22-zhangyue-yigongti-fangan-2025.docx"

NUMBERING = abstract(
    0,
    lvl(0, "chineseCounting", "%1、"),
    lvl(1, "chineseCounting", "（%2）"),
    lvl(2, "decimal", "%3."),
    lvl(3, "decimal", "（%4）"),
) + num(1, 0) + num(2, 0, '<w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride>')


def auto(level: int, text: str, num_id: int = 1) -> str:
    """A paragraph numbered by Word at list level `level` (0 一、, 1 （一）, 2 1., 3 （1）)."""
    return p(text, num_id, level, props=INDENT)


BODY = "".join([
    p("漳岳省人民政府办公厅文件", props=CENTER),
    p("漳政办发〔2025〕9号", props=CENTER),
    p("漳岳省人民政府办公厅关于印发漳岳省紧密型县域医疗卫生共同体建设实施方案的通知", props=CENTER),
    p("各市、县（区）人民政府，省政府各部门、各直属机构："),
    body("《漳岳省紧密型县域医疗卫生共同体建设实施方案》已经省人民政府同意，现印发给你们，请认真组织实施。"),
    p(""),
    p("漳岳省人民政府办公厅", props=RIGHT),
    p("2025年3月12日", props=RIGHT),
    body("（此件公开发布）"),
    p(""),
    p("漳岳省紧密型县域医疗卫生共同体建设实施方案", props=CENTER),
    body("为深入推进紧密型县域医疗卫生共同体（以下简称医共体）建设，推动优质医疗资源下沉和均衡布局，"
         "提升县域医疗卫生服务能力，结合我省实际，制定本方案。"),
    auto(0, "总体要求"),
    auto(1, "指导思想"),
    body("坚持以人民健康为中心，以县域为单位，以县级医院为龙头、乡镇卫生院为枢纽、村卫生室为网底，推动县域医疗卫生资源"
         "整合共享，构建分工协作、运行高效的县域医疗卫生服务体系。"),
    auto(1, "基本原则"),
    body("坚持政府主导、公益优先，坚持因地制宜、分类推进，坚持上下联动、医防融合，坚持改革创新、系统集成。"),
    auto(1, "工作目标"),
    body("到2025年底，全省各县（市、区）医共体建设实现全覆盖；"
         "到2027年，县域内住院量占比达到90%以上，基层医疗卫生机构诊疗量占比达到65%以上，全省50个以上县级医院达到三级医院"
         "服务能力。"),
    auto(0, "重点任务"),
    auto(1, "健全医共体管理体制"),
    auto(2, "完善领导机制。各县（市、区）成立由党委或政府主要负责同志任主任的医共体管理委员会，统筹医共体规划建设、"
            "投入保障、人事安排和考核监管等重大事项，2025年6月底前全面建立。（牵头单位：省卫生健康委；配合单位：省委编办、省财政厅）"),
    auto(2, "落实经营管理自主权。医共体在人员招聘、岗位设置、中层干部聘任、内部绩效考核和收入分配等方面享有自主权，"
            "由医共体牵头医院统一行使。(责任单位：各市、县（区）人民政府)"),
    auto(1, "推进医共体内资源整合"),
    auto(2, "统一人员管理。"),
    auto(3, "人员统筹使用。医共体内人员实行统一招聘、统一培训、统一调配，县级医院医师下沉乡镇卫生院累计服务时间每年不少于6个月。"
            "（责任单位：省卫生健康委、省人力资源社会保障厅）"),
    auto(3, "编制统筹管理。按照“县管乡用”原则，将医共体内编制统一核定、统筹使用，2026年底前完成编制周转池建设。"
            "（牵头单位：省委编办；配合单位：省卫生健康委）"),
    body("（3）薪酬统筹分配。落实“两个允许”要求，合理核定医共体薪酬总量，2025年9月底前出台医共体薪酬制度改革指导意见。"
         "（责任单位：省人力资源社会保障厅、省财政厅）"),
    auto(2, "统一财务管理。医共体设立财务管理中心，对成员单位实行统一核算、集中管理，2025年底前实现医共体内财务信息系统互联互通。"
            "（牵头单位：省卫生健康委；配合单位：省财政厅、省审计厅）"),
    body("3.统一药品耗材管理。医共体内实行药品耗材统一目录、统一采购、统一配送，基层医疗卫生机构与县级医院用药目录衔接率达到95%以上。"
         "（牵头单位：省医保局；配合单位：省卫生健康委、省药监局）"),
    auto(1, "提升县域医疗服务能力"),
    auto(2, "加强县级医院能力建设。重点加强胸痛、卒中、创伤、危重孕产妇和新生儿救治等中心建设，到2027年，每个县级医院建成"
            "“五大中心”。省财政每年安排县级医院能力提升补助资金2亿元。（牵头单位：省卫生健康委；配合单位：省财政厅）"),
    auto(2, "夯实基层服务网底。推进乡镇卫生院标准化建设和村卫生室规范化建设，2026年底前完成200个中心乡镇卫生院提质改造，"
            "村卫生室医保结算覆盖率达到100%。（牵头单位：省卫生健康委；配合单位：省医保局、各市、县（区）人民政府）"),
    auto(2, "推进远程医疗服务。"),
    auto(3, "建设县域远程医疗中心。依托县级医院建设远程影像、远程心电、远程会诊中心，2025年底前实现医共体内远程医疗服务全覆盖。"
            "（责任单位：省卫生健康委、省数据局）"),
    auto(3, "推广“互联网+医疗健康”服务。支持县级医院开展互联网诊疗和处方流转，全省建成县域互联网医院60家以上。"
            "（牵头单位：省卫生健康委；配合单位：省医保局）"),
    body("（四）深化医保支付方式改革。对医共体实行医保基金总额付费，加强监督考核，结余留用、合理超支分担，2025年底前在全省推开。"
         "（牵头单位：省医保局；配合单位：省卫生健康委、省财政厅）"),
    auto(0, "保障措施"),
    auto(2, "加强组织领导。省卫生健康委牵头建立医共体建设工作联席会议制度，省委编办、省发展改革委、省财政厅、省人力资源社会保障厅、"
            "省医保局等部门按职责分工负责。各市要加强对所辖县（市、区）医共体建设的指导。", 2),
    auto(2, "强化财政投入。按规定落实政府对医共体成员单位的投入政策，对医共体建设成效明显的县给予每县100万元奖励。"
            "（责任单位：省财政厅、各市、县（区）人民政府）", 2),
    auto(2, "强化考核评价。建立医共体建设监测评价指标体系，每年开展一次综合评价，评价结果与医保基金支付、财政补助和院长绩效考核挂钩。"
            "（责任单位：省卫生健康委、省医保局）", 2),
    auto(2, "加强宣传引导。及时总结推广医共体建设的好经验好做法，加强政策解读和舆论引导，营造全社会关心支持医共体建设的良好氛围。", 2),
    p(""),
    p("抄送：省委各部门，省人大常委会办公厅，省政协办公厅。"),
    p("漳岳省人民政府办公厅                2025年3月12日印发"),
])


def build() -> bytes:
    return make_docx(BODY, NUMBERING)


if __name__ == "__main__":
    OUT.write_bytes(build())
    print(OUT)
