"""Rebuild tests/invented/w19-cenjiang-xianyu-shangye-yijian-2025.txt (helper W19).

The notice is written here unwrapped, one paragraph a line, as a reader reads it (its gold file
was written from this reading). The script then lays it out as text exported from a PDF
gazette: every paragraph hard-wrapped at 28 characters, its first line indented with two
full-width spaces, and every page (about 22 lines) closed by its page number (— N —) and the
next opened by the gazette's running header. The title block and the signature are laid out
by hand (lines starting with `|` are kept as they stand, without the `|`).

    python tests/invented/build_w19_wrap.py
"""

from __future__ import annotations

from pathlib import Path

WIDTH = 28
INDENT = "\u3000\u3000"
HEADER = "岑江省人民政府公报                      2025年第7期"
PAGE_LINES = (22, 21, 22, 23, 22, 22)   # body lines per page, then the last page runs on

SOURCE = """\
|          岑江省人民政府关于加快推进县域商业
|          体系建设的实施意见
|
|          岑政发〔2025〕9号
|
各市、县(区)人民政府,省政府各部门、各直属机构,省属有关企业:
为深入贯彻落实国家关于加强县域商业体系建设的部署要求,补齐农村商业设施短板,畅通城乡双向流通渠道,促进农村消费扩容提质,经省政府同意,现提出如下实施意见。
一、总体要求
坚持政府引导、市场主导,坚持统筹规划、分类推进,以县城为中心、乡镇为重点、村为基础,加快补齐县域商业基础设施短板。到2027年,商业体系更加健全,全省新建和改造提升县级物流配送中心80个以上,乡镇商贸中心覆盖率达到90%以上,村级寄递物流综合服务站覆盖率达到100%,农村网络零售额年均增长8%左右;到2030年,基本建成城乡融合、布局合理、双向畅通的县域商业体系。
二、重点任务
(一)加快完善县域商业网络,推动县城、乡镇和村级商业设施协同布局发展。支持县城建设改造一批综合商贸服务中心,引导连锁企业向乡镇延伸。到2026年底,每个县(市、区)建成不少于1个县级综合商贸服务中心,改造提升乡镇商贸中心500个以上。(牵头单位:省商务厅;责任单位:省发展改革委、省自然资源厅、省住房城乡建设厅,各市、县(区)人民政府)
(二)健全县乡村三级物流配送体系。整合邮政快递、供销和商贸物流资源,推进县级物流配送中心共建共享。到2027年,全省乡镇快递网点覆盖率保持100%,县域快递包裹平均投递时限缩短至48小时以内。(牵头单位:省邮政管理局;责任单位:省交通运输厅、省商务厅、省供销社)
(三)推动农产品上行和工业品下乡双向流通,大力发展农村电子商务。支持县域建设农产品产地冷藏保鲜设施,新增冷库库容20万吨以上;培育农村电商带头人3000名。2025年6月底前,各市完成县域农产品流通短板摸底。(牵头单位:省商务厅、省农业农村厅;责任单位:省财政厅、省供销社)
(四)提升县域商业主体发展能力。引导大型流通企业下沉供应链渠道,培育县域龙头商贸企业100家,支持有条件的县建设区域性商贸集聚区。(责任单位:省商务厅、省市场监管局,省供销社配合)
(五)规范县域市场秩序。开展农村假冒伪劣食品专项整治,每年6月底前和11月底前各组织一次集中检查,农村食品抽检合格率稳定在98%以上。(牵头单位:省市场监管局;配合单位:省公安厅、省农业农村厅)
三、保障措施
(一)加强组织领导。建立由省商务厅牵头、省直有关部门配合的县域商业体系建设工作协调机制,统筹推进各项任务。各市、县(区)人民政府负责本地区县域商业体系建设的组织实施。
(二)加大财政金融支持。省财政厅负责统筹省级商务发展专项资金,对验收合格的县级物流配送中心给予最高200万元奖补。人民银行岑江省分行引导金融机构加大县域商贸流通领域信贷投放。
(三)强化督导评估。省商务厅、省统计局负责建立县域商业体系建设统计监测制度,每年12月底前对各地建设情况开展评估,评估结果于2026年1月底前报省政府。
本实施意见自印发之日起施行,有效期至2030年12月31日。
|
|                                岑江省人民政府
|                                2025年3月18日
|          (此件公开发布)
"""


NO_LINE_START = set(",。;:、)!?")
NUMBER = set("0123456789.%")


def wrap(paragraph: str) -> list[str]:
    """Cut every WIDTH characters, as the typesetter did: never inside a number in figures
    (the line ends before it), and a closing mark that would open a line stays on the line
    before (that line is one character longer)."""
    lines, rest = [], INDENT + paragraph
    while rest:
        cut = min(WIDTH, len(rest))
        while 0 < cut < len(rest) and rest[cut] in NUMBER and rest[cut - 1] in NUMBER:
            cut -= 1
        if cut < len(rest) and rest[cut] in NO_LINE_START:
            cut += 1
        lines.append(rest[:cut])
        rest = rest[cut:]
    return lines


def layout(source: str) -> str:
    lines: list[str] = []
    for row in source.splitlines():
        lines.extend([row[1:]] if row.startswith("|") else wrap(row))
    out, page, used = [], 0, 0
    for line in lines:
        if page < len(PAGE_LINES) and used == PAGE_LINES[page]:
            page += 1
            out += ["", f"                              — {page} —", HEADER, ""]
            used = 0
        out.append(line)
        used += 1
    out += ["", f"                              — {page + 1} —", ""]
    return "\n".join(out)


if __name__ == "__main__":
    target = Path(__file__).with_name("w19-cenjiang-xianyu-shangye-yijian-2025.txt")
    target.write_text(layout(SOURCE), encoding="utf-8")
