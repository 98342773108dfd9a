"""The same notice read from another format gives the same findings.

Each plain-text notice of the corpus is re-encoded in GB18030, wrapped as a DOCX (one
paragraph a line) and as a saved HTML page (one <p> a line). What a reader cares about
(sections, tasks, their units and deadlines, targets, the main metadata) must not depend
on the container: a DOCX or HTML reader that loses lines, merges paragraphs, mangles
escapes or misreads the encoding changes these findings.
"""

from __future__ import annotations

import io
import zipfile
from functools import cache
from xml.sax.saxutils import escape

import pytest
from corpus_support import CORPUS

import policyparse

TEXT_NOTICES = sorted(p.name for p in CORPUS.glob("*.txt"))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def as_docx(text: str) -> bytes:
    paragraphs = "".join(f"<w:p><w:r><w:t xml:space='preserve'>{escape(line)}</w:t></w:r></w:p>" for line in text.split("\n"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{paragraphs}</w:body></w:document>')
    return buffer.getvalue()


def as_html(text: str) -> bytes:
    paragraphs = "".join(f"<p>{escape(line)}</p>\n" for line in text.split("\n") if line.strip())
    page = f'<html><head><meta charset="gb18030"><title>t</title></head><body><div class="content">{paragraphs}</div></body></html>'
    return page.encode("gb18030")


def findings(doc: policyparse.Document) -> dict:
    """What a researcher reads from a notice, without the spans (the texts differ in blank lines)."""
    md = doc.metadata
    return {
        "metadata": (md.title, md.doc_number, md.signed_date, md.enclosed_title),
        "sections": [(s.level, s.number, s.heading) for s in doc.sections],
        "tasks": [(t.number, t.title, sorted((u.name, u.role) for u in t.units), [d.date for d in t.deadlines])
                  for t in doc.tasks],
        "targets": [(g.text, g.value, g.value_max, g.unit, g.cmp, g.year) for g in doc.targets],
    }


@cache
def reference(name: str) -> tuple[str, dict]:
    raw = (CORPUS / name).read_bytes()
    doc = policyparse.parse(raw)
    return doc.text, findings(doc)


@pytest.mark.parametrize("name", TEXT_NOTICES)
def test_gb18030_bytes_give_the_same_document(name):
    text, expected = reference(name)
    doc = policyparse.parse(text.encode("gb18030"))
    assert doc.source.encoding == "gb18030"
    assert doc.text == text
    assert findings(doc) == expected


@pytest.mark.parametrize("name", TEXT_NOTICES)
def test_docx_gives_the_same_findings(name):
    text, expected = reference(name)
    doc = policyparse.parse(as_docx(text))
    assert doc.source.format == "docx"
    assert findings(doc) == expected


@pytest.mark.parametrize("name", TEXT_NOTICES)
def test_html_page_gives_the_same_findings(name):
    text, expected = reference(name)
    doc = policyparse.parse(as_html(text))
    assert doc.source.format == "html"
    assert findings(doc) == expected


def test_the_corpus_has_plain_text_notices_with_tasks_units_and_targets():
    # Guards the tests above against passing on an empty or trivial corpus.
    assert len(TEXT_NOTICES) >= 10
    totals = [reference(n)[1] for n in TEXT_NOTICES]
    assert sum(len(f["tasks"]) for f in totals) > 200
    assert sum(len(u) for f in totals for t in f["tasks"] for u in [t[2]]) > 300
    assert sum(len(f["targets"]) for f in totals) > 50
