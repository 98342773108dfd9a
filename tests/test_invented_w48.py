"""Helper W48's invented notices (tests/invented/w48-*): the shapes they pin, as made-up fragments,
and a floor on the scores of the notices themselves.

Two page kinds the set did not have, written for precision: a city 局's 答复 to a deputy's 建议
(portal page of its 建议提案办理 column: 一、工作开展情况 reporting past measures and figures,
二、下一步工作 with plans, 联系人, 签发人, 抄送 the 人大 代表工委) and a 市政府新闻办 新闻发布会 page
(发布人/主持人 lines, a 发布词 retelling the plan's aims, 记者问/答 in 【speaker】 blocks).

First run: the 答复 metadata 0.923 (doc_type), tasks 0.600 (P 0.429: the four past items of
工作开展情况 read as tasks), targets 0.429 (P 0.273: their figures read as targets), the rest 1.000;
the 发布会 page metadata 0.400 (no title, no doc_type, 发布会主题 as a recipient), tasks 0.000
(6 found, none due), targets 0.000 (3 required-free false hits), sections 1.000.
"""

from __future__ import annotations

import policyparse

from corpus_support import TARGET_CHECKS, assert_invented_floors, floors
from fragments import target_texts, task_titles

# left: 今年上半年施划…1860个 in a 发布会 answer (a past count, 今年上半年 not read as past)
FLOORS = floors({"targets": 0.857})
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)

_ANSWER = (
    "一、工作开展情况\n(一)补助资金到位。2024年共拨付补助资金300万元,办结率达到95%。\n"
    "二、下一步工作\n(一)扩大覆盖。力争到2026年覆盖率达到90%。\n(二)完善机制。年内出台管理办法。\n"
)


def test_an_answers_report_of_work_done_is_no_work_part():
    assert task_titles(_ANSWER) == ["扩大覆盖", "完善机制"]
    assert target_texts(_ANSWER) == ["90%"]


def test_an_answer_and_a_press_conference_have_their_genre():
    answer = policyparse.parse("东坪县水利局关于县八届人大三次会议第12号代表建议的答复\n\n尊敬的王某代表:\n" + _ANSWER)
    assert answer.metadata.doc_type == "答复"
    page = policyparse.parse(
        "<html><body><h1>东坪市政府新闻办举行《东坪市促进消费实施方案》新闻发布会</h1>"
        "<p>发布会主题:解读《东坪市促进消费实施方案》</p><p>时间:2025年3月2日上午10:00</p>"
        "<p>主持人:东坪市人民政府新闻办公室主任 某某</p><p>一、主要内容</p>"
        "<p>(一)扩大消费。新增网点20个以上。</p></body></html>",
        format="html",
    )
    assert page.metadata.doc_type == "新闻发布会"
    assert page.metadata.recipients == []  # 发布会主题: is no addressee
    assert page.metadata.enclosed_title is None  # the 《方案》 is explained, not enclosed
    assert page.tasks == []


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w48-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)
