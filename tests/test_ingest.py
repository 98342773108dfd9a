"""Reading inputs: encodings, format sniffing, HTML chrome removal, DOCX, and every error."""

from __future__ import annotations

import io
import zipfile

import pytest

import policyparse
from policyparse import errors
from policyparse.ingest import read
from policyparse.ingest.html import declared_charset
from policyparse.ingest.text import decode

NOTICE = "绥化市人民政府办公室关于印发绥化市开发区“满园工程”三年行动计划(2025—2027年)的通知\n各县(市、区)人民政府:\n"
# Characters GBK has but GB2312 lacks (镕, 喆): pages that declare gb2312 still use them.
GBK_ONLY = "朱镕基与王喆同志"


# ----------------------------------------------------------------------------- encodings

@pytest.mark.parametrize(
    "data, encoding",
    [
        (NOTICE.encode("utf-8"), "utf-8"),
        (NOTICE.encode("utf-8-sig"), "utf-8"),
        (NOTICE.encode("gb18030"), "gb18030"),
        (NOTICE.encode("gbk"), "gb18030"),
        (GBK_ONLY.encode("gbk"), "gb18030"),
        ("\ufeff".encode("utf-16-le") + NOTICE.encode("utf-16-le"), "utf-16-le"),
        ("\ufeff".encode("utf-16-be") + NOTICE.encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf-8", "utf-8-sig", "gb18030", "gbk", "gbk-only-chars", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_plain_text_encodings_are_detected(data: bytes, encoding: str) -> None:
    ingested = read(data)
    assert ingested.format == "text"
    assert ingested.encoding == encoding
    assert ingested.text.lstrip("\ufeff") in (NOTICE, GBK_ONLY)
    assert not ingested.text.startswith("\ufeff")
    assert ingested.warnings == []


def test_gbk_bytes_are_not_misread_as_utf8() -> None:
    data = "关于印发《驻马店市推进产业集聚区高质量快速发展行动方案》的通知".encode("gbk")
    text, encoding, _ = decode(data)
    assert encoding == "gb18030"
    assert "驻马店市" in text


def test_a_few_bad_bytes_are_replaced_with_a_warning() -> None:
    data = NOTICE.encode("utf-8") * 5 + b"\xff" + NOTICE.encode("utf-8") * 5
    ingested = read(data)
    assert "\ufffd" in ingested.text
    assert "驻" not in ingested.text and "绥化市" in ingested.text
    assert ingested.warnings and "U+FFFD" in ingested.warnings[0]


def test_byte_soup_is_a_decoding_error() -> None:
    import random

    soup = random.Random(7).randbytes(4000).replace(b"\x00", b"\x80")
    with pytest.raises(errors.DecodingError, match="undecodable"):
        read(soup, "text")
    high = bytes((i * 37 + 128) % 256 for i in range(4000) if (i * 37 + 128) % 256 >= 0x80)
    with pytest.raises(errors.DecodingError):
        read(high)


def test_str_input_is_taken_as_is() -> None:
    ingested = read(NOTICE)
    assert (ingested.text, ingested.format, ingested.encoding) == (NOTICE, "text", "unicode")


# ----------------------------------------------------------------------------- sniffing and errors

@pytest.mark.parametrize(
    "data, error, words",
    [
        (b"", errors.EmptyInputError, "empty"),
        (b"   \n\t\r\n ", errors.EmptyInputError, "empty"),
        ("\u3000\u3000\n".encode("utf-8"), errors.EmptyInputError, "no text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", errors.UnsupportedFormatError, "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", errors.UnsupportedFormatError, "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", errors.UnsupportedFormatError, "JPEG"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", errors.UnsupportedFormatError, "GIF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, errors.UnsupportedFormatError, ".doc"),
        (b"\x00\x01\x02\x03binary\x00\x00junk", errors.UnsupportedFormatError, "binary"),
        (b"PK\x03\x04 truncated zip", errors.DocxError, "zip"),
    ],
    ids=["empty", "whitespace", "ideographic-space", "pdf", "png", "jpeg", "gif", "ole-doc", "nul-bytes", "bad-zip"],
)
def test_unreadable_input_raises_a_clear_parse_error(data: bytes, error: type, words: str) -> None:
    with pytest.raises(error) as caught:
        read(data)
    assert isinstance(caught.value, errors.ParseError)
    assert words.lower() in str(caught.value).lower()


def test_empty_str_and_unknown_format_are_parse_errors() -> None:
    with pytest.raises(errors.EmptyInputError):
        read("  \n ")
    with pytest.raises(errors.UnsupportedFormatError, match="unknown format"):
        read(NOTICE, "pdf")
    with pytest.raises(errors.DocxError):
        read(NOTICE, "docx")


def test_zip_that_is_not_a_word_document_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(errors.UnsupportedFormatError, match="Excel"):
        read(buffer.getvalue())


@pytest.mark.parametrize(
    "data, fmt",
    [
        (b"<!DOCTYPE html><html><body><p>\xe9\x80\x9a\xe7\x9f\xa5</p></body></html>", "html"),
        (b'<div class="wrap"><table><tr><td>\xe7\xb4\xa2\xe5\xbc\x95\xe5\x8f\xb7</td></tr></table></div>', "html"),
        (b"  \n<p>a</p><p>b</p>", "html"),
        ("一、总体要求\n(一)指导思想\n坚持以<人民>为中心。".encode("utf-8"), "text"),
    ],
    ids=["doctype", "gov-cn-fragment", "leading-space", "text-with-angle-brackets"],
)
def test_format_is_sniffed(data: bytes, fmt: str) -> None:
    assert read(data).format == fmt


# ----------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>江西省人民政府 政策文件 某某通知</title>
<meta name="ArticleTitle" content="江西省人民政府办公厅印发关于完善政府性融资担保体系切实支持小微企业和“三农”发展若干措施的通知">
<meta name="PubDate" content="2020-03-19 08:50">
<meta name="Keywords" content="企业 完善">
<style>.x{color:red}</style><script>var a = "一、不是正文";</script>
</head><body>
<div class="nav-menu"><a href="/">首页</a><a href="/a">政务公开</a><a href="/b">政策文件</a></div>
<div class="bt-position"><span>当前位置:</span><a href="/">首页</a> &gt; <a href="/c">政策文件</a></div>
<table><tr><td>索 引 号:</td><td>014500815/2020-04047</td><td>发文机关:</td><td>省政府办公厅</td></tr>
<tr><td>成文日期:</td><td>2020-03-16</td><td>文 号:</td><td>赣府厅发〔2020〕10号</td></tr></table>
<p>各市、县（区）人民政府，省政府各部门：</p><p>一、加快推进政府性融资担保体系建设</p><p>1.做强做大省融资担保股份有限公司。<span>（责任单位：省财政厅）</span></p>
<table><tr><td><p>序号</p></td><td><p>牵头部门</p></td><td><p>配合部门</p></td></tr>
<tr><td>1</td><td>市发改委</td><td><p>市财政局、</p><p>各县区人民政府</p></td></tr></table>
<div style="display:none">隐藏的文字</div>
<ul class="share"><li>分享到</li><li>微信</li></ul>
<footer>主办：江西省人民政府办公厅 网站标识码3600000000</footer>
</body></html>"""


def test_html_keeps_content_and_drops_chrome() -> None:
    ingested = read(PAGE.encode("utf-8"))
    lines = ingested.text.splitlines()
    assert ingested.format == "html" and ingested.encoding == "utf-8"
    assert "各市、县（区）人民政府，省政府各部门：" in lines
    assert "一、加快推进政府性融资担保体系建设" in lines
    assert "1.做强做大省融资担保股份有限公司。（责任单位：省财政厅）" in lines
    for chrome in ("首页", "政务公开", "当前位置", "不是正文", "color:red", "隐藏的文字", "分享到", "网站标识码", "某某通知"):
        assert chrome not in ingested.text, chrome


def test_html_table_rows_are_tab_joined_lines() -> None:
    lines = read(PAGE.encode("utf-8")).text.splitlines()
    assert "索 引 号:\t014500815/2020-04047\t发文机关:\t省政府办公厅" in lines
    assert "序号\t牵头部门\t配合部门" in lines
    # a cell's lines joined straight on after a clause mark (tests/test_metamorphic5.py), else by a space
    assert "1\t市发改委\t市财政局、各县区人民政府" in lines


def test_html_meta_tags_state_title_and_publish_date() -> None:
    facts = read(PAGE.encode("utf-8")).metadata
    assert facts == {
        "title": "江西省人民政府办公厅印发关于完善政府性融资担保体系切实支持小微企业和“三农”发展若干措施的通知",
        "published_date": "2020-03-19",
    }


def test_paragraphs_without_newlines_become_lines() -> None:
    html = "<div><p>一、总体要求</p><p>(一)指导思想</p>正文<br>第二行<li>第三行</li><h2>二、主要任务</h2></div>"
    assert read(html, "html").text.splitlines() == ["一、总体要求", "(一)指导思想", "正文", "第二行", "第三行", "二、主要任务"]


def test_cms_content_markers_keep_the_body_table_and_title_only() -> None:
    html = (
        "<html><body><div class='header-links'>站群导航 省政府 省发改委 省财政厅</div>"
        "<table><tr><td>索引号:</td><td>1/2020-1</td><td>发文机关:</td><td>省政府</td></tr></table>"
        "<p class='sp_title'>江西省人民政府关于某事的实施意见</p><div>页面上的其他文字</div>"
        "<div id='zoom'><!--ZJEG_RSS.content.begin--><p>各市人民政府：</p><p>一、总体要求</p>"
        "<!--ZJEG_RSS.content.end--></div><div>相关文章 文章一 文章二</div></body></html>"
    )
    assert read(html, "html").text.splitlines() == [
        "索引号:\t1/2020-1\t发文机关:\t省政府",
        "江西省人民政府关于某事的实施意见",
        "各市人民政府：",
        "一、总体要求",
    ]


def test_gb2312_declared_page_is_decoded_even_with_gbk_only_characters() -> None:
    html = f'<html><head><meta charset="gb2312"></head><body><p>{GBK_ONLY}</p><p>国发〔2018〕39号</p></body></html>'
    data = html.encode("gbk")
    assert declared_charset(data) == "gb2312"
    ingested = read(data)
    assert ingested.format == "html" and ingested.encoding == "gb18030"
    assert ingested.text.splitlines() == [GBK_ONLY, "国发〔2018〕39号"]


def test_http_equiv_charset_and_a_wrong_declaration() -> None:
    title = "关于印发行动方案的通知"
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body><p>{title}</p></body></html>'
    assert read(html.encode("gbk")).text == title + "\n"
    # Declared utf-8 but saved as GBK: decoded by detection, with a warning.
    wrong = html.replace("GBK", "utf-8").encode("gbk")
    ingested = read(wrong)
    assert ingested.text == title + "\n" and ingested.encoding == "gb18030"
    assert "does not fit" in ingested.warnings[0]


def test_html_entities_and_external_references_are_not_fetched() -> None:
    html = '<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body><p>A&amp;B &x; 通知</p></body></html>'
    text = read(html, "html").text
    assert "root:" not in text
    assert "A&B" in text


def test_link_dense_blocks_are_navigation() -> None:
    links = "".join(f"<a href='/{i}'>栏目{i}</a>" for i in range(8))
    html = f"<html><body><div>{links}</div><p>一、总体要求</p><p>见<a href='/x'>附件</a>。</p></body></html>"
    assert read(html, "html").text.splitlines() == ["一、总体要求", "见附件。"]


# ----------------------------------------------------------------------------- DOCX

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(body: str, prolog: str = "", extra: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document {W}><w:body>{body}</w:body></w:document>')
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buffer.getvalue()


def _p(*runs: str) -> str:
    return "<w:p>" + "".join(f"<w:r><w:t xml:space='preserve'>{r}</w:t></w:r>" for r in runs) + "</w:p>"


def _row(*cells: str) -> str:
    return "<w:tr>" + "".join(f"<w:tc>{c}</w:tc>" for c in cells) + "</w:tr>"


def test_docx_paragraphs_and_tables_in_order() -> None:
    body = (
        _p("驻马店市人民政府办公室关于印发", "《行动方案》的通知")
        + _p("一、总体要求")
        + "<w:tbl>" + _row(_p("序号"), _p("专项工作"), _p("牵头部门")) + _row(_p("1"), _p("完善集聚区管理体制"), _p("市委组织部") + _p("市人社局")) + "</w:tbl>"
        + _p("附件", "<w:tab/>") .replace("<w:t xml:space='preserve'><w:tab/></w:t>", "<w:tab/>")
        + "<w:p><w:r><w:t>删除</w:t></w:r><w:del><w:r><w:delText>不要</w:delText></w:r></w:del></w:p>"
    )
    ingested = read(_docx(body))
    assert ingested.format == "docx"
    assert ingested.text.splitlines() == [
        "驻马店市人民政府办公室关于印发《行动方案》的通知",
        "一、总体要求",
        "序号\t专项工作\t牵头部门",
        "1\t完善集聚区管理体制\t市委组织部 市人社局",
        "附件\t",
        "删除",
    ]


def test_docx_xxe_entity_is_not_expanded() -> None:
    prolog = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    data = _docx(_p("正文") + "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", prolog)
    text = read(data).text
    assert "root:" not in text
    assert text.startswith("正文")


def test_docx_zip_bomb_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<a>" + b" " * (210 * 1024 * 1024) + b"</a>")
    data = buffer.getvalue()
    assert len(data) < 1024 * 1024
    with pytest.raises(errors.InputTooLargeError, match="limit|bomb"):
        read(data)


def test_docx_high_ratio_part_is_refused_below_the_size_limit() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<a>" + b"A" * (20 * 1024 * 1024) + b"</a>")
    with pytest.raises(errors.InputTooLargeError, match="bomb"):
        read(buffer.getvalue())


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.9])
def test_truncated_docx_is_a_docx_error(cut: float) -> None:
    data = _docx(_p("一、总体要求") * 200)
    with pytest.raises(errors.ParseError):
        read(data[: int(len(data) * cut)], "docx")


def test_docx_without_document_part_or_with_broken_xml() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("word/styles.xml", "<styles/>")
    with pytest.raises(errors.ParseError):
        read(buffer.getvalue(), "docx")
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as zf:
        zf.writestr("word/document.xml", "<w:document><w:body><w:p>")
    with pytest.raises(errors.DocxError, match="well-formed"):
        read(broken.getvalue())


def test_parse_accepts_docx_end_to_end() -> None:
    body = _p("关于深入推进开发区建设的实施方案") + _p("一、目标任务") + _p("到2020年,开发区实现销售收入420亿元以上。")
    doc = policyparse.parse(_docx(body))
    assert doc.source.format == "docx"
    assert doc.metadata.title == "关于深入推进开发区建设的实施方案"
    assert doc.text.splitlines()[1] == "一、目标任务"


def test_import_stays_cheap() -> None:
    import subprocess
    import sys

    code = "import sys, policyparse; print('lxml' in sys.modules, 'jieba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


@pytest.mark.parametrize("seed", range(40))
def test_corrupted_docx_raises_only_parse_errors(seed: int) -> None:
    import random

    rnd = random.Random(seed)
    data = bytearray(_docx(_p("一、总体要求") * 50 + "<w:tbl>" + _row(_p("1"), _p("市发改委")) + "</w:tbl>"))
    for _ in range(rnd.randrange(1, 12)):
        data[rnd.randrange(len(data))] = rnd.randrange(256)
    try:
        doc = policyparse.parse(bytes(data))
    except errors.ParseError:
        return
    assert doc.source.format in ("docx", "text", "html")
