"""A task's title that a PDF export's page end cuts holds the item's words, not the page number
and the running header between them (…和竣⏎— 2 —⏎东江市人民政府办公室文件⏎工验收). The task's span
still covers the whole item, page end included: text[start:end] is unchanged."""

from __future__ import annotations

import re

from corpus_support import INVENTED
from test_metamorphic2 import _pdf_pages, _text_notices

from policyparse import parse
from policyparse.ingest.text import unmark
from policyparse.text import wraps

HEADER = "东江市人民政府办公室文件"


def test_the_page_end_of_w30s_unit_duty_item_is_not_in_its_title():
    # tests/test_metamorphic2.py's PDF pages: W30's (四)市县农业农村部门:负责…和竣⏎— 2 —⏎X文件⏎工验收,…
    # Before: its title was …和竣— 2 —东江市人民政府办公室文件工验收,… and matched no gold title.
    text = _pdf_pages((INVENTED / "w30-minxi-nongtian-zijin-banfa-2025.txt").read_text(encoding="utf-8"))
    doc = parse(text)
    task = next(t for t in doc.tasks if t.title.startswith("市县农业农村部门"))
    assert task.title == "市县农业农村部门:负责项目的申报、组织实施和竣工验收,对项目建设质量和进度负责"
    start, end = task.span
    assert task.text == text[start:end] and "— 2 —" in task.text and HEADER in task.text
    assert not any("—" in t.title or HEADER in t.title for t in doc.tasks)


def test_no_title_of_a_text_notices_pdf_pages_holds_a_page_end():
    # Every text notice that tests/test_metamorphic2.py cuts into PDF pages (corpus and invented):
    # no task title holds the page number (— N —) or running header of a page end inside its item.
    for path, text in _text_notices():
        if text.count("\n") < 40 or wraps.width(text) is not None or unmark(text) != text:
            continue  # as test_metamorphic2's PDF pages: not flat, not wrapped already, not Markdown
        for task in parse(_pdf_pages(text)).tasks:
            assert not re.search(r"— \d+ —", task.title) and HEADER not in task.title, (path.name, task.title)
