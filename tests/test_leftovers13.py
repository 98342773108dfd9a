"""Helper F20's review leftovers: 会同 as a verb (A牵头,会同B负责: B is A's partner) against 会同 the county
(会同县人民政府, 会同县财政局) that opens a list item.

会同 is no verb where nothing before it could be its subject: after 、 (another item of the list), after 由,
or opening a list, a sentence or a clause; there the unit after it is a county's or city's (会同县…) and keeps
its place name. After a comma or a verb the clause before holds the subject, and 会同 stays the verb.
Every fragment is made up (洪江市 and invented bodies); each fixed case failed before its fix (the county's
unit was read as 县人民政府 or dropped), the guards beside them show the verb readings that must not change.
"""

from __future__ import annotations

import pytest

from fragments import only_task

L, R, C = "lead", "responsible", "cooperating"

COUNTY_CASES = [
    # after 、: an item of the list, no verb (before: 县人民政府)
    ("(一)整治河道。洪江市人民政府、会同县人民政府负责。\n", [("会同县人民政府", R), ("洪江市人民政府", R)]),
    ("(一)整治河道。洪江市人民政府、会同县人民政府按职责分工负责。\n", [("会同县人民政府", R), ("洪江市人民政府", R)]),
    # opening the sentence, nothing before it to join (before: 县人民政府 / 县交通局 as the lead)
    ("(一)整治河道。会同县人民政府、洪江市人民政府负责。\n", [("会同县人民政府", R), ("洪江市人民政府", R)]),
    ("(一)整治河道。会同县人民政府牵头,县水利局配合。\n", [("会同县人民政府", L), ("县水利局", C)]),
    ("(一)整治河道。会同县交通局牵头,县财政局配合。\n", [("会同县交通局", L), ("县财政局", C)]),
    # after 由, which takes a noun (before: 县人民政府)
    ("(一)整治河道。由会同县人民政府负责。\n", [("会同县人民政府", R)]),
    # opening a bracket's list
    ("(一)整治河道,完成清淤任务(会同县人民政府牵头,县水利局配合)。\n", [("会同县人民政府", L), ("县水利局", C)]),
]

VERB_CASES = [
    # guards: a subject stands before 会同 (a clause before the comma, or the sentence's subject and a verb)
    ("(一)整治河道。县交通局牵头,会同县财政局负责。\n", [("县交通局", L), ("县财政局", R)]),
    ("(一)整治河道。县交通局牵头,会同县财政局、县水利局负责。\n", [("县交通局", L), ("县水利局", R), ("县财政局", R)]),
    ("(一)整治河道,完成清淤任务(县交通局牵头,会同县财政局负责)。\n", [("县交通局", L), ("县财政局", R)]),
    ("(一)整治河道。县交通局会同县财政局负责。\n", [("县交通局", R), ("县财政局", R)]),
    ("(一)整治河道。县交通局要会同县财政局负责资金保障。\n", [("县交通局", R), ("县财政局", R)]),
    ("(一)整治河道。市交通局会同县人民政府负责。\n", [("县人民政府", R), ("市交通局", R)]),
    # no level after 会同: the verb, whatever stands before it
    ("(一)整治河道。会同有关部门负责。\n", [("有关部门", R)]),
]


@pytest.mark.parametrize("text, units", COUNTY_CASES)
def test_huitong_county_opening_an_item_is_a_place(text, units):
    assert only_task(text) == sorted(units)


@pytest.mark.parametrize("text, units", VERB_CASES)
def test_huitong_after_a_subject_stays_the_verb(text, units):
    assert only_task(text) == sorted(units)


def test_huitong_county_in_a_labelled_list():
    # a label's list names no subject before its first item (before: 县人民政府)
    assert only_task("(一)整治河道。责任单位:会同县人民政府、洪江市人民政府。\n") == [
        ("会同县人民政府", R), ("洪江市人民政府", R)]
