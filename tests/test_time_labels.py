"""One vocabulary of time-limit labels (data/time_labels.txt) and one date-line reader
(policyparse.text.dates), shared by deadlines, targets, units and sections/metadata."""

from __future__ import annotations

import pytest

from policyparse.stages import deadlines
from policyparse.stages.sections import _trim_signature
from policyparse.text.dates import date_line, line_date, time_labels, time_words
from policyparse.units import vocab as unit_vocab


def test_unit_stop_labels_are_the_time_labels():
    """unit_labels.tsv repeats the whole time labels as `stop` rows: the two lists agree."""
    stops = {label for label, role in unit_vocab.role_labels().items() if role == "stop"}
    assert {label for label in stops if time_words().search(label)} == set(time_labels())


def test_every_time_label_holds_a_head_word():
    """A header cell spelled as a whole label is also caught by the head-word test."""
    assert all(time_words().search(label) for label in time_labels())


@pytest.mark.parametrize(
    "text, expected",
    [
        # A bare year is no by-date; after a time-limit label it is.
        ("进度安排:2020年", [("2020年", "2020-12-31")]),
        ("工作安排:2020年", []),
        # A labelled month and day with no year: the notice's own year.
        ("办结时限:11月30日", [("11月30日", "2021-11-30")]),
        # A date in figures counts only after a label (or alone in a table cell).
        ("截止时间:2023.12", [("2023.12", "2023-12-31")]),
        ("版本号2023.12", []),
    ],
)
def test_time_labels_make_dates_deadlines(text, expected):
    found = [(m.text, m.date) for m in deadlines.scan(text, ref_year=2021)]
    assert found == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("2023年5月10日", "2023-05-10"),
        (" 2023 年 5 月 10 日 ", "2023-05-10"),
        ("二〇二三年五月十日", "2023-05-10"),
        ("二○二三年十二月三十一日", "2023-12-31"),
        ("2023年5月10日印发", "2023-05-10"),
        ("2023年5月10日(此件公开发布)", "2023-05-10"),
        ("(2023年5月10日)", "2023-05-10"),
        ("2023年2月30日", None),  # no such day
        ("2023年5月10日召开会议", None),
        ("市人民政府办公室2023年5月10日", None),  # signed on the date's line: see line_date
    ],
)
def test_date_line(line, expected):
    assert date_line(line) == expected


def test_line_date_keeps_what_stands_before_the_date():
    assert line_date("市人民政府办公室 2023年5月10日") == ("市人民政府办公室", "2023-05-10")
    assert line_date("于2023年5月10日召开") is None


def test_signature_with_a_note_on_the_date_line_is_trimmed():
    """Issuer line, then the date with its (此件公开发布) note on the same line: both go."""
    text = "(三)加强督查。\n各地要按月报送进展。\n市人民政府办公室\n2023年5月10日(此件公开发布)"
    end = _trim_signature(text, 0, len(text), closing=True)
    assert text[:end] == "(三)加强督查。\n各地要按月报送进展。"
