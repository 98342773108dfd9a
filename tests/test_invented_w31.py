"""Helper W31's invented notices (tests/invented/w31-*): the shapes they pin, as made-up
fragments, and a floor on the scores of the notices themselves.

The two notices are written from scratch (invented places and bodies): a city 人大常委会
关于加强饮用水水源保护的决定 adopted at a session (its date in the bracketed 通过 line), ten rule
paragraphs 一、…十、 with the duties of 市人民政府 / 各区县人民政府 / departments in prose, targets to
2027 and 本决定自…起施行; and a provincial 办公厅 通知 whose work is enumerated inline inside long
paragraphs (`具体包括:1.…(省X厅负责);2.…(省Y厅牵头,省Z厅配合);3.…。` and `一是…;二是…;三是…`, a
bracket of units after each clause, deadlines inline).

First run: units 0.971 (responsible R 0.889: `A、B按照各自职责,负责…` lost both units), signed_date
0.667 (the 决定's adoption date in its 通过 line is not read), targets 0.966 (P 0.933: the preface's
`预计达42.6万人`, a forecast of graduates), the rest 1.000. Fixed (units/prose.py): a list whose
manner of duty ends its clause before the comma of a bare 负责 (`A、B按照各自职责,负责…`) is that
负责's subject, as `X要…,负责…` already was. Left: the adoption date (metadata is not this helper's
code) and the forecast (`预计` also opens planned investments, which are targets). Final: units
1.000, signed_date 0.667, targets 0.966, the rest 1.000.
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors

FLOORS = floors({})  # signed_date 0.65 before the lead's adoption-date fix below; targets 0.95 before F17's forecast rule
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)


def _units(text: str) -> set[tuple[str, str]]:
    return {(u.name, u.role) for t in policyparse.parse(text).tasks for u in t.units}


def test_a_list_whose_manner_phrase_a_comma_parts_from_its_duty_is_responsible():
    text = (
        "南湖市人民代表大会常务委员会关于加强河道管理的决定\n"
        "一、市水利局牵头,市城管局配合,建立河道巡查制度。\n"
        "二、市交通运输局、市公安局按照各自职责,负责跨河桥梁的安全管理。\n"
    )
    units = _units(text)
    assert ("市交通运输局", "responsible") in units and ("市公安局", "responsible") in units


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w31-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)


def test_a_decisions_adoption_line_dates_it():
    # the lead's fix after W31: a 决定 or 条例 has no signature; its date of adoption stands in brackets
    # under its title, which now gives signed_date where no signing date is found
    text = ("西湾市人民代表大会常务委员会关于加强河道管理的决定\n"
            "(2024年9月27日西湾市第十六届人民代表大会常务委员会第十四次会议通过)\n\n"
            "一、市人民政府负责全市河道管理工作。\n二、本决定自2024年11月1日起施行。\n")
    assert policyparse.parse(text).metadata.signed_date == "2024-09-27"
    notice = "西湾市人民政府关于加强河道管理的通知\n各区人民政府:\n一、加强管理。\n西湾市人民政府\n2024年9月27日\n"
    assert policyparse.parse(notice).metadata.signed_date == "2024-09-27"  # a signed notice as before

