"""Build tests/invented/w7-lanjiang-xianyu-shangye-fangan-2026.docx (helper W7's invented notice).

A provincial 工作方案 as Word saves it: the part headings 一、二、… are Word's automatic
numbering (word/numbering.xml, no number in the paragraphs), the items (一)(二)… are typed by
hand, and the 责任分工 table has a 牵头单位 column merged down rows (w:vMerge). Run from the
repository root: `python tests/invented/build_w7_docx.py` (uses the zipfile builder of
tests/test_docx_word_features.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from test_docx_word_features import abstract, lvl, make_docx, num, p  # noqa: E402
from docx_parts import CENTER, INDENT, RIGHT, TABLE_PROPS, body, cell, row  # noqa: E402

OUT = HERE / "w7-lanjiang-xianyu-shangye-fangan-2026.docx"

NUMBERING = abstract(0, lvl(0, "chineseCountingThousand", "%1、")) + num(1, 0)


def part(text: str) -> str:
    """A part heading numbered by Word (一、二、… from numbering.xml)."""
    return p(text, 1, 0, props=INDENT)


TABLE = "<w:tbl>" + TABLE_PROPS + "".join([
    row(cell("序号"), cell("重点任务"), cell("牵头单位"), cell("配合单位"), cell("完成时限")),
    row(cell("1"), cell("完善县域商业网络布局"), cell("省商务厅", "restart"),
        cell("省自然资源厅、省住房城乡建设厅"), cell("2027年底前")),
    row(cell("2"), cell("提升乡镇商贸中心功能"), cell(None, "continue"),
        cell("省财政厅、各设区市人民政府"), cell("2026年底前")),
    row(cell("3"), cell("发展农村电子商务"), cell(None, "continue"),
        cell("省农业农村厅、省人力资源社会保障厅"), cell("长期坚持")),
    row(cell("4"), cell("健全县域物流配送体系"), cell("省交通运输厅"),
        cell("省邮政管理局、省供销社"), cell("2028年底前")),
    row(cell("5"), cell("推动农产品上行"), cell("省农业农村厅", "restart"),
        cell("省商务厅、省供销社"), cell("2027年6月底前")),
    row(cell("6"), cell("引导供销社改革创新"), cell("省供销社"),
        cell("省财政厅"), cell("2028年底前")),
    row(cell("7"), cell("规范市场秩序"), cell("省市场监管局"),
        cell("省公安厅、省商务厅"), cell("每年12月底前")),
    row(cell("8"), cell("推进商贸流通数字化转型"), cell("省商务厅"),
        cell("省工业和信息化厅、省数据局"), cell("2028年底前")),
]) + "</w:tbl>"

BODY = "".join([
    p("澜江省推进县域商业体系建设三年攻坚工作方案", props=CENTER),
    p("（2026—2028年）", props=CENTER),
    body("为加快补齐县域商业发展短板，畅通工业品下乡和农产品进城双向流通渠道，促进农村消费提质扩容，结合我省实际，制定本方案。"),
    part("总体要求"),
    body("（一）指导思想"),
    body("坚持以县域为重要切入点，以完善县乡村三级商业网络为重点，推动资源要素向农村市场倾斜，加快构建县城为中心、乡镇为重点、村为基础的县域商业体系。"),
    body("（二）基本原则"),
    body("——坚持市场主导。充分发挥市场在资源配置中的决定性作用，更好发挥政府引导作用，激发各类经营主体活力。"),
    body("——坚持因地制宜。立足各地产业基础和消费特点，分类推进，不搞一刀切。"),
    body("——坚持统筹协调。加强部门协同和上下联动，形成推进县域商业体系建设的工作合力。"),
    body("（三）工作目标"),
    body("到2028年，全省建设改造县级物流配送中心80个以上、乡镇商贸中心500个，村级便民商店覆盖率达到95%以上，农村网络零售额达到1800亿元，县域商业体系基本健全。"),
    part("重点任务"),
    body("（一）完善县域商业网络布局。支持各县（市、区）编制县域商业网点规划，优化县城、乡镇、村三级商业网点布局。到2027年，全省建设改造县级物流配送中心50个。"),
    body("（二）提升乡镇商贸中心功能。推动乡镇商贸中心改造提升，拓展餐饮、娱乐、维修、家政等服务功能，2026年底前完成150个乡镇商贸中心改造。"),
    body("（三）发展农村电子商务。实施“数商兴农”工程，培育农村电商带头人和直播电商人才，每年培训农村电商人才1万人次以上。"),
    body("（四）健全县域物流配送体系。推进客货邮融合发展，整合邮政、快递和供销物流资源，开展统仓共配。到2028年底，具备条件的建制村快递服务通达率达到100%。"),
    body("（五）推动农产品上行。支持新型农业经营主体建设产地冷藏保鲜设施，完善农产品产地集配体系，新增冷库库容20万吨。"),
    body("（六）引导供销社改革创新。推动供销合作社基层社改造提升，打造一批集农资供应、日用品销售、再生资源回收于一体的乡镇综合服务社。"),
    body("（七）规范市场秩序。开展农村假冒伪劣食品专项整治，加强对县域商品质量的监督抽查，每年抽检县域商品不少于5000批次。"),
    body("（八）推进商贸流通数字化转型。引导县域商贸流通企业应用智慧门店、数字化供应链等技术，到2028年，培育县域数字商贸示范企业100家。"),
    part("责任分工"),
    body("各地各部门要按照下表分工，细化工作措施，明确时间表、路线图，确保各项任务按期完成。"),
    TABLE,
    part("实施步骤"),
    body("（一）启动部署阶段（2026年3月—4月）。各设区市结合实际制定具体实施方案，建立项目储备库，于4月底前报省商务厅备案。"),
    body("（二）全面推进阶段（2026年5月—2027年12月）。按照年度计划推进项目建设，省商务厅每半年组织一次现场推进会。"),
    body("（三）总结评估阶段（2028年1月—12月）。开展三年攻坚成效评估，总结推广一批典型经验做法。"),
    part("保障措施"),
    body("（一）加强组织领导。省商务厅牵头建立县域商业体系建设厅际协调机制，省直有关部门按职责分工负责。各设区市要建立相应工作机制，统筹推进本地区县域商业体系建设。"),
    body("（二）强化资金保障。统筹用好中央财政服务业发展资金和省级相关专项资金，每年安排省级专项资金不少于3亿元，重点支持县域商业设施建设。（责任单位：省财政厅、省商务厅）"),
    body("（三）加强督导评估。建立工作进展月调度、季通报制度，将县域商业体系建设纳入对设区市政府的督查激励范围。各设区市商务主管部门于每年6月底前和12月底前报送工作进展情况。（责任单位：各设区市人民政府）"),
    body("（四）营造良好氛围。充分利用报刊、广播电视和新媒体平台，宣传县域商业体系建设的好经验好做法，营造全社会共同参与的良好氛围。"),
    p(""),
    body("附件：1.澜江省县域商业体系建设重点县名单"),
    p("2.澜江省县域商业体系建设项目储备表", props='<w:ind w:left="1600"/>'),
    p(""),
    p("澜江省商务厅", props=RIGHT),
    p("2026年2月27日", props=RIGHT),
])


def build() -> bytes:
    return make_docx(BODY, NUMBERING)


if __name__ == "__main__":
    OUT.write_bytes(build())
    print(OUT)
