"""Build tests/invented/w16-lanchuan-zhihui-jiaoyu-fangan-2025.docx (helper W16's invented notice).

A provincial 教育厅 印发 notice of a 实施方案 as Word saves it: the red head and 字号 in a one-row
table, the title over two lines, the recipients wrapped, headings typed (一、 / （一）) in Word's
heading styles, and an attached 任务清单 table (序号 / 重点任务 / 具体任务 / 牵头单位 / 参与单位 /
完成时间) with merged cells: group rows spanning the whole width (gridSpan), a task cell, its 序号
and its 牵头单位 merged down over two 具体任务 rows (vMerge), and one 牵头单位 merged down over two
tasks. Run from the repository root: `python tests/invented/build_w16_docx.py` (uses the zipfile
builder of tests/test_docx_word_features.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from test_docx_word_features import make_docx, p  # noqa: E402
from docx_parts import CENTER, RIGHT, TABLE_PROPS, body, cell, h1, h2, plain, row  # noqa: E402

OUT = HERE / "w16-lanchuan-zhihui-jiaoyu-fangan-2025.docx"

STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
    '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/>'
    '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
)


def table(*rows: str) -> str:
    grid = "<w:tblGrid>" + '<w:gridCol w:w="1200"/>' * 6 + "</w:tblGrid>"
    return '<w:tbl>' + TABLE_PROPS + grid + "".join(rows) + "</w:tbl>"


RED_HEAD = '<w:tbl><w:tblPr/>' + row(cell("岚川省教育厅文件"), cell("岚教发〔2025〕6号")) + "</w:tbl>"

TASKS = table(
    plain("序号", "重点任务", "具体任务", "牵头单位", "参与单位", "完成时间"),
    row(cell("基础环境建设", span=6)),
    row(cell("1", merge="restart"), cell("提升校园网络和终端配置水平", merge="restart"),
        cell("实现全省中小学千兆光纤全覆盖"), cell("科技与信息化处", merge="restart"),
        cell("发展规划处、财务处"), cell("2025年12月底前")),
    row(cell("", merge="continue"), cell("", merge="continue"),
        cell("为农村学校配备交互式教学终端"), cell("", merge="continue"),
        cell("财务处"), cell("2026年6月底前")),
    plain("2", "建设省级智慧教育平台", "汇聚优质数字教育资源，平台上线运行", "省电化教育馆", "科技与信息化处",
          "2026年12月底前"),
    row(cell("应用与融合", span=6)),
    row(cell("3"), cell("推进数字化教学应用"), cell("常态化开展“专递课堂”“名师课堂”"),
        cell("基础教育处", merge="restart"), cell("教师工作处、\n省电化教育馆"), cell("持续推进")),
    row(cell("4"), cell("提升师生数字素养"), cell("开展教师信息技术应用能力培训"),
        cell("", merge="continue"), cell("教师工作处、职业教育与成人教育处"), cell("每年")),
    plain("5", "推进职业教育数字化", "建设职业教育虚拟仿真实训基地", "职业教育与成人教育处", "科技与信息化处",
          "2026年12月底前"),
    row(cell("安全保障", span=6)),
    plain("6", "加强网络和数据安全", "落实网络安全等级保护制度", "科技与信息化处", "各市（州）教育局", "长期坚持"),
)

BODY = "".join([
    RED_HEAD,
    p(""),
    p("岚川省教育厅关于印发岚川省智慧教育示范区", props=CENTER),
    p("建设实施方案（2025—2026年）的通知", props=CENTER),
    p(""),
    p("各市（州）教育局，省属各高等学校，厅机关各处室、"),
    p("直属各单位："),
    body("现将《岚川省智慧教育示范区建设实施方案（2025—2026年）》印发给你们，请结合实际认真贯彻落实。"),
    p(""),
    p("岚川省教育厅", props=RIGHT),
    p("2025年2月18日", props=RIGHT),
    body("（此件主动公开）"),
    p(""),
    p("岚川省智慧教育示范区建设实施方案（2025—2026年）", props=CENTER),
    body("为深入实施教育数字化战略行动，以数字化赋能教育高质量发展，结合我省实际，制定本方案。"),
    h1("一、总体要求"),
    body("坚持应用为王、服务至上、安全运行，推动数字技术与教育教学深度融合。到2026年底，全省建成省级智慧教育示范区10个、示范校200所，中小学千兆光纤接入率达到100%，师生数字素养达标率达到90%以上。"),
    body("坚持统筹规划、分步实施，以县域为单元整体推进，以学校为主体深化应用。"),
    body("坚持需求牵引、问题导向，聚焦课堂教学、教师发展和教育治理中的突出问题。"),
    body("坚持安全可控、开放共享，统筹发展和安全，推动优质资源跨区域流动。"),
    h1("二、重点任务"),
    h2("（一）提升校园网络和终端配置水平"),
    body("2025年12月底前实现全省中小学千兆光纤全覆盖，2026年6月底前为农村学校新增配备交互式教学终端2万台。"),
    h2("（二）建设省级智慧教育平台"),
    body("2026年底前建成覆盖基础教育、职业教育的省级智慧教育平台，汇聚优质数字资源50万条以上。"),
    h2("（三）推进数字化教学应用"),
    body("常态化开展“专递课堂”“名师课堂”“名校网络课堂”，推动城乡学校结对帮扶全覆盖。"),
    h2("（四）提升师生数字素养"),
    body("每年组织中小学教师信息技术应用能力培训，培训教师不少于3万人次。"),
    h2("（五）推进职业教育数字化"),
    body("到2026年底，建设职业教育虚拟仿真实训基地20个，推动专业教学资源库共建共享。"),
    h2("（六）加强网络和数据安全"),
    body("落实网络安全等级保护制度，定期开展数据安全风险评估和应急演练。"),
    h1("三、保障措施"),
    h2("（一）加强组织领导"),
    body("厅成立智慧教育示范区建设工作专班，由分管厅领导任组长，专班办公室设在科技与信息化处。"),
    h2("（二）强化经费保障"),
    body("财务处负责统筹省级教育发展专项资金，每年安排不少于1亿元支持示范区建设。"),
    h2("（三）加强督导评估"),
    body("教育督导局牵头，发展规划处配合，将示范区建设情况纳入对市（州）政府履行教育职责评价，2026年10月底前开展终期评估。"),
    body("各地各校要把智慧教育示范区建设作为推进教育现代化的重要抓手，认真抓好各项任务落实，及时总结推广典型经验。"),
    p(""),
    body("附件：岚川省智慧教育示范区建设任务清单"),
    p(""),
    p("附件"),
    p("岚川省智慧教育示范区建设任务清单", props=CENTER),
    TASKS,
    p(""),
    p("岚川省教育厅办公室　　　　　　　　2025年2月19日印发"),
])


def build() -> bytes:
    return make_docx(BODY, None, STYLES)


if __name__ == "__main__":
    OUT.write_bytes(build())
    print(OUT)
