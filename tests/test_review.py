"""The review page: every item of the JSON has its element, at its place in the text."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html as lxml_html

import policyparse
import policyparse.batch
from policyparse.review import render

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
NOTICE = CORPUS / "suihua-kaifaqu-manyuan-gongcheng-2025.txt"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def text_offsets(container) -> tuple[str, dict[str, tuple[int, int, str]]]:
    """The container's text without `.chrome` elements, and each data-id element's (start, end, text) in it."""
    out: list[str] = []
    found: dict[str, tuple[int, int, str]] = {}

    def walk(el) -> None:
        if "chrome" in (el.get("class") or "").split():
            if el.tail:
                out.append(el.tail)
            return
        start = sum(map(len, out))
        if el.text:
            out.append(el.text)
        for child in el:
            walk(child)
        if el.get("data-id"):
            end = sum(map(len, out))
            found[el.get("data-id")] = (start, end, "".join(out)[start:end])
        if el.tail:
            out.append(el.tail)

    walk(container)
    # The container's own tail is outside it.
    text = "".join(out)
    if container.tail:
        text = text[: len(text) - len(container.tail)]
    return text, found


def check_page(page_html: str, doc) -> None:
    tree = lxml_html.fromstring(page_html)
    container = tree.get_element_by_id("text")
    text, found = text_offsets(container)
    assert text == doc.text, "the page must show the normalised text exactly, highlights only wrapping it"
    for task in doc.tasks:
        assert task.id in found, f"task {task.id} has no element"
        start, end, shown = found[task.id]
        assert (start, end) == tuple(task.span) and shown == task.text
        block = container.xpath(f'.//*[@data-id="{task.id}"]')[0]
        chips = block.xpath('./div[contains(@class, "chips")]/span[contains(@class, "chip")]')
        assert [(c.text, c.get("data-role")) for c in chips] == [(u.name, u.role) for u in task.units]
        for i, unit in enumerate(task.units):
            if unit.span:
                assert found[f"{task.id}.u{i}"][:2] == tuple(unit.span)
    for target in doc.targets:
        assert target.id in found, f"target {target.id} has no element"
        start, end, shown = found[target.id]
        assert (start, end) == tuple(target.span) and shown == target.text
    side_ids = tree.xpath('//aside//tr[@data-id]/@data-id')
    assert side_ids == [t.id for t in doc.targets]


@pytest.fixture(scope="module")
def doc():
    return policyparse.parse_file(NOTICE)


def test_page_places_every_task_unit_and_target_by_its_span(doc):
    assert doc.tasks and doc.targets and any(t.units for t in doc.tasks), "needs a notice with all layers"
    check_page(render(doc), doc)


def test_page_is_self_contained(doc):
    page = render(doc)
    tree = lxml_html.fromstring(page)
    assert not tree.xpath("//script[@src] | //link[@href] | //img[@src] | //iframe")
    assert not [u for u in tree.xpath("//@href") if not u.startswith("#")]


def test_script_in_a_notice_is_shown_as_text():
    notice = "关于做好<script>alert(1)</script>工作的通知\n一、主要任务\n(一)加强领导。<b>粗体</b>由市财政局牵头。\n"
    doc = policyparse.parse(notice)
    page = render(doc)
    tree = lxml_html.fromstring(page)
    assert len(tree.xpath("//script")) == 1  # ours only
    assert not tree.xpath("//main//b")
    assert "<script>alert(1)</script>" in tree.get_element_by_id("text").text_content()
    check_page(page, doc)


def test_show_command_with_gold_marks_three_kinds(tmp_path):
    gold = NOTICE.with_name(NOTICE.stem + ".gold.yaml")
    out = tmp_path / "page.html"
    result = subprocess.run([sys.executable, "-m", "policyparse.cli", "show", str(NOTICE), "-o", str(out),
                             "--gold", str(gold)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    tree = lxml_html.fromstring(out.read_text(encoding="utf-8"))
    summary = tree.xpath('//table[contains(@class, "gold-summary")]')
    assert summary, "a gold comparison shows its counts at the top"
    rows = {tr[0].text: [int(td.text) for td in tr[1:]] for tr in summary[0].xpath("./tr[td]")}
    assert set(rows) >= {"tasks", "units", "targets"}
    assert rows["tasks"][0] > 0  # some tasks found by both
    marked = tree.xpath('//*[contains(@class, "gold-match")]')
    assert marked


def test_show_directory_writes_index_sorted_worst_first(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("suihua-kaifaqu-manyuan-gongcheng-2025", "wuwei-liangzhou-kaifaqu-jianshe-2017"):
        shutil.copy(CORPUS / f"{name}.txt", src)
        shutil.copy(CORPUS / f"{name}.gold.yaml", src)
    out = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", "policyparse.cli", "show", str(src), "-o", str(out)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    index = lxml_html.fromstring((out / "index.html").read_text(encoding="utf-8"))
    rows = index.xpath("//tbody/tr")
    assert len(rows) == 2
    scores = [float(r.get("data-score")) for r in rows]
    assert scores == sorted(scores)
    for href in index.xpath("//tbody//a/@href"):
        assert (out / href).exists()


@pytest.mark.skipif(CHROMIUM is None, reason="no headless Chromium installed (Debian package 'chromium'); "
                                              ".ci/run installs it")
def test_page_in_headless_chromium(doc, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(render(doc), encoding="utf-8")
    profile = tmp_path / "profile"
    dom = subprocess.run([CHROMIUM, *CHROME_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    check_page(dom.stdout, doc)  # the DOM as the browser built it
    shot = tmp_path / "shot.png"
    subprocess.run([CHROMIUM, *CHROME_FLAGS, f"--user-data-dir={profile}", f"--screenshot={shot}",
                    "--window-size=1400,1800", page.as_uri()], capture_output=True, timeout=120)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000  # a rendered page, not a blank


def test_show_writes_a_marked_page_that_parse_and_batch_then_skip(tmp_path):
    src = tmp_path / "sh"
    src.mkdir()
    html = next(p for p in sorted(CORPUS.iterdir()) if p.suffix == ".html")
    shutil.copy(html, src / "x.html")
    shutil.copy(NOTICE, src / "y.txt")
    for name in ("x.html", "y.txt"):
        shown = subprocess.run([sys.executable, "-m", "policyparse.cli", "show", str(src / name)],
                               capture_output=True, text=True, timeout=120)
        assert shown.returncode == 0, shown.stderr
    assert sorted(p.name for p in src.iterdir()) == ["x.html", "x.review.html", "y.review.html", "y.txt"]
    assert '<meta name="generator" content="policyparse-review">' in (src / "x.review.html").read_text(encoding="utf-8")
    parsed = subprocess.run([sys.executable, "-m", "policyparse.cli", "parse", str(src)],
                            capture_output=True, text=True, timeout=120)
    assert parsed.returncode == 0, parsed.stderr
    assert [json.loads(line)["id"] for line in parsed.stdout.splitlines()] == ["x", "y"]
    assert "x.review.html: skipped, a review page written by policyparse show" in parsed.stderr
    out = tmp_path / "b.jsonl"
    batch = subprocess.run([sys.executable, "-m", "policyparse.cli", "batch", str(src), "-o", str(out), "--jobs", "1"],
                           capture_output=True, text=True, timeout=120)
    assert batch.returncode == 0, batch.stderr
    assert "2 inputs: 2 parsed" in batch.stderr
    assert "2 review pages (written by policyparse show) left out (x.review.html, y.review.html)" in batch.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    # A page named like a notice is still recognised by its marker, not its name.
    (src / "x.review.html").rename(src / "renamed.html")
    assert [p.name for p in policyparse.batch.discover([str(src)])] == ["x.html", "y.txt"]
