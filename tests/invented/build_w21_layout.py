"""Rebuild tests/invented/w21-yuting-yiliao-nengli-fangan-2025.txt (helper W21).

The notice is written here clean, one paragraph a line, as a reader reads it (its gold file was
written from this reading). The script lays it out as `pdftotext -layout` prints a PDF: every
paragraph hard-wrapped at 30 characters (60 display columns; half-width digits take one), its
first line indented two characters more than the rest, never cut inside a number, no closing mark
opening a line; each page closed by its page number (- N -) and a form feed (or, on some pages,
by blank lines alone, as a PDF printed to text by another tool does); and the attached 重点任务清单
as a table aligned with spaces (序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限) whose long cells
wrap onto the lines under them inside their column, running over a page end with its header row
printed again on the next page. Lines starting with `|` are kept as they stand (without the `|`);
`<<PAGE>>` starts a new page; `<<TABLE>>` prints the table.

    python tests/invented/build_w21_layout.py
"""

from __future__ import annotations

from pathlib import Path
from unicodedata import east_asian_width

WIDTH = 60            # display columns of a body line
MARGIN = "  "         # the page's left margin as pdftotext keeps it
INDENT = "    "       # a paragraph's first line: two characters more
PAGE_LINES = 30       # lines of text a page holds
FORM_FEED_PAGES = {1, 2, 4}   # pages closed by a form feed; the others by blank lines only

SOURCE = """\
|                          榆亭县人民政府文件
|
|                          榆政发〔2025〕7号
|
|            榆亭县人民政府关于印发榆亭县县域医疗卫生
|              服务能力提升行动方案(2025—2027年)的通知
|
各乡镇人民政府、街道办事处,县直各单位,县属各国有企业,驻县各有关单位:
现将《榆亭县县域医疗卫生服务能力提升行动方案(2025—2027年)》印发给你们,请结合实际,认真组织实施。
|
|                                              榆亭县人民政府
|                                              2025年4月8日
|      (此件公开发布)
<<PAGE>>
|            榆亭县县域医疗卫生服务能力提升行动方案
|                       (2025—2027年)
|
为深入推进健康榆亭建设,推动优质医疗资源扩容下沉和区域均衡布局,让群众在家门口看得上病、看得好病,结合我县实际,制定本方案。
一、总体目标
到2027年,县域医疗卫生服务体系更加完善,县域内就诊率达到90%以上,基层医疗卫生机构诊疗量占比达到65%以上;县人民医院达到三级医院医疗服务能力水平,每个乡镇卫生院建成1个以上特色科室,村卫生室规范化建设达标率达到100%;每千常住人口执业(助理)医师数达到3.2人。
二、重点任务
(一)提升县级医院综合服务能力。推进县人民医院胸痛、卒中、创伤、危重孕产妇和危重新生儿救治中心建设,2025年12月底前全部通过省级评估;加强县中医院中医特色专科建设,新增省级中医重点专科2个。
(二)建设紧密型县域医疗卫生共同体。以县人民医院、县中医院为牵头医院组建2个医共体,统一人员管理、财务管理和药品耗材管理,2026年6月底前实现医共体内检查检验结果互认。
(三)夯实乡村两级服务网底。实施乡镇卫生院服务能力提升工程,推动3个中心卫生院达到二级医院服务水平;对服务人口较少的村实行片区化管理,2025年底前完成126个村卫生室规范化改造。
(四)加强基层卫生人才队伍建设。落实乡村医生“县管乡用、乡聘村用”机制,每年招聘医学类本科毕业生不少于30名,定向培养农村订单医学生20名。(县卫生健康局牵头,县委编办、县人力资源社会保障局、县财政局配合)
(五)推进数字健康赋能。建设县域全民健康信息平台,推动电子健康档案和电子病历互联互通,远程会诊覆盖全部乡镇卫生院。
(六)强化公共卫生服务能力。完善县疾病预防控制中心实验室检测能力,每年开展重点人群健康体检,65岁及以上老年人健康管理率达到70%以上。
三、保障措施
(一)加强组织领导。县政府成立县域医疗卫生服务能力提升工作领导小组,领导小组办公室设在县卫生健康局。各乡镇人民政府(街道办事处)负责本辖区村卫生室建设的组织实施。
(二)强化资金保障。县财政局负责统筹上级补助资金和县级资金,每年安排不少于2000万元,重点支持医共体建设和基层设施改造。
(三)严格督导考核。县卫生健康局会同县政府督查室负责对本方案实施情况开展督导,每半年通报一次工作进展,2027年11月底前组织开展总结评估。
|
附件:榆亭县县域医疗卫生服务能力提升行动重点任务清单
<<PAGE>>
|  附件
|
|            榆亭县县域医疗卫生服务能力提升行动重点任务清单
|
<<TABLE>>
"""

HEADER = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
COLUMNS = (6, 22, 18, 24, 14)   # display columns of each column (its cell wraps to fit, less a gap of 2)
ROWS = (
    ("1", "提升县级医院综合服务能力", "县卫生健康局", "县发展改革局、县财政局、县医疗保障局", "2025年12月底前"),
    ("2", "建设紧密型县域医疗卫生共同体", "县卫生健康局", "县委编办、县人力资源社会保障局、县医疗保障局", "2026年6月底前"),
    ("3", "夯实乡村两级服务网底", "县卫生健康局", "各乡镇人民政府(街道办事处)、县自然资源局", "2025年底前"),
    ("4", "加强基层卫生人才队伍建设", "县卫生健康局", "县委编办、县人力资源社会保障局、县财政局", "每年"),
    None,   # the page ends here; the header row is printed again on the next page
    ("5", "推进数字健康赋能", "县数据资源管理局", "县卫生健康局、县工业和信息化局", "2026年底前"),
    ("6", "强化公共卫生服务能力", "县疾病预防控制中心", "县卫生健康局、县财政局", "2027年底前"),
)

NO_LINE_START = set(",。;:、)!?”》")
NUMBER = set("0123456789.%")


def width(s: str) -> int:
    return sum(2 if east_asian_width(c) in "WF" else 1 for c in s)


def cut(text: str, room: int, hang: bool = True) -> list[str]:
    """Cut text into pieces of at most `room` display columns: never inside a number, and a
    closing mark that would open a piece stays on the piece before (hangs past the width; in a
    table's cell, which has no room for it, the character before it goes down with it)."""
    pieces, rest = [], text
    while rest:
        n, used = 0, 0
        while n < len(rest) and used + width(rest[n]) <= room:
            used += width(rest[n])
            n += 1
        while 0 < n < len(rest) and rest[n] in NUMBER and rest[n - 1] in NUMBER:
            n -= 1
        while 0 < n < len(rest) and rest[n] in NO_LINE_START:
            n += 1 if hang else -1
        pieces.append(rest[:n])
        rest = rest[n:]
    return pieces


def paragraph(text: str) -> list[str]:
    first = cut(text, WIDTH - width(INDENT))[0]
    return [MARGIN + INDENT + first] + [MARGIN + line for line in cut(text[len(first):], WIDTH)]


def table_row(cells: tuple[str, ...]) -> list[str]:
    columns = [cut(c, w - 2, hang=False) for c, w in zip(cells, COLUMNS)]
    lines = []
    for k in range(max(len(c) for c in columns)):
        line = ""
        for c, w in zip(columns, COLUMNS):
            piece = c[k] if k < len(c) else ""
            line += piece + " " * (w - width(piece))
        lines.append((MARGIN + line).rstrip())
    return lines


def pages(source: str) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for row in source.splitlines():
        if row == "<<PAGE>>":
            out.append([])
        elif row == "<<TABLE>>":
            out[-1] += table_row(HEADER)
            for cells in ROWS:
                if cells is None:
                    out.append(table_row(HEADER))
                else:
                    out[-1] += table_row(cells)
        else:
            lines = [row[1:]] if row.startswith("|") else paragraph(row)
            for line in lines:
                if len(out[-1]) == PAGE_LINES:
                    out.append([])
                out[-1].append(line)
    return out


def layout(source: str) -> str:
    text = ""
    for number, page in enumerate(pages(source), 1):
        text += "\n".join(page) + "\n\n" + " " * 34 + f"- {number} -\n"
        text += "\f" if number in FORM_FEED_PAGES else "\n\n"
    return text


if __name__ == "__main__":
    target = Path(__file__).with_name("w21-yuting-yiliao-nengli-fangan-2025.txt")
    target.write_text(layout(SOURCE), encoding="utf-8")
