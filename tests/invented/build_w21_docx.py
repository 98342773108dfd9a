"""Build tests/invented/w21-qingxia-xinxing-chuneng-jihua-2025.docx (helper W21's invented notice).

A provincial 办公厅 印发 notice of a 行动计划 as Word saves it: the red head and the 字号 as centred
paragraphs, the title over two lines, headings typed (一、 / （一）) in Word's heading styles; a
主要目标 paragraph and an indicator table (指标 / 单位 / 2024年基数 / 2025年 / 2027年 / 属性 约束性|预期性)
whose cells are bare numbers under a 单位 column but for one row whose cells carry their unit;
tasks whose units stand in a bracket after the caption inside the heading paragraph
(（一）X。（省工业和信息化厅牵头，省发展改革委、省科技厅配合）), one with two leads, one an
unlabelled (X、Y按职责分工负责); a 专栏 box as a one-cell table whose paragraphs are its title and
unnumbered entries (电网侧储能：…); dates in figures (2025-06-30前); prose units in the 保障措施;
an 抄送 / 印发 footer. Run from the repository root: `python tests/invented/build_w21_docx.py`
(uses the zipfile builder of tests/test_docx_word_features.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from test_docx_word_features import make_docx, p  # noqa: E402
from docx_parts import CENTER, RIGHT, TABLE_PROPS, body, cell, h1, h2, plain, row  # noqa: E402

OUT = HERE / "w21-qingxia-xinxing-chuneng-jihua-2025.docx"

STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
    '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/>'
    '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
)


def table(columns: int, *rows: str) -> str:
    grid = "<w:tblGrid>" + '<w:gridCol w:w="1400"/>' * columns + "</w:tblGrid>"
    return '<w:tbl>' + TABLE_PROPS + grid + "".join(rows) + "</w:tbl>"


INDICATORS = table(
    6,
    plain("指标", "单位", "2024年基数", "2025年", "2027年", "属性"),
    plain("新型储能装机规模", "万千瓦", "120", "200", "500", "预期性"),
    plain("新型储能产业营业收入", "亿元", "320", "450", "1000", "预期性"),
    plain("省级以上储能创新平台", "个", "8", "12", "20", "预期性"),
    plain("储能电站安全巡检覆盖率", "%", "90", "100", "100", "约束性"),
    plain("储能系统度电成本降幅", "—", "—", "10%左右", "30%左右", "预期性"),
)

# A 专栏 as Word draws a box: a table of one cell, its title and entries paragraphs inside it.
BOX = table(1, row(cell(
    "专栏1　新型储能规模化应用示范工程\n"
    "电网侧储能：在负荷中心和新能源汇集站建设独立储能电站10座以上，新增装机150万千瓦。\n"
    "用户侧储能：在工业园区、数据中心推广用户侧储能项目100个以上。\n"
    "长时储能：建设压缩空气、液流电池等长时储能示范项目5个。")))

BODY = "".join([
    p("青峡省人民政府办公厅文件", props=CENTER),
    p(""),
    p("青政办发〔2025〕12号", props=CENTER),
    p(""),
    p("青峡省人民政府办公厅关于印发青峡省新型储能产业", props=CENTER),
    p("高质量发展行动计划（2025—2027年）的通知", props=CENTER),
    p(""),
    p("各市（州）人民政府，省政府各部门、各直属机构，"),
    p("省属有关企业："),
    body("《青峡省新型储能产业高质量发展行动计划（2025—2027年）》已经省人民政府同意，现印发给你们，请认真贯彻执行。"),
    p(""),
    p("青峡省人民政府办公厅", props=RIGHT),
    p("2025年5月12日", props=RIGHT),
    body("（此件公开发布）"),
    p(""),
    p("青峡省新型储能产业高质量发展行动计划", props=CENTER),
    p("（2025—2027年）", props=CENTER),
    body("新型储能是构建新型电力系统的重要支撑。为加快推动我省新型储能产业高质量发展，打造具有全国影响力的储能产业高地，制定本行动计划。"),
    h1("一、总体要求"),
    body("坚持市场主导、政府引导，坚持创新驱动、应用牵引，坚持安全为本、绿色发展，以规模化应用带动产业链发展壮大。"),
    body("立足我省新能源资源禀赋和产业基础，统筹储能装备制造、系统集成和场景应用，推动产业链供应链协同发展。"),
    h1("二、主要目标"),
    body("到2027年，全省新型储能装机规模达到500万千瓦以上，新型储能产业营业收入突破1000亿元，培育营业收入超百亿元企业3家以上，建成省级以上储能创新平台20个，储能产业创新能力和安全水平显著提升。"),
    p("表1　青峡省新型储能产业发展主要指标", props=CENTER),
    INDICATORS,
    p("注：2024年基数为初步统计数。"),
    h1("三、重点任务"),
    h2("（一）壮大储能装备制造产业集群。（省工业和信息化厅牵头，省发展改革委、省科技厅配合）"),
    body("围绕锂离子电池、液流电池、储能变流器等关键环节，支持龙头企业扩大产能，到2027年建成3个储能产业园区。2025-06-30前出台储能产业链招商目录，每年组织开展专题招商活动。"),
    h2("（二）推进新型储能规模化应用。（省发展改革委牵头，省能源局、国网青峡省电力公司配合）"),
    body("统筹电网侧、电源侧、用户侧储能布局，新建集中式风电、光伏项目按装机容量15%、时长2小时配建储能，推动存量新能源项目合理配置储能。"),
    BOX,
    h2("（三）强化储能技术创新。（省科技厅牵头，省教育厅、省工业和信息化厅配合）"),
    body("支持企业联合高校建设省级储能技术创新中心，每年实施储能重大科技攻关项目10项左右，2025-12-31前组建省储能产业创新联合体。"),
    h2("（四）完善储能市场机制。（省发展改革委、省能源局牵头，青峡能源监管办配合）"),
    body("完善独立储能参与电力现货市场和辅助服务市场的交易规则，2026年6月底前出台新型储能容量电价补偿办法。"),
    h2("（五）推动储能与新能源协同发展。（省能源局牵头，省自然资源厅、省生态环境厅配合）"),
    body("在风光资源富集地区推进“风光储”一体化开发，到2026年底，建成风光储一体化项目20个以上。"),
    h2("（六）筑牢储能安全防线。（省应急管理厅、省消防救援总队按职责分工负责）"),
    body("建立储能电站全生命周期安全监管机制，每季度开展一次专项检查，储能电站安全巡检覆盖率保持100%。"),
    h1("四、保障措施"),
    h2("（一）加强统筹协调"),
    body("省工业和信息化厅牵头建立全省新型储能产业发展联席会议制度，各市（州）人民政府负责落实本地区储能产业发展任务。"),
    h2("（二）加大政策支持"),
    body("省财政厅负责统筹省级产业发展专项资金，对新认定的省级以上储能创新平台给予最高500万元一次性奖励。"),
    h2("（三）强化监测评估"),
    body("省统计局、省能源局负责建立新型储能产业统计监测制度，2027年10月底前完成行动计划实施情况终期评估。"),
    p(""),
    p("抄送：省委各部门，省人大常委会办公厅，省政协办公厅。"),
    p("青峡省人民政府办公厅　　　　　　　　2025年5月13日印发"),
])


def build() -> bytes:
    return make_docx(BODY, None, STYLES)


if __name__ == "__main__":
    OUT.write_bytes(build())
    print(OUT)
