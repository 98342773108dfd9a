"""Metadata and page chrome: every gold file's metadata, and table-driven cases for each shape."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from corpus_support import CORPUS, raw_file

import policyparse
from policyparse.pipeline import Draft, run
from policyparse.stages import boilerplate
from policyparse.stages.metadata_shapes import doc_numbers, doc_type_of, enclosed_from_title, is_org, parse_date, period_of, split_recipients, title_issuer
from policyparse.text.normalize import fold, normalize


# Gold entries the parser is known to miss, with why (strict: an unexpected pass fails the run).
# (document, field) pairs the parser is known to get wrong, kept as strict xfails so a fix shows.
KNOWN_WRONG: dict[tuple[str, str], str] = {
    ("shandong-cun-shequ-liangwei-huanjie-2021", "recipients"):
        "OCR interleaved the addressee line with the wrapper sentence; gold restores the reading "
        "order (各人民团体 is not literal text), the parser takes the addressees as they stand",
}


def _gold_cases() -> list:
    cases = []
    for gold_path in sorted(CORPUS.glob("*.gold.yaml")):
        doc = gold_path.name[: -len(".gold.yaml")]
        raw = raw_file(doc)
        if raw is None:
            continue
        metadata = (yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}).get("metadata") or {}
        for field_name, expected in metadata.items():
            marks = []
            if (doc, field_name) in KNOWN_WRONG:
                marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[doc, field_name]))
            cases.append(pytest.param(raw, field_name, expected, id=f"{doc}:{field_name}", marks=marks))
    return cases


_PARSED: dict[Path, policyparse.model.Document] = {}


def _parsed(path: Path):
    if path not in _PARSED:
        _PARSED[path] = policyparse.parse_file(path)
    return _PARSED[path]


def _key(value):
    if value is None or value == []:
        return None
    if isinstance(value, list):
        return [fold(str(v)) for v in value]
    if isinstance(value, dict):  # period
        return value
    return fold(str(value))


@pytest.mark.parametrize("raw, field_name, expected", _gold_cases())
def test_metadata_matches_gold(raw: Path, field_name: str, expected) -> None:
    got = getattr(_parsed(raw).metadata, field_name)
    if hasattr(got, "model_dump"):
        got = got.model_dump()
    assert _key(got) == _key(expected)


def test_every_gold_file_is_covered() -> None:
    assert len(_gold_cases()) >= 5 * 5  # the five seeds alone have five fields each


# ----------------------------------------------------------------------------- dates

@pytest.mark.parametrize(
    "text, iso",
    [
        ("2025年5月20日", "2025-05-20"),
        ("2025年5月20日 ", "2025-05-20"),
        ("2018 年 8 月 14 日", "2018-08-14"),
        ("二〇一八年六月十五日", "2018-06-15"),
        ("二○二○年十二月十八日", "2020-12-18"),
        ("二〇一九年十一月三十日", "2019-11-30"),
        ("二〇二一年二月二十六日", "2021-02-26"),
        ("2020-03-16", "2020-03-16"),
        ("2019年01月22日", "2019-01-22"),
        ("2017/11/7", "2017-11-07"),
        ("时间:2021-02-11 02:16:58", "2021-02-11"),
        ("2019年2月30日", None),
        ("2019年13月1日", None),
        ("到2027年", None),
        ("2018年6月底前", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


# ----------------------------------------------------------------------------- recipients

@pytest.mark.parametrize(
    "segment, recipients",
    [
        ("各县(市、区)人民政府,绥化经济技术开发区管委会,市政府各有关直属单位",
         ["各县(市、区)人民政府", "绥化经济技术开发区管委会", "市政府各有关直属单位"]),
        ("各县区人民政府,市城乡一体化示范区、经济开发区、高新技术产业开发区管委会,市直有关单位",
         ["各县区人民政府", "市城乡一体化示范区、经济开发区、高新技术产业开发区管委会", "市直有关单位"]),
        ("各区、县(市)人民政府,市政府有关部门,有关直属单位", ["各区、县(市)人民政府", "市政府有关部门", "有关直属单位"]),
        ("各省、自治区、直辖市人民政府,国务院各部委、各直属机构", ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]),
        ("各市(地)、县(市)人民政府(行署),省政府各直属单位", ["各市(地)、县(市)人民政府(行署)", "省政府各直属单位"]),
        ("省委防灾减灾救灾领导小组成员单位", ["省委防灾减灾救灾领导小组成员单位"]),
        ("省药监局, 各市、县(区)市场监管局,", ["省药监局", "各市、县(区)市场监管局"]),
    ],
)
def test_split_recipients_on_commas_only(segment: str, recipients: list[str]) -> None:
    assert split_recipients(segment) == recipients


# ----------------------------------------------------------------------------- doc numbers

@pytest.mark.parametrize(
    "text, numbers",
    [
        ("绥政办发〔2025〕18号", ["绥政办发〔2025〕18号"]),
        ("文  号: 驻政办〔2019〕125号 关 键 词:", ["驻政办〔2019〕125号"]),
        ("发文字号:\t国办发〔2018〕129号", ["国办发〔2018〕129号"]),
        ("山东省交通运输厅鲁交城市函(2020)39号关于商请会签", ["鲁交城市函(2020)39号"]),
        ("170795中共中央办公厅文件中办发〔2020〕39号中共中央办公厅", ["中办发〔2020〕39号"]),
        ("黑政办规〔2018〕47号《黑龙江省人民政府办公厅关于印发…的通知》", ["黑政办规〔2018〕47号"]),
        ("广东省人民政府令\n\n(第290号)", ["广东省人民政府令第290号"]),
        ("上海市人民政府令 第19号", ["上海市人民政府令第19号"]),
        ("赣府厅字〔2020〕14号", ["赣府厅字〔2020〕14号"]),
        # Cited documents are not the notice's own number.
        ("《中共武威市委办公室…的通知》(武办发〔2017〕84号)精神", []),
        ("根据《…》(鲁应急函(2020)4号),我厅", []),
        ("(国发〔2015〕43号)和《…》(国办发〔2019〕6号)", []),
    ],
)
def test_doc_numbers(text: str, numbers: list[str]) -> None:
    assert [n for _, n in doc_numbers(normalize(text))] == numbers


# ----------------------------------------------------------------------------- titles

@pytest.mark.parametrize(
    "title, doc_type, issuer, enclosed",
    [
        ("绥化市人民政府办公室关于印发绥化市开发区“满园工程”三年行动计划(2025—2027年)的通知",
         "通知", "绥化市人民政府办公室", "绥化市开发区“满园工程”三年行动计划(2025—2027年)"),
        ("驻马店市人民政府办公室关于印发《驻马店市推进产业集聚区高质量快速发展行动方案》的通知",
         "通知", "驻马店市人民政府办公室", "驻马店市推进产业集聚区高质量快速发展行动方案"),
        ("江西省人民政府办公厅印发关于金融支持防控疫情稳定经济增长若干措施的通知",
         "通知", "江西省人民政府办公厅", "关于金融支持防控疫情稳定经济增长若干措施"),
        ("关于深入推进开发区建设的实施方案", "实施方案", None, None),
        ("国务院办公厅关于加快发展体育竞赛表演产业的指导意见", "指导意见", "国务院办公厅", None),
        ("江西省人民政府关于抢时间保进度强弱项补缺口努力实现全年经济社会发展目标的实施意见", "实施意见", "江西省人民政府", None),
        ("2020年全省粮食和物资储备改革发展工作要点", "工作要点", None, None),
        ("阿坝州政务数据资源管理暂行办法", "暂行办法", None, None),
        ("省委防灾减灾救灾领导小组工作规则(会签稿)", "工作规则", None, None),
        ("全省重点产业项目建设三年行动计划(2018-2020年)", "行动计划", None, None),
    ],
)
def test_title_shapes(title: str, doc_type: str, issuer: str | None, enclosed: str | None) -> None:
    assert doc_type_of(title) == doc_type
    assert title_issuer(title) == issuer
    assert enclosed_from_title(title) == enclosed


@pytest.mark.parametrize(
    "text, period",
    [
        ("三年行动计划(2025—2027年)", (2025, 2027)),
        ("三年行动计划(2018-2020年)", (2018, 2020)),
        ("2021年至2025年发展规划", (2021, 2025)),
        ("关于深入推进开发区建设的实施方案", None),
        ("2018年省重点产业项目汇总表", None),
    ],
)
def test_period_of(text: str, period) -> None:
    found = period_of(text)
    assert ((found.start, found.end) if found else None) == period


@pytest.mark.parametrize(
    "name, org",
    [
        ("绥化市人民政府办公室", True),
        ("国网陕西省电力有限公司安全监察部(保卫部)", True),
        ("中共中央办公厅国务院办公厅", True),
        ("国务院", True),
        ("市长 应勇", False),
        ("2018年8月14日", False),
        ("现印发给你们,请认真贯彻实施。", False),
    ],
)
def test_signature_is_a_body_not_a_person(name: str, org: bool) -> None:
    assert is_org(name) is org


# ----------------------------------------------------------------------------- whole notices

def _draft(text: str) -> Draft:
    draft = Draft(text=normalize(text))
    return run(draft, stop_after="metadata")


WRAPPER = """沈政办发〔2018〕78号《沈阳市人民政府办公厅关于印发沈阳市开发区(园区)集群式项目“满园扩园”三年行动计划(2018-2020年)的通知》

浏览量:          时间:2018-07-07 01:02:31

沈政办发〔2018〕78号

各区、县(市)人民政府,市政府有关部门,有关直属单位:经市政府同意,现将《沈阳市开发区(园区)集群式项目“满园扩园”三年行动计划(2018-2020年)》印发给你们,请结合实际,认真贯彻落实。

沈阳市人民政府办公厅

2018年5月31日

沈阳市开发区(园区)集群式项目“满园扩园”三年行动计划(2018-2020年)

为贯彻落实《中共沈阳市委沈阳市人民政府关于促进开发区改革和创新发展的实施意见》(沈委发〔2018〕9号)精神,特制定本行动计划。

一、行动目标

附件:1.开发区名单
2.项目清单

郑州外资企业服务中心微信公众号

本文链接://www.0798ci.com/rule/37394.html
"""


def test_wrapper_notice_metadata_and_body() -> None:
    draft = _draft(WRAPPER)
    md = draft.metadata
    assert md.title == "沈阳市人民政府办公厅关于印发沈阳市开发区(园区)集群式项目“满园扩园”三年行动计划(2018-2020年)的通知"
    assert md.doc_number == "沈政办发〔2018〕78号"
    assert md.issuer == "沈阳市人民政府办公厅"
    assert md.signed_date == "2018-05-31"
    assert md.recipients == ["各区、县(市)人民政府", "市政府有关部门", "有关直属单位"]
    assert md.doc_type == "通知"
    assert md.enclosed_title == "沈阳市开发区(园区)集群式项目“满园扩园”三年行动计划(2018-2020年)"
    assert (md.period.start, md.period.end) == (2018, 2020)
    assert md.attachments == ["开发区名单", "项目清单"]
    start, end = draft.body
    assert draft.text[start:].startswith("沈阳市开发区(园区)集群式项目")
    assert draft.text[:end].endswith("2.项目清单")


def test_plan_itself_has_no_issuer_or_number() -> None:
    text = (
        "首页 公开指南 公开目录 公开制度 依申请公开\n您现在的位置是: 首页» 公开目录» 规划计划\n\n"
        "关于深入推进开发区建设的实施方案\n\n作者: | 来源: | 发布日期:2017-11-07 | 阅读次数:  [] [] []\n\n"
        "为认真贯彻落实《中共武威市委办公室武威市人民政府办公室印发<关于深入推进开发区建设的实施方案>的通知》"
        "(武办发〔2017〕84号)精神,制定本实施方案。\n\n一、目标任务\n\n到2020年,开发区实现销售收入420亿元以上。\n\n"
        "主办:凉州区发展和改革局\n技术支持:北京通元动力软件技术有限责任公司"
    )
    draft = _draft(text)
    md = draft.metadata
    assert md.title == "关于深入推进开发区建设的实施方案"
    assert (md.doc_number, md.issuer, md.signed_date, md.recipients) == (None, None, None, [])
    assert md.published_date == "2017-11-07"
    assert md.doc_type == "实施方案" and md.enclosed_title is None
    assert draft.text[: draft.body[1]].endswith("420亿元以上。")


def test_page_table_and_two_line_title() -> None:
    text = (
        "索 引 号:\t000014349/2018-00212\t主题分类:\t劳动、人事、监察\\劳动就业\n"
        "发文机关:\t国务院\t成文日期:\t2018年11月16日\n"
        "发文字号:\t国发〔2018〕39号\t发布日期:\t2018年12月05日\n"
        "国务院关于做好当前和今后一个时期\n促进就业工作的若干意见\n国发〔2018〕39号\n"
        "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n就业是最大的民生。\n"
        "一、支持企业稳定发展\n(一)加大稳岗支持力度。\n国务院\n2018年11月16日\n(此件公开发布)\n扫一扫在手机打开当前页\n"
    )
    draft = _draft(text)
    md = draft.metadata
    assert md.title == "国务院关于做好当前和今后一个时期促进就业工作的若干意见"
    assert md.index_number == "000014349/2018-00212"
    assert (md.doc_number, md.issuer, md.signed_date, md.published_date) == (
        "国发〔2018〕39号", "国务院", "2018-11-16", "2018-12-05")
    assert md.recipients == ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]
    assert draft.text[draft.body[0]:].startswith("就业是最大的民生")
    assert draft.text[: draft.body[1]].endswith("(此件公开发布)")


def test_flat_ocr_text() -> None:
    text = (
        "170795中共中央办公厅文件中办发〔2020〕39号中共中央办公厅国务院办公厅关于严格规范村庄撤并工作的通知"
        "各省、自治区、直辖市党委和人民政府,中央和国家机关各部委,各人民团体:近年来,各地扎实推进村庄各项建设。"
        + "一、准确把握村庄建设的总体要求以新时代中国特色社会主义思想为指导。" * 40
        + "各省(自治区、直辖市)要在2021年6月底前将贯彻执行本通知的情况报党中央、国务院。"
        "中共中央办公厅国务院办公厅2020年12月18日(此件发至县团级)中共中央办公厅秘书局2020年12月19日印发"
    )
    draft = _draft(text)
    md = draft.metadata
    assert md.title == "中共中央办公厅国务院办公厅关于严格规范村庄撤并工作的通知"
    assert md.doc_number == "中办发〔2020〕39号"
    assert md.issuer == "中共中央办公厅国务院办公厅"
    assert md.signed_date == "2020-12-18"
    assert md.recipients == ["各省、自治区、直辖市党委和人民政府", "中央和国家机关各部委", "各人民团体"]
    assert draft.text[draft.body[0]:].startswith("近年来")


def test_html_meta_facts_are_kept() -> None:
    html = (
        '<html><head><meta name="ArticleTitle" content="2020年全省粮食和物资储备改革发展工作要点">'
        '<meta name="PubDate" content="2020-03-13 10:00"></head><body>'
        "<p>2020年全省粮食和物资储备改革发展工作要点</p><p>一、强化粮食安全省长责任制考核</p>"
        "<p>1.完善责任制考核指标体系。</p></body></html>"
    )
    md = policyparse.parse(html.encode("utf-8")).metadata
    assert md.title == "2020年全省粮食和物资储备改革发展工作要点"
    assert md.published_date == "2020-03-13"
    assert md.doc_type == "工作要点"


# ----------------------------------------------------------------------------- page chrome

@pytest.mark.parametrize(
    "text, chrome",
    [
        ("日期:2025-05-22 来源:市政府办公室 访问量:\n字号:\n\n正文", ["日期:2025-05-22 来源:市政府办公室 访问量:", "字号:"]),
        ("正文\n" * 20 + "相关附件:\n\n关联稿件:\n\n扫一扫在手机打开当前页\n返回顶部 打印本页 关闭本页",
         ["相关附件:\n\n关联稿件:\n\n扫一扫在手机打开当前页\n返回顶部 打印本页 关闭本页"]),
        ("正文\n" * 20 + "郑州外资企业服务中心微信公众号\n\n扫描二维码 关注我们\n\n本文链接://www.0798ci.com/rule/1.html",
         ["郑州外资企业服务中心微信公众号\n\n扫描二维码 关注我们\n\n本文链接://www.0798ci.com/rule/1.html"]),
        ("正文\n主办:凉州区发展和改革局\n技术支持:北京通元动力软件技术有限责任公司",
         ["主办:凉州区发展和改革局", "技术支持:北京通元动力软件技术有限责任公司"]),
        # A table label that contains a chrome word is no chrome; nor is a body sentence.
        ("发文字号:\t国发〔2018〕39号\t发布日期:\t2018年12月05日\n正文", []),
        ("各单位要主动公开,做好打印本页、返回顶部等网页功能的适老化改造工作,确保群众办事便利,切实提升政务服务水平和群众满意度。\n", []),
        ("访问量:" + "很长的一行正文" * 30, []),
        ("一、打印本页管理", []),  # a numbered line is content
    ],
)
def test_boilerplate_marks_chrome_only(text: str, chrome: list[str]) -> None:
    spans = boilerplate.merge(boilerplate.chrome_spans(text))
    assert [text[s:e].strip() for s, e in spans] == chrome


def test_later_stages_see_chrome_as_noise() -> None:
    draft = _draft(WRAPPER)
    chrome = draft.text.index("郑州外资企业服务中心微信公众号")
    assert draft.in_noise(chrome)
    assert draft.in_noise(draft.text.index("浏览量"))
    assert not draft.in_noise(draft.text.index("一、行动目标"))
    assert draft.body[1] <= chrome


def test_red_head_split_title_and_signature_on_the_date_line() -> None:
    text = (
        "绥化市人民政府文件\n绥政办发〔2025〕18号\n绥化市人民政府办公室\n"
        "关于印发绥化市开发区“满园工程”三年行动计划(2025—2027年)的通知\n"
        "各县(市、区)人民政府,绥化经济技术开发区管委会:\n"
        "现将《绥化市开发区“满园工程”三年行动计划(2025—2027年)》印发给你们,请认真贯彻落实。\n"
        "附件:绥化市开发区“满园工程”年度任务指标表\n"
        "绥化市人民政府办公室    2025年5月20日\n(此件公开发布)\n"
        "绥化市开发区“满园工程”三年行动计划\n(2025—2027年)\n一、总体要求\n"
    )
    draft = _draft(text)
    md = draft.metadata
    assert md.title == "绥化市人民政府办公室关于印发绥化市开发区“满园工程”三年行动计划(2025—2027年)的通知"
    assert (md.issuer, md.signed_date, md.doc_number) == ("绥化市人民政府办公室", "2025-05-20", "绥政办发〔2025〕18号")
    assert md.recipients == ["各县(市、区)人民政府", "绥化经济技术开发区管委会"]
    assert md.attachments == ["绥化市开发区“满园工程”年度任务指标表"]
    assert md.enclosed_title == "绥化市开发区“满园工程”三年行动计划(2025—2027年)"
    assert draft.text[draft.body[0]:].startswith("绥化市开发区“满园工程”三年行动计划\n")


def test_spread_out_plan_title_is_the_enclosed_title() -> None:
    text = (
        "驻马店市人民政府办公室关于印发驻马店市推进产业集聚区高质量快速发展行动方案的通知\n"
        "各县区人民政府,市直有关单位:\n"
        "《驻马店市推进产业集聚区高质量快速发展行动方案》已经市政府研究同意,现予以印发,请结合实际,认真贯彻执行。\n"
        "2019年11月15日\n\n驻马店市推进产业集聚区高质量快速发展\n\n行 动 方 案\n\n为深入贯彻落实国家、省高质量发展要求,制定本方案。\n一、总体要求\n"
    )
    draft = _draft(text)
    assert draft.metadata.issuer == "驻马店市人民政府办公室"  # no signature name: the title's body
    assert draft.metadata.signed_date == "2019-11-15"
    assert draft.metadata.enclosed_title == "驻马店市推进产业集聚区高质量快速发展行动方案"
    assert draft.text[draft.body[0]:].startswith("驻马店市推进产业集聚区高质量快速发展\n")


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "一、", "附件:", "各单位:", "2018年1月1日", "《》的通知", "国办发〔2018〕", "令第1号", "关于" * 300 + "的通知"],
)
def test_odd_texts_never_raise_and_keep_the_body_in_range(text: str) -> None:
    draft = _draft(text)
    start, end = draft.body
    assert 0 <= start <= end <= len(draft.text)


def test_wrapper_with_numbered_points_of_its_own_starts_the_body_at_the_plan() -> None:
    text = (
        "江西省市场监管局印发《关于有效应对疫情促进经济稳定增长若干举措》的通知\n"
        "省药监局,各市、县(区)市场监管局:\n"
        "《关于有效应对疫情促进经济稳定增长的若干举措》已经省局局长办公会同意,现印发给你们,并就贯彻落实提出如下意见:\n"
        "一、提高站位,抓好落实。全省各级市场监管部门要把应对疫情促进经济稳定增长作为当前重要工作。\n"
        "二、加强宣传,扩大影响。\n江西省市场监督管理局\n2020年2月12日\n"
        "关于有效应对疫情促进经济稳定增长的若干举措\n一、全力支持企业复工复产\n1.优化企业登记服务。\n"
    )
    draft = _draft(text)
    assert draft.metadata.issuer == "江西省市场监督管理局"  # the signature wins over the title's short name
    assert draft.metadata.enclosed_title == "关于有效应对疫情促进经济稳定增长的若干举措"
    assert draft.text[draft.body[0]:].startswith("关于有效应对疫情促进经济稳定增长的若干举措\n一、全力支持")
