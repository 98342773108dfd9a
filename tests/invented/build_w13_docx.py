"""Build tests/invented/w13-yuancheng-nongcun-gonglu-tongzhi-2025.docx (helper W13's invented notice).

A provincial department's 通知 as Word saves it: the red head (沅澄省交通运输厅文件) and the 字号
in the two cells of a one-row table, the part headings in Word's 标题 1 style whose linked
outline list numbers them 一、二、… (no number in the paragraphs), the items typed as （一）… in
标题 2, and a 任务分工 table (序号 / 任务 / 牵头处室 / 配合处室 / 完成时间) naming the
department's own 处室. Run from the repository root: `python tests/invented/build_w13_docx.py`
(uses the zipfile builder of tests/test_docx_word_features.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from test_docx_word_features import abstract, lvl, make_docx, num, p  # noqa: E402
from docx_parts import CENTER, RIGHT, TABLE_PROPS, body, h1, h2, plain  # noqa: E402

OUT = HERE / "w13-yuancheng-nongcun-gonglu-tongzhi-2025.docx"

STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
    '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/>'
    '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
)
NUMBERING = abstract(5, lvl(0, "chineseCountingThousand", "%1、", extra='<w:pStyle w:val="1"/>')) + num(3, 5)


def table(*rows: str) -> str:
    return '<w:tbl>' + TABLE_PROPS + "".join(rows) + "</w:tbl>"


RED_HEAD = table(plain("沅澄省交通运输厅文件", "沅交发〔2025〕27号"))

TASKS = table(
    plain("序号", "任务", "牵头处室", "配合处室", "完成时间"),
    plain("1", "推进农村公路骨干路网提档升级", "规划处", "综合处、财务审计处", "2025年12月底前"),
    plain("2", "实施危旧桥梁改造", "公路管理处", "安全监督处", "2025年11月底前"),
    plain("3", "深化“四好农村路”示范创建", "公路管理处", "规划处、综合处", "2025年10月底前"),
    plain("4", "加强农村公路养护管理", "公路管理处", "省公路事业发展中心", "长期坚持"),
    plain("5", "推进客货邮融合发展", "运输服务处", "省邮政管理局", "2025年12月底前"),
    plain("6", "强化资金保障和项目管理", "财务审计处", "规划处、\n公路管理处", "每季度"),
)

BODY = "".join([
    RED_HEAD,
    p(""),
    p("沅澄省交通运输厅关于开展2025年农村公路", props=CENTER),
    p("提质增效行动的通知", props=CENTER),
    p(""),
    p("各市（州）交通运输局，厅机关各处室、"),
    p("厅属各单位："),
    body("为深入推进“四好农村路”高质量发展，补齐农村公路网络短板，经厅党组研究，决定在全省开展2025年农村公路提质增效行动。现将有关事项通知如下。"),
    h1("总体要求"),
    body("以服务乡村全面振兴为目标，坚持建管养运协调发展。到2025年底，全省新改建农村公路5000公里以上，改造危旧桥梁300座，农村公路优良中等路率达到88%以上。"),
    h1("重点任务"),
    h2("（一）推进农村公路骨干路网提档升级"),
    body("重点推进乡镇通三级及以上公路、较大人口规模自然村通硬化路建设，优先实施连接产业园区、旅游景区的资源路、产业路，全年完成县乡道改造1800公里。"),
    h2("（二）实施危旧桥梁改造"),
    body("对排查确定的四、五类危旧桥梁实行清单管理，逐桥落实改造责任，2025年11月底前完成全部改造任务。"),
    h2("（三）深化“四好农村路”示范创建"),
    body("组织开展省级示范县创建评审，新创建省级示范县10个、示范乡镇50个，推荐3个县参加全国示范县创建。"),
    h2("（四）加强农村公路养护管理"),
    body("全面落实县级政府主体责任，建立“路长制”常态化工作机制，年度养护工程比例不低于5%。"),
    h2("（五）推进农村客货邮融合发展"),
    body("运输服务处牵头，会同省邮政管理局推广“交邮融合”“快递进村”等模式，新增客货邮融合发展线路100条以上。"),
    h2("（六）强化资金保障和项目管理"),
    body("省级车购税补助资金对县乡道改造按每公里40万元标准补助，对危旧桥梁改造按总投资的60%给予补助，单座桥梁最高不超过500万元。"),
    h1("任务分工"),
    body("厅机关各处室要按照下表分工，细化工作措施，确保各项任务按时完成。"),
    TASKS,
    h1("工作要求"),
    h2("（一）加强组织领导"),
    body("厅成立农村公路提质增效行动工作专班，由分管厅领导任组长，工作专班办公室设在公路管理处。各市（州）交通运输局要建立相应工作机制。"),
    h2("（二）严格督导考核"),
    body("将行动开展情况纳入全省交通运输系统年度综合考核，安全监督处负责组织开展质量安全专项督查，每半年通报一次进展。"),
    h2("（三）及时报送信息"),
    body("各市（州）交通运输局于每月5日前报送上月进展情况，2025年12月20日前报送年度工作总结。"),
    p(""),
    body("附件：1.2025年农村公路提质增效行动项目清单"),
    p("2.农村公路提质增效行动进展情况月报表", props='<w:ind w:left="1600"/>'),
    p(""),
    p("沅澄省交通运输厅", props=RIGHT),
    p("2025年3月6日", props=RIGHT),
    body("（此件主动公开）"),
    p("沅澄省交通运输厅办公室　　　　　　　　2025年3月7日印发"),
])


def build() -> bytes:
    return make_docx(BODY, NUMBERING, STYLES)


if __name__ == "__main__":
    OUT.write_bytes(build())
    print(OUT)
