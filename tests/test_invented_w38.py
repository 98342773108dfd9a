"""Helper W38's invented notices (tests/invented/w38-*): the shapes they pin, as made-up
fragments, and a floor on the scores of the notices themselves.

The two notices are written from scratch (invented places and bodies). A county 河长办 印发 notice of a
2025年河长制湖长制工作要点: items 1.–15. numbered across 一、二、三、, each closed by a bracket of
责任单位/牵头单位/配合单位 and a 责任人 (a person, or a post: 各乡镇〔街道〕主要负责人), one bracket naming only
河长 as people (县委书记、总河长 王某某), yearless and season dates, an attached list of river chiefs. And a
city 卫生健康委员会 通知 of an HPV vaccination campaign (title over three lines, the middle one with the
Latin acronym): a city-wide aim in prose (全市接种率达到90%以上), a TAB table of per-district targets
(区县 / 目标人群(人) / 接种率目标 / 完成时限, cells as ≥90%), 三、职责分工 by unit headings
((一)各区卫生健康局。…是…的责任主体), stages dated by their windows, 由X牵头、Y配合 in prose, two blank forms.

First run: metadata.title 0.500 (the three-line title read as its last line only: the middle line's
`HPV` made it no title half), sections 0.559 (gold wrote `1.` for the number; the corpus writes `1`),
tasks 0.981 and targets 0.950 (gold: an optional task titled by its first sentence, not its heading
line; `至少2个` where the corpus's gold keeps the adverb's verb, `至少设置2个`), the rest 1.000.
"""

from __future__ import annotations

import policyparse

from corpus_support import assert_invented_floors, floors

FLOORS = floors({})
ACCURACY_FLOORS = {"targets.cmp": 1.0, "targets.year": 1.0, "targets.value": 1.0, "targets.unit": 1.0, "targets.task": 1.0}


def test_a_title_half_may_hold_a_latin_acronym():
    text = (
        "东江市卫生健康委员会\n关于做好2025年适龄女生人乳头瘤病毒(HPV)疫苗\n免费接种工作的通知\n\n"
        "东卫疾控〔2025〕3号\n\n各区卫生健康局:\n现将有关事项通知如下:\n一、工作要求\n"
        "(一)加强组织领导。由区卫生健康局牵头、区教育局配合。\n\n东江市卫生健康委员会\n2025年4月1日\n"
    )
    assert policyparse.parse(text).metadata.title == "东江市卫生健康委员会关于做好2025年适龄女生人乳头瘤病毒(HPV)疫苗免费接种工作的通知"
    # a line of Latin letters alone (a portal's language link) is no part of the title
    page = "English\n东江市卫生健康委员会关于做好2025年疫苗接种工作的通知\n\n各区卫生健康局:\n现将有关事项通知如下:\n"
    assert policyparse.parse(page).metadata.title == "东江市卫生健康委员会关于做好2025年疫苗接种工作的通知"


def test_people_in_a_bracket_are_no_units():
    # pinned (passed on the first run): 责任人 and 河长 named as people give no unit
    text = (
        "一、压紧压实河湖长责任\n1.落实总河长令。县级总河长签发总河长令。(县委书记、总河长 王某某;县长、总河长 刘某某)\n"
        "2.严格河湖长巡查。及时交办问题。(责任单位:各乡镇人民政府、各街道办事处,责任人:各乡镇〔街道〕主要负责人)\n"
    )
    tasks = policyparse.parse(text).tasks
    assert [t.title for t in tasks] == ["落实总河长令", "严格河湖长巡查"]
    assert [u.name for u in tasks[0].units] == []
    assert [u.name for u in tasks[1].units] == ["各乡镇人民政府", "各街道办事处"]


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w38-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)
