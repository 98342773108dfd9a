"""Helper W39's invented notices (tests/invented/w39-*): the shapes they pin, as made-up
fragments, and a floor on the scores of the notices themselves.

Two input shapes the set did not have: a city 人民政府办公室 通知 as copied from a WeChat 公众号 forward and
saved as .txt (the account's headline, 原创 / account / 2025-06-12 09:30 北京 byline, 阅读量, 点击蓝字关注,
emoji and ✅ bullets, a ———— rule, the notice, then 来源 / 编辑, 阅读原文, 往期推荐 over ▲ titles of other
posts, 分享 收藏 在看 点赞); and a district 通知 saved as GB18030 text with CRLF line ends and full-width
digits and letters (２０２５年６月３０日前, ５０％以上, ＰＭ２．５, ＶＯＣｓ), units in brackets of three widths.

First run: metadata.title 0.500 (the ———— rule above the title was joined to it), targets 0.944
(P 0.895: 3个 of a 往期推荐 post's title, and 不少于20台 cut from 不少于20台次), the rest 1.000.
"""

from __future__ import annotations

import policyparse

from corpus_support import TARGET_CHECKS, assert_invented_floors, floors

FLOORS = floors({})
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)


def test_a_rule_line_above_the_title_is_no_part_of_it():
    text = (
        "【重要通知】东江市部署积水点整治\n东江发布 2025-06-12 09:30 北京\n\n————————\n\n"
        "东江市人民政府办公室关于开展积水点整治的通知\n东政办发〔2025〕21号\n各区人民政府:\n"
        "为提升排水防涝能力,现将有关事项通知如下:\n一、重点任务\n(一)开展排查。6月20日前完成。\n"
    )
    assert policyparse.parse(text).metadata.title == "东江市人民政府办公室关于开展积水点整治的通知"


def test_a_wechat_posts_recommended_reading_is_no_text():
    text = (
        "东江市人民政府办公室关于开展积水点整治的通知\n各区人民政府:\n现将有关事项通知如下:\n一、重点任务\n"
        "(一)开展排查。新增监测设备200套以上。\n东江市人民政府办公室\n2025年6月10日\n\n阅读原文\n\n往期推荐\n"
        "▲东江市新增3个城市口袋公园,快来打卡!\n分享 收藏 在看 点赞\n"
    )
    assert [t.text for t in policyparse.parse(text).targets] == ["200套以上"]


def test_a_count_of_inspections_by_machine_keeps_its_unit():
    text = "一、重点工作\n(一)加强机械管控。每月抽查非道路移动机械不少于20台次。\n"
    assert [(t.text, t.unit) for t in policyparse.parse(text).targets] == [("不少于20台次", "台次")]


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w39-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)
