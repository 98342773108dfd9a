"""Build tests/invented/w40-zheyuan-wushui-zhili-fangan-2025.docx (helper W40's invented notice).

A county 人民政府办公室 印发 notice of a 工作方案 as Word: red head, 字号, title over two paragraphs,
recipients wrapped over two paragraphs, signature and date, then the 方案 (一、工作目标 with targets in
prose, 二、重点任务 (一)–(五), 三、保障措施 (一)–(三) with units in prose and brackets), and an attached
任务分工表 (序号 / 重点任务 / 具体措施 / 牵头单位 / 配合单位 / 完成时限) whose 具体措施 cells hold
SEVERAL paragraphs each (two or three numbered measures 1. 2. 3. in one cell), whose 牵头单位 cell
is merged vertically over the first two rows (w:vMerge restart / continue), and whose 配合单位 cells
put line breaks (w:br) between units in one paragraph.
Run from the repository root: `python tests/invented/build_w40_docx.py` (uses the zipfile builder of
tests/test_docx_word_features.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from test_docx_word_features import make_docx, p, r  # noqa: E402
from docx_parts import CENTER, RIGHT, TABLE_PROPS, body  # noqa: E402

OUT = HERE / "w40-zheyuan-wushui-zhili-fangan-2025.docx"
RESTART, CONTINUE = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"


def tc(*paras: str, tcpr: str = "") -> str:
    """A cell of paragraphs; within a paragraph, '|' is a line break (w:br) between runs."""
    inner = "".join("<w:p>" + "<w:r><w:br/></w:r>".join(r(part) for part in para.split("|")) + "</w:p>"
                    for para in (paras or ("",)))
    return f"<w:tc>{f'<w:tcPr>{tcpr}</w:tcPr>' if tcpr else ''}{inner}</w:tc>"


def tr(*cells: str) -> str:
    return f"<w:tr>{''.join(cells)}</w:tr>"


TABLE = (
    f"<w:tbl>{TABLE_PROPS}<w:tblGrid>" + '<w:gridCol w:w="900"/>' * 6 + "</w:tblGrid>"
    + tr(tc("序号"), tc("重点任务"), tc("具体措施"), tc("牵头单位"), tc("配合单位"), tc("完成时限"))
    + tr(tc("1"), tc("开展现状排查"),
         tc("1.组织各乡镇对辖区内行政村生活污水产生、收集、处理情况逐村逐户摸底。",
            "2.建立问题清单和整改台账，实行销号管理。"),
         tc("县生态环境局", tcpr=RESTART), tc("各乡镇人民政府|县农业农村局"), tc("2025年6月底前"))
    + tr(tc("2"), tc("推进集中治理设施建设"),
         tc("1.按照“宜集中则集中、宜分散则分散”原则科学选定治理模式。",
            "2.优先在人口集聚的中心村建设集中式处理设施。",
            "3.严格落实项目建设质量和安全管理责任。"),
         tc(tcpr=CONTINUE), tc("县住房和城乡建设局|县发展和改革局|各乡镇人民政府"), tc("2025年11月底前"))
    + tr(tc("3"), tc("完善配套管网"),
         tc("1.结合道路改造同步实施管网铺设。", "2.推动农户厨房、洗涤污水应接尽接。"),
         tc("县住房和城乡建设局"), tc("县生态环境局|县交通运输局"), tc("2025年10月底前"))
    + tr(tc("4"), tc("强化运行维护"),
         tc("1.推行第三方专业化运维。", "2.建立设施运行台账和故障报修机制。"),
         tc("县农业农村局"), tc("各乡镇人民政府|县财政局"), tc("2025年12月底前，长期坚持"))
    + tr(tc("5"), tc("加强水质监测"),
         tc("1.对日处理能力20吨以上的设施开展出水水质监测。", "2.监测结果定期通报，纳入乡镇年度考核。"),
         tc("县生态环境局"), tc("县生态环境监测站|各乡镇人民政府"), tc("2025年12月底前"))
    + "</w:tbl>"
)

BODY = "".join([
    p("柘源县人民政府办公室文件", props=CENTER),
    p("柘政办发〔2025〕9号", props=CENTER),
    p(""),
    p("柘源县人民政府办公室关于印发柘源县2025年农村", props=CENTER),
    p("生活污水治理工作方案的通知", props=CENTER),
    p(""),
    p("各乡镇人民政府，县政府各部门，"),
    p("县直各单位："),
    body("《柘源县2025年农村生活污水治理工作方案》已经县人民政府同意，现印发给你们，请认真组织实施。"),
    p(""),
    p("柘源县人民政府办公室", props=RIGHT),
    p("2025年4月8日", props=RIGHT),
    p("（此件公开发布）"),
    p(""),
    p("柘源县2025年农村生活污水治理工作方案", props=CENTER),
    body("为深入推进农村人居环境整治提升，加快补齐农村生活污水治理短板，结合我县实际，制定本方案。"),
    body("一、工作目标"),
    body("到2025年底，全县农村生活污水治理率达到45%以上，新建集中式污水处理设施12座，新建改造配套管网30公里以上，"
         "已建设施正常运行率不低于90%，农村生活污水乱排乱放现象得到有效管控。"),
    body("二、重点任务"),
    body("（一）开展现状排查。全面摸清农村生活污水治理底数，6月底前完成全县行政村污水治理现状排查，建立问题清单。"),
    body("（二）推进集中治理设施建设。因地制宜选择治理模式，新建设施日处理能力每座不低于50吨，"
         "2025年11月底前完成建设并投入运行。"),
    body("（三）完善配套管网。坚持“管网优先、厂网配套”，2025年10月底前完成新建改造管网铺设，"
         "项目村农户入户接管率达到80%以上。"),
    body("（四）强化运行维护。建立“县级监管、乡镇负责、村级管理、第三方运维”的长效管护机制，"
         "落实运维经费和管护人员，确保设施正常运行。（责任单位：各乡镇人民政府）"),
    body("（五）加强水质监测。每季度开展1次出水水质抽测，到2025年底出水水质达标率达到85%以上。"),
    body("三、保障措施"),
    body("（一）加强组织领导。成立县农村生活污水治理工作专班，县生态环境局牵头，县住房和城乡建设局、"
         "县农业农村局配合，统筹推进各项工作。"),
    body("（二）强化资金保障。2025年县级财政安排农村生活污水治理专项资金1500万元，积极争取上级资金支持。"
         "（县财政局、县发展和改革局负责）"),
    body("（三）严格督导考核。将农村生活污水治理纳入乡镇年度综合考核，2026年1月底前完成年度考核评估。"
         "（牵头单位：县政府督查室；责任单位：各乡镇人民政府）"),
    p(""),
    body("附件：柘源县2025年农村生活污水治理重点任务分工表"),
    p(""),
    p("附件"),
    p("柘源县2025年农村生活污水治理重点任务分工表", props=CENTER),
    TABLE,
    p(""),
    p("抄送：县委办公室，县人大常委会办公室，县政协办公室。"),
    p("柘源县人民政府办公室                2025年4月8日印发"),
])


def build() -> bytes:
    return make_docx(BODY)


if __name__ == "__main__":
    OUT.write_bytes(build())
    print(OUT)
