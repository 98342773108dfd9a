"""Build tests/invented/w43-puchuan-shequ-qianrushi-fangan-2026.docx (helper W43's invented notice).

A city 人民政府办公室 印发 notice of a 工作方案 as a Word file SAVED WITH ITS REVIEW STILL IN IT:
tracked insertions and deletions inside sentences (a target 50 -> 60, a deadline 2027年3月底前 ->
2026年9月底前, a unit inserted into one bracket and another struck from the next, a whole sentence
with a 2028 deadline and a count struck, a prose duty struck), a MOVE (w:moveFrom / w:moveTo with
their range marks) that carries a sentence with a unit and a deadline from item (五) up into item (四),
a comment (w:commentRangeStart/End, w:commentReference; word/comments.xml names a unit and a date),
two footnotes (word/footnotes.xml: one numbered by Word, one with a custom mark `*` typed after its
reference, w:customMarkFollows), a floating TEXT BOX holding a 专栏 of four paragraphs
(w:txbxContent as DrawingML with its VML fallback copy) anchored at the start of the item it belongs
to and drawn under that item's text (positioned 80pt below the top of its paragraph), an item's
caption whose paragraph mark the reviewer deleted (joined to its text: added after the first run), the 字号 as the result of a DOCPROPERTY field (w:fldSimple), a cross-reference as a complex field
(w:fldChar / w:instrText REF … \\r), and a page number as a complex PAGE field in the footer
(word/footer1.xml). The gold is the document with every change accepted; comments, footnotes,
footer and field codes are no body text (a reader sees footnotes at the page foot, but the set's
readers, docx.py and W36's HTML call, leave notes out: the body's sentences are complete without them).
Run from the repository root: `python tests/invented/build_w43_docx.py` (uses the zipfile builder of
tests/test_docx_word_features.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from test_docx_word_features import W, make_docx, p, r, raw_p  # noqa: E402
from docx_parts import CENTER, INDENT, RIGHT  # noqa: E402

OUT = HERE / "w43-puchuan-shequ-qianrushi-fangan-2026.docx"
_ids = iter(range(1, 1000))
_WHO = 'w:author="市民政局" w:date="2026-03-10T09:30:00Z"'
_WP = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
_A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'


def ins(text: str) -> str:
    return f'<w:ins w:id="{next(_ids)}" {_WHO}>{r(text)}</w:ins>'


def dele(text: str) -> str:
    return f"<w:del w:id=\"{next(_ids)}\" {_WHO}><w:r><w:delText xml:space='preserve'>{text}</w:delText></w:r></w:del>"


def move(kind: str, text: str, name: str = "move196") -> str:
    """One half of a tracked move: kind "From" (the text's old place) or "To" (its new one)."""
    mark = next(_ids)
    return (f'<w:move{kind}RangeStart w:id="{mark}" {_WHO} w:name="{name}"/>'
            f'<w:move{kind} w:id="{next(_ids)}" {_WHO}>{r(text)}</w:move{kind}>'
            f'<w:move{kind}RangeEnd w:id="{mark}"/>')


def para(*parts: str, props: str = INDENT) -> str:
    """A body paragraph of runs and marked-up pieces (plain strings are runs)."""
    return raw_p("".join(part if part.startswith("<") else r(part) for part in parts), props)


def joined_para(text: str) -> str:
    """A paragraph whose mark the reviewer deleted: accepted, it runs on into the next paragraph."""
    return raw_p(r(text), INDENT + f'<w:rPr><w:del w:id="{next(_ids)}" {_WHO}/></w:rPr>')


def footnote_ref(note: int) -> str:
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{note}"/></w:r>'


def custom_footnote_ref(note: int, mark: str) -> str:
    """A footnote whose mark is typed by the author (the run's text after the reference is the mark)."""
    return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteReference w:customMarkFollows="1" w:id="{note}"/><w:t>{mark}</w:t></w:r>')


def comment(text: str, key: int = 0) -> str:
    return (f'<w:commentRangeStart w:id="{key}"/>{r(text)}<w:commentRangeEnd w:id="{key}"/>'
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{key}"/></w:r>')


def docproperty(name: str, result: str) -> str:
    return f'<w:fldSimple w:instr=" DOCPROPERTY  &quot;{name}&quot;  \\* MERGEFORMAT ">{r(result)}</w:fldSimple>'


def complex_field(code: str, result: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{r(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def text_box(*paragraphs: str) -> str:
    """A floating text box (the run that anchors it), as Word writes it: DrawingML with a VML copy."""
    inner = "".join(p(text, props=CENTER if i == 0 else INDENT) for i, text in enumerate(paragraphs))
    return ('<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor {_WP} distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1"'
            ' behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>1016000</wp:posOffset></wp:positionV>'
            '<wp:extent cx="5400000" cy="2200000"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="文本框 1"/>'
            f'<a:graphic {_A}><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            '<v:shape id="文本框 1" style="position:absolute;margin-left:0;margin-top:80pt;width:425pt;height:173pt">'
            f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>')


BOX = text_box(
    "专栏1　养老托育服务重点工程",
    "社区助餐工程：依托社区嵌入式服务设施建设社区助餐点80个以上，为老年人提供堂食、送餐等服务。",
    "普惠托育工程：在新建和改造设施中同步嵌入托育功能，新增普惠托位1200个。",
    "康复护理工程：推动医疗机构在设施中开设康复护理服务，每个街道至少建成1个社区康复服务站。",
)

BODY = "".join([
    p("蒲川市人民政府办公室文件", props=CENTER),
    raw_p(docproperty("文号", "蒲政办发〔2026〕9号"), CENTER),
    p(""),
    p("蒲川市人民政府办公室关于印发蒲川市社区嵌入式", props=CENTER),
    p("服务设施建设工作方案的通知", props=CENTER),
    p(""),
    p("各区人民政府，蒲川高新区管委会，市政府各部门、各直属机构："),
    para("《蒲川市社区嵌入式服务设施建设工作方案》已经市政府同意，现印发给你们，请认真贯彻落实。"),
    p(""),
    p("蒲川市人民政府办公室", props=RIGHT),
    p("2026年3月12日", props=RIGHT),
    para("（此件公开发布）"),
    p(""),
    p("蒲川市社区嵌入式服务设施建设工作方案", props=CENTER),
    para("为加快补齐社区服务设施短板，推进社区嵌入式服务设施", footnote_ref(1),
         "建设，推动养老托育、助餐助浴、健身休闲、便民商业等服务资源向社区下沉，更好满足居民就近就便享有基本公共服务的需求，根据国家和省有关工作部署，结合我市实际，制定本方案。"),
    para("一、工作目标"),
    para("到2027年底，全市建成社区嵌入式服务设施", dele("50"), ins("60"), "个以上，实现城市社区全覆盖，一刻钟便民生活圈",
         custom_footnote_ref(2, "*"), "覆盖率达到90%以上，社区养老、托育服务设施达标率达到100%。2026年底前，先行建成30个以上，重点覆盖老城区和人口密集社区。"),
    para("二、重点任务"),
    para("（一）科学编制建设规划。各区要结合城市更新和完整社区建设，全面摸清社区服务设施底数，按照“一区一策”要求，优先在老旧小区集中、服务需求迫切的社区布局，编制社区嵌入式服务设施"
         "建设项目清单，", dele("2027年3月底前"), ins("2026年9月底前"), "完成项目清单编制并报市政府备案。（牵头单位：市发展改革委；"
         "配合单位：市自然资源和规划局、市住房城乡建设局", ins("、市民政局"), "，各区人民政府）"),
    para("（二）盘活存量空间资源。坚持集约节约、应嵌尽嵌，", comment("优先利用社区闲置用房、腾退空间和国有企业存量房产改建设施"),
         "，新建住宅小区按每百户不低于30平方米的标准配建社区综合服务用房，对暂不具备条件的社区，可通过购买、租赁等方式解决设施用房。",
         dele("力争2028年底前完成存量空间清查，盘活闲置用房200处以上。"),
         "（牵头单位：市住房城乡建设局；配合单位：市自然资源和规划局、市国资委", dele("、市财政局"), "）"),
    para(BOX, "（三）完善养老托育服务功能。每个设施原则上配置不少于10张日间照料床位，推动社区托育点提供普惠托育服务，"
         "支持社区卫生服务中心与设施毗邻建设或一体化设置，为老年人提供健康管理、家庭医生签约等服务，到2027年底每千人口拥有3岁以下婴幼儿托位数达到4.5个。（牵头单位：市民政局；配合单位：市卫生健康委、市教育局）"),
    para("（四）强化数字赋能。", move("To", "市数据局负责建设全市社区服务信息平台，2026年10月底前上线运行。"),
         "推动设施接入“一网通办”和城市运行管理服务平台，实现设施信息、服务资源和居民需求精准对接，推广线上预约、智能监测等应用场景，到2027年底设施服务信息接入率达到100%。（牵头单位：市数据局；配合单位：市民政局、市政务服务中心）"),
    para("（五）拓展便民商业服务。", move("From", "市数据局负责建设全市社区服务信息平台，2026年10月底前上线运行。"),
         "支持品牌连锁企业进驻社区，发展便利店、早餐店、家政维修等业态，鼓励在设施中设置便民服务点，提供代收代缴、快递收发等服务，2027年底前建成一刻钟便民生活圈40个以上。"
         "（牵头单位：市商务局；配合单位：市市场监管局、各区人民政府）"),
    joined_para("（六）健全运营管理机制。"),
    para("鼓励采取“公建民营”“委托运营”等方式引入专业机构运营设施，制定设施服务清单和普惠性服务收费指导标准，建立设施运营绩效评价制度，"
         "居民满意度达到", dele("85%"), ins("90%"), "以上，评价结果与运营补贴挂钩。（牵头单位：市民政局；配合单位：市财政局、市市场监管局）"),
    para("三、保障措施"),
    para("（一）加强组织领导。市发展改革委牵头建立社区嵌入式服务设施建设工作推进机制，统筹解决建设中的重大问题；"
         "各区人民政府负责本辖区设施建设，明确时间表和路线图。市直有关部门要按照职责分工，加强政策协同和业务指导，形成工作合力。"),
    para("（二）强化要素保障。市财政局负责统筹用好中央预算内投资和地方政府专项债券资金，对新建设施按每个不超过50万元给予补助；"
         "市自然资源和规划局负责做好设施建设用地保障。鼓励社会资本通过公建民营、合资合作等方式参与设施建设运营。", dele("市审计局负责资金使用情况的审计监督。")),
    para("（三）加强督导评估。由市民政局牵头，市发展改革委配合，对照本方案第",
         complex_field("REF _Ref196523 \\r \\h", "二"), "部分所列任务开展督导评估，2027年12月底前组织开展终期评估。"),
    para("（四）加强宣传引导。各区、各部门要及时总结推广好经验好做法，营造全社会共同参与社区建设的良好氛围。市民政局负责会同有关部门建立设施建设运营典型案例库，定期发布优秀案例。"),
    p(""),
    p("抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级法院，市检察院。"),
    p("蒲川市人民政府办公室　　　　　　　　　　2026年3月12日印发"),
    '<w:sectPr><w:footerReference w:type="default" r:id="rId9" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></w:sectPr>',
])

EXTRA = {
    "word/footer1.xml": (f'<w:ftr {W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{r("— ")}'
                         + complex_field("PAGE   \\* MERGEFORMAT", "1") + f"{r(' —')}</w:p></w:ftr>"),
    "word/footnotes.xml": (f'<w:footnotes {W}>'
                           '<w:footnote w:id="1"><w:p><w:r><w:t>社区嵌入式服务设施，是指以社区（小区）为单位，在公共空间嵌入'
                           "功能性设施和适配性服务的社区服务设施，截至2025年底全市已建成12个。</w:t></w:r></w:p></w:footnote>"
                           '<w:footnote w:id="2"><w:p><w:r><w:t>*一刻钟便民生活圈，是指以社区居民为服务对象，服务半径为步行'
                           "15分钟左右的范围。</w:t></w:r></w:p></w:footnote></w:footnotes>"),
    "word/comments.xml": (f'<w:comments {W}><w:comment w:id="0" w:author="市财政局" w:initials="CZJ"><w:p><w:r><w:t>'
                          "建议明确由市机关事务管理局负责清查，2026年4月底前报送存量房产清单。</w:t></w:r></w:p></w:comment>"
                          "</w:comments>"),
}


def build() -> bytes:
    return make_docx(BODY, extra=EXTRA)


if __name__ == "__main__":
    OUT.write_bytes(build())
    print(OUT)
