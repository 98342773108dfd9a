"""Helper W32's invented notices (tests/invented/w32-*): the shapes they pin, as made-up
fragments, and a floor on the scores of the notices themselves.

The two notices are written from scratch (invented places and bodies): a city 人民政府令 (东澜市人民政府令 /
第21号, the 常务会议 sentence, 市长 and date) publishing a 规章 in 第一章…第六章 and 25 articles, a duty list
headed by unit names ((一)市消防救援支队:负责…), prose duties (区县人民政府负责…, X应当会同Y…), time limits
of procedure (自受理之日起20日内, 5个工作日内), aims and standards (不低于30%, 到2027年底…90%以上), a grant
cap and fines; and a city government's 批复 to one district government (关于同意《…实施方案》的批复, the
请示's number wrapped, 一、原则同意… then requirements for the district and for city departments in prose
and a unit bracket, aims to 2027, an attached project list of its own rows, a wrapped 抄送 line).

First run: sections 0.983 (a heading whose line ends on a comma, its sentence going on on the next line,
was cut at the line end), every other field 1.000. The lead, on merging, kept the parser and mended the
gold: the guide ends a heading at its line end (tests/test_probe_structure.py pins it), and a line that a
wrap at no fixed width ends is a line (a PDF's hard wrap at one width is not: text.wraps). Probes of the notices laid out
again or reworded, fixed: the mayor and the date on one line lost the order's date, a flat order with no
title line above its head took the whole head as its title, and an order numbered by year (令2025年第3号,
令〔2025〕第3号) lost its number and issuer (stages/metadata.py); `A、B按照各自职责,配合做好…`
gave no units (units/prose.py), and once it did, the order's 第五条 款 after its list gave them to item (四):
a paragraph after an article's list of one-paragraph items is now the article's (stages/sections.py).
Final: all 1.000.
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors

FLOORS = floors({})
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)


def _headings(text: str) -> list[str]:
    return ["".join(s.heading.split()) for s in policyparse.parse(text).sections]


def test_an_orders_head_and_date_on_one_line_date_it():
    # a probe of the order laid out with the mayor and the date on one line (市长  王某某    2025年3月28日):
    # the date was dropped because a person, not a body, stood before it on its line
    text = ("西湾市人民政府令\n第9号\n\n《西湾市河道管理办法》已经2025年3月18日市人民政府第12次常务会议审议通过,"
            "现予公布,自2025年5月1日起施行。\n\n市长  王立新          2025年3月28日\n\n西湾市河道管理办法\n\n"
            "第一章  总则\n第一条  为了加强河道管理,制定本办法。\n第二条  市水利局负责全市河道管理工作。\n")
    meta = policyparse.parse(text).metadata
    assert meta.signed_date == "2025-03-28" and meta.issuer == "西湾市人民政府"


def test_a_flat_orders_title_is_the_rule_under_its_date():
    # a probe of the order as one flat OCR line with no title line above its head: the title ran from
    # 西湾市人民政府令第9号 through the promulgation sentence and signature to the rule's title
    text = ("西湾市人民政府令 第9号 《西湾市河道管理办法》已经2025年3月18日市人民政府第12次常务会议审议通过,"
            "现予公布,自2025年5月1日起施行。 市长 王立新 2025年3月28日 西湾市河道管理办法 第一章 总则 "
            "第一条 为了加强河道管理,保障防洪安全,改善水生态环境,根据有关法律法规,结合本市实际,制定本办法。 "
            "第二条 本市行政区域内河道的整治、利用、保护及其监督管理活动,适用本办法。 "
            "第三条 市水利局负责全市河道管理工作,区县人民政府负责本行政区域内河道的日常管理。 "
            "第四条 河道管理实行河长制,按照统一规划、综合治理、分级负责的原则开展。 "
            "第五条 本办法自2025年5月1日起施行。")
    meta = policyparse.parse(text).metadata
    assert meta.title == "西湾市河道管理办法" and meta.doc_number == "西湾市人民政府令第9号"
    assert meta.signed_date == "2025-03-28"


def test_an_order_counted_by_year_has_its_number_and_issuer():
    # a probe of the order numbered by year, as ministries' and some governments' orders are
    # (交通运输部令2021年第1号, X令〔2021〕第1号): the number and with it the issuer were lost
    head = "西湾市人民政府令\n{}\n\n《西湾市河道管理办法》已经2025年3月18日市人民政府第12次常务会议审议通过,现予公布,自2025年5月1日起施行。\n\n"
    rest = "市长  王立新\n2025年3月28日\n\n西湾市河道管理办法\n\n第一章  总则\n第一条  为了加强河道管理,制定本办法。\n"
    for serial, number in (("(2025年第3号)", "西湾市人民政府令2025年第3号"), ("〔2025〕第3号", "西湾市人民政府令〔2025〕第3号"),
                           ("第3号", "西湾市人民政府令第3号")):
        meta = policyparse.parse(head.format(serial) + rest).metadata
        assert (meta.doc_number, meta.issuer) == (number, "西湾市人民政府")


def _units(text: str) -> dict[str, set[tuple[str, str]]]:
    return {t.title: {(u.name, u.role) for u in t.units} for t in policyparse.parse(text).tasks}


def test_a_list_whose_manner_phrase_a_comma_parts_from_its_cooperation_cooperates():
    # as W31's `A、B按照各自职责,负责…` (responsible), a comma may stand between the manner and 配合
    text = ("西湾市X方案\n一、主要任务\n(一)加强协调。市公安局、市交通运输局按照各自职责,配合做好道路保障工作。\n"
            "(二)加强保障。市发展改革委、市财政局等部门按照职责分工,配合做好资金保障。\n"
            "(三)加强领导。各地要按照各自职责,配合做好相关工作。\n")
    units = _units(text)
    assert units["加强协调"] == {("市公安局", "cooperating"), ("市交通运输局", "cooperating")}
    assert units["加强保障"] == {("市发展改革委", "cooperating"), ("市财政局", "cooperating")}
    assert not units.get("加强领导")  # 各地 names no body


def test_a_paragraph_after_an_articles_list_is_the_articles_not_its_last_items():
    # the order's 第五条: (一)…(四) duty items, then a 款 of the article (…等部门按照各自职责,配合做好…);
    # its units are no part of item (四)'s (as the corpus's 政府令 gold reads 第五条's 市审计部门)
    text = ("西湾市X管理办法\n第一章 总则\n第一条 为了加强管理,制定本办法。\n"
            "第二条 有关部门按照下列分工履行职责:\n(一)市城管局:负责日常监督检查;\n"
            "(二)市市场监管局:负责产品质量监管;\n(三)市公安局:负责查处违法行为。\n"
            "市财政局、市商务局等部门按照各自职责,配合做好相关工作。\n第三条 本办法自2025年5月1日起施行。\n")
    units = _units(text)
    assert units["市公安局:负责查处违法行为"] == {("市公安局", "responsible")}
    sections = policyparse.parse(text).sections
    item = next(s for s in sections if s.heading == "市公安局")
    assert "市财政局" not in text[item.span[0] : item.span[1]]


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w32-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)
