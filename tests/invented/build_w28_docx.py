"""Build tests/invented/w28-chengxi-gaosuzhi-nongmin-fangan-2025.docx (helper W28's invented notice).

A county department's (澄溪县农业农村局) 印发 notice of a 实施方案 as a Word DRAFT still carrying its
review: tracked changes (w:ins / w:del runs inside sentences: a target 800 -> 1000, a date whose year
moves 2025 -> 2026, a unit struck from a bracket and another from a table cell, a unit inserted; an
item deleted as a whole paragraph, its mark deleted too, and the next item's typed number changed by a
tracked edit (（四） -> （三）); an item inserted as a whole paragraph; a table row deleted), a comment
(w:commentRangeStart/End, w:commentReference, word/comments.xml), the red head in a text box
(w:txbxContent inside mc:AlternateContent, its VML fallback a second copy) and a 征求意见稿 line in
the page header (word/header1.xml), a footnote on a term (w:footnoteReference, word/footnotes.xml), and
an attached task table whose header has a merged cell (责任单位 spanning 牵头单位 / 配合单位: gridSpan,
the other header cells merged down: vMerge). The gold is what the document says with every change
accepted; comments, the footnote and the header are no body text.
Run from the repository root: `python tests/invented/build_w28_docx.py` (uses the zipfile builder of
tests/test_docx_word_features.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from test_docx_word_features import W, make_docx, p, r, raw_p  # noqa: E402
from docx_parts import CENTER, INDENT, RIGHT, TABLE_PROPS, body  # noqa: E402

OUT = HERE / "w28-chengxi-gaosuzhi-nongmin-fangan-2025.docx"
_ids = iter(range(1, 1000))
_WHO = 'w:author="科教股" w:date="2025-03-15T10:00:00Z"'


def ins(text: str) -> str:
    return f'<w:ins w:id="{next(_ids)}" {_WHO}>{r(text)}</w:ins>'


def dele(text: str) -> str:
    return f"<w:del w:id=\"{next(_ids)}\" {_WHO}><w:r><w:delText xml:space='preserve'>{text}</w:delText></w:r></w:del>"


def para(*parts: str, props: str = INDENT) -> str:
    """A body paragraph of runs and tracked changes (plain strings are runs)."""
    return raw_p("".join(part if part.startswith("<") else r(part) for part in parts), props)


def deleted_para(text: str) -> str:
    """A paragraph deleted as a whole: its text and its mark struck out."""
    return raw_p(dele(text), INDENT + f'<w:rPr><w:del w:id="{next(_ids)}" {_WHO}/></w:rPr>')


def inserted_para(text: str) -> str:
    """A paragraph inserted as a whole: its text and its mark inserted."""
    return raw_p(ins(text), INDENT + f'<w:rPr><w:ins w:id="{next(_ids)}" {_WHO}/></w:rPr>')


def text_box(text: str) -> str:
    box = p(text, props=CENTER)
    return raw_p('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>'
                 + box + "</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
                 "<v:textbox><w:txbxContent>" + box + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
                 "</mc:AlternateContent></w:r>", CENTER)


def tc(*parts: str, tcpr: str = "") -> str:
    inner = "".join(part if part.startswith("<") else r(part) for part in parts)
    return f"<w:tc>{f'<w:tcPr>{tcpr}</w:tcPr>' if tcpr else ''}<w:p>{inner}</w:p></w:tc>"


def tr(*cells: str, deleted: bool = False) -> str:
    props = f'<w:trPr><w:del w:id="{next(_ids)}" {_WHO}/></w:trPr>' if deleted else ""
    return f"<w:tr>{props}{''.join(cells)}</w:tr>"


RESTART, CONTINUE, SPAN2 = '<w:vMerge w:val="restart"/>', "<w:vMerge/>", '<w:gridSpan w:val="2"/>'

TABLE = (
    f"<w:tbl>{TABLE_PROPS}<w:tblGrid>" + '<w:gridCol w:w="800"/>' * 5 + "</w:tblGrid>"
    + tr(tc("序号", tcpr=RESTART), tc("重点任务", tcpr=RESTART), tc("责任单位", tcpr=SPAN2), tc("完成时限", tcpr=RESTART))
    + tr(tc(tcpr=CONTINUE), tc(tcpr=CONTINUE), tc("牵头单位"), tc("配合单位"), tc(tcpr=CONTINUE))
    + tr(tc("1"), tc("精准遴选培育对象"), tc("局科教股"), tc("各乡镇人民政府"), tc("2025年3月底前"))
    + tr(tc("2"), tc("分类开展教育培训"), tc("县农广校"), tc("局科教股、局产业发展股", dele("、局畜牧兽医股")),
         tc("2025年9月底前"))
    + tr(tc("3"), tc("组织外出观摩学习"), tc("局科教股"), tc("县农广校"), tc("2025年10月底前"), deleted=True)
    + tr(tc(dele("4"), ins("3")), tc("强化跟踪服务"), tc("局科教股"), tc("县农广校、各乡镇人民政府"),
         tc(dele("2025年12月底前"), ins("2026年3月底前")))
    + tr(tc(ins("4")), tc(ins("推进产业带头人培育")), tc(ins("局产业发展股")), tc(ins("县农广校、县农村信用联社")),
         tc(ins("2025年11月底前")))
    + "</w:tbl>"
)

FOOTNOTE_REF = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
COMMENT_START, COMMENT_END = '<w:commentRangeStart w:id="0"/>', '<w:commentRangeEnd w:id="0"/>'
COMMENT_REF = '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>'

BODY = "".join([
    text_box("澄溪县农业农村局文件"),
    p("澄农发〔2025〕12号", props=CENTER),
    p(""),
    p("澄溪县农业农村局关于印发《澄溪县2025年高素质农民培育", props=CENTER),
    p("工作实施方案》的通知", props=CENTER),
    p("各乡镇人民政府，局属各单位："),
    body("现将《澄溪县2025年高素质农民培育工作实施方案》印发给你们，请结合实际认真抓好落实。"),
    p(""),
    p("澄溪县农业农村局", props=RIGHT),
    para(dele("2025年3月10日"), ins("2025年3月18日"), props=RIGHT),
    p(""),
    p("澄溪县2025年高素质农民培育工作实施方案", props=CENTER),
    para("为加快培育一支爱农业、懂技术、善经营的高素质农民", FOOTNOTE_REF,
         "队伍，根据上级有关工作部署，结合我县实际，制定本方案。"),
    body("一、工作目标"),
    para("2025年，全县培育高素质农民", dele("800"), ins("1000"), "人以上，其中农业产业带头人不少于", dele("100"), ins("150"),
         "人，培训合格率达到95%以上，", ins("学员满意度达到90%以上，"), "带动农民人均可支配收入持续增长。"),
    body("二、重点任务"),
    para("（一）精准遴选培育对象。以家庭农场主、农民合作社带头人和返乡入乡创业人员为重点，由各乡镇推荐、县级审核，",
         "3月底前完成遴选并建立培育对象信息库。（牵头单位：局科教股；配合单位：各乡镇人民政府", dele("、县财政局"), "）"),
    para("（二）分类开展教育培训。围绕水稻、茶叶、油茶等主导产业，采取“理论+实践”方式分类施教，每个班次集中培训不少于",
         dele("5"), ins("7"), "天，", dele("2025年6月底前"), ins("2025年9月底前"), "全面完成培训任务。"),
    deleted_para("（三）组织外出观摩学习。组织学员赴省内外先进地区观摩学习，每期不少于30人，10月底前完成。"),
    para("（", dele("四"), ins("三"), "）强化跟踪服务。建立“一对一”指导服务机制，对结业学员开展不少于1年的跟踪服务，",
         dele("2025年12月底前"), ins("2026年3月底前"), "完成培育效果评价。"),
    inserted_para("（四）推进产业带头人培育。遴选一批产业带头人纳入重点培育，协调金融机构给予信贷支持，2025年11月底前完成"
                  "首批认定。"),
    body("三、保障措施"),
    para("（一）加强组织领导。局成立高素质农民培育工作领导小组，", COMMENT_START, "局科教股负责日常工作", COMMENT_END,
         COMMENT_REF, "，各乡镇人民政府要明确专人抓好落实。"),
    para("（二）落实培训资金。中央和省级补助资金按每人不超过", dele("2500"), ins("3000"),
         "元的标准安排，局计划财务股负责资金监管，确保专款专用。"),
    para("（三）加强宣传引导。局办公室牵头，各乡镇人民政府配合，及时总结推广典型经验，营造良好氛围。"),
    p(""),
    body("附件：澄溪县2025年高素质农民培育重点任务分工表"),
    p(""),
    p("附件", props=""),
    p("澄溪县2025年高素质农民培育重点任务分工表", props=CENTER),
    TABLE,
    p(""),
    p("澄溪县农业农村局办公室                2025年3月18日印发"),
    '<w:sectPr><w:headerReference w:type="default" r:id="rId8" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></w:sectPr>',
])

EXTRA = {
    "word/header1.xml": f'<w:hdr {W}><w:p><w:r><w:t>征求意见稿 2025年3月15日修改</w:t></w:r></w:p></w:hdr>',
    "word/footnotes.xml": (f'<w:footnotes {W}><w:footnote w:id="1"><w:p><w:r><w:t>高素质农民，是指有文化、懂技术、善经营、'
                           "会管理的新型职业农民，2024年全县共有1200人。</w:t></w:r></w:p></w:footnote></w:footnotes>"),
    "word/comments.xml": (f'<w:comments {W}><w:comment w:id="0" w:author="办公室" w:initials="BGS"><w:p><w:r><w:t>'
                          "建议由县财政局负责资金保障，2025年6月底前到位。</w:t></w:r></w:p></w:comment></w:comments>"),
}


def build() -> bytes:
    return make_docx(BODY, extra=EXTRA)


if __name__ == "__main__":
    OUT.write_bytes(build())
    print(OUT)
