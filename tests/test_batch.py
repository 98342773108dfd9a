"""Batch conversion: nothing lost, deterministic order, datasets that join, resumable."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

import policyparse
from policyparse.batch import ErrorRecord, discover, parse_many
from policyparse.model import Document
from policyparse.sinks import FORMATS

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
RAW = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html"))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """The corpus plus one of each kind of broken input."""
    root = tmp_path_factory.mktemp("inputs")
    for p in RAW[:6]:
        shutil.copy(p, root / p.name)
    (root / "nested").mkdir()
    shutil.copy(RAW[6], root / "nested" / RAW[6].name)
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 20)
    good_docx = root / "truncated.docx"
    with zipfile.ZipFile(good_docx, "w") as zf:
        zf.writestr("word/document.xml", "<w:document xmlns:w='x'>" + "<w:p/>" * 2000 + "</w:document>")
    good_docx.write_bytes(good_docx.read_bytes()[:300])
    (root / "notes.md").write_text("not an input suffix: ignored when a folder is walked")
    return root


EXPECTED_ERRORS = {"empty.txt": "EmptyInputError", "binary.txt": "UnsupportedFormatError",
                   "truncated.docx": "DocxError", "missing.txt": "FileNotFoundError"}


def run_cli(*args: str, stdin: str | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policyparse.cli", *args], input=stdin, capture_output=True,
                          text=True, timeout=timeout)


def test_discover_walks_folders_sorted_and_keeps_missing_paths(inputs):
    found = discover([str(inputs), str(inputs / "missing.txt")])
    names = [p.name for p in found]
    assert "notes.md" not in names
    assert RAW[6].name in names  # found inside the nested folder
    assert "missing.txt" in names
    assert [str(p) for p in found] == sorted(str(p) for p in found)


def test_discover_reads_paths_from_stdin(inputs):
    found = discover(["-"], stdin=[str(inputs / "empty.txt") + "\n", "\n", str(inputs / "binary.txt")])
    assert [p.name for p in found] == ["binary.txt", "empty.txt"]


def test_parse_many_yields_one_record_per_input_in_order(inputs):
    paths = discover([str(inputs), str(inputs / "missing.txt")])
    for jobs in (1, 2):
        records = list(parse_many(paths, jobs=jobs))
        assert len(records) == len(paths)
        for path, record in zip(paths, records):
            if path.name in EXPECTED_ERRORS:
                assert isinstance(record, ErrorRecord), path
                assert record.error_type == EXPECTED_ERRORS[path.name]
                assert record.message
                assert record.path == str(path)
            else:
                assert isinstance(record, Document), (path, record)
                assert record.source.path == str(path)


@pytest.mark.parametrize("fmt", FORMATS)
def test_batch_cli_every_format_keeps_every_input(inputs, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    result = run_cli("batch", str(inputs), str(inputs / "missing.txt"), "-o", str(out), "--format", fmt,
                     "--jobs", "2")
    assert result.returncode == 1, result.stderr  # some inputs failed
    assert "4 failed" in result.stderr
    n_inputs = len(discover([str(inputs)])) + 1
    assert f"{n_inputs} inputs" in result.stderr
    docs, errors = read_back(out, fmt)
    assert len(docs) + len(errors) == n_inputs
    assert sorted(Path(e["path"]).name for e in errors) == sorted(EXPECTED_ERRORS)
    assert all(e["error_type"] == EXPECTED_ERRORS[Path(e["path"]).name] for e in errors)


def read_back(out: Path, fmt: str) -> tuple[list[dict], list[dict]]:
    """(documents, error records) as dicts, from any output format."""
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    elif fmt == "json":
        rows = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.rglob("*.json"))]  # a/x.json for in/a/x.txt
    elif fmt == "sqlite":
        db = sqlite3.connect(out)
        db.row_factory = sqlite3.Row
        return ([dict(r) for r in db.execute("SELECT * FROM documents")],
                [dict(r) for r in db.execute("SELECT * FROM errors")])
    elif fmt == "csv":
        return tuple(list(csv.DictReader(open(out / f"{t}.csv", encoding="utf-8-sig"))) for t in ("documents", "errors"))
    else:
        import pyarrow.parquet as pq

        return tuple(pq.read_table(out / t).to_pylist() for t in ("documents", "errors"))
    return [r for r in rows if "error_type" not in r], [r for r in rows if "error_type" in r]


def test_jsonl_order_is_sorted_by_path_whatever_the_jobs(inputs, tmp_path):
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}.jsonl"
        run_cli("batch", str(inputs), "-o", str(out), "--jobs", jobs)
        lines = out.read_text(encoding="utf-8").splitlines()
        outputs.append(lines)
    assert outputs[0] == outputs[1]
    paths = [json.loads(line).get("path") or json.loads(line)["source"]["path"] for line in outputs[0]]
    assert paths == sorted(paths)


def test_sqlite_dataset_joins_and_answers_research_queries(inputs, tmp_path):
    out = tmp_path / "d.sqlite"
    run_cli("batch", str(inputs), "-o", str(out), "--format", "sqlite")
    db = sqlite3.connect(out)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    docs = {r[0]: r for r in db.execute("SELECT id, n_sections, n_tasks, n_targets FROM documents")}
    for doc_id, n_sections, n_tasks, n_targets in docs.values():
        assert db.execute("SELECT count(*) FROM sections WHERE document_id=?", (doc_id,)).fetchone()[0] == n_sections
        assert db.execute("SELECT count(*) FROM tasks WHERE document_id=?", (doc_id,)).fetchone()[0] == n_tasks
        assert db.execute("SELECT count(*) FROM targets WHERE document_id=?", (doc_id,)).fetchone()[0] == n_targets
    indexes = {r[1] for r in db.execute("SELECT * FROM sqlite_master WHERE type='index'")}
    assert {"task_units_canonical", "tasks_document"} <= indexes
    # The documented first queries run as single statements.
    db.execute("SELECT canonical, count(*) AS n FROM task_units WHERE role='lead' GROUP BY canonical "
               "ORDER BY n DESC LIMIT 10").fetchall()
    db.execute("SELECT year, value, text FROM targets WHERE unit='亩' ORDER BY year").fetchall()


def test_csv_files_start_with_a_bom_for_spreadsheets(inputs, tmp_path):
    out = tmp_path / "c"
    run_cli("batch", str(inputs), "-o", str(out), "--format", "csv")
    for table in ("documents", "sections", "tasks", "task_units", "targets", "deadlines", "errors"):
        assert (out / f"{table}.csv").read_bytes().startswith(b"\xef\xbb\xbf"), table


def test_to_tables_rows_match_the_document():
    doc = policyparse.parse_file(RAW[0])
    tables = doc.to_tables()
    assert tables["documents"][0]["id"] == doc.id
    assert [r["id"] for r in tables["sections"]] == [s.id for s in doc.sections]
    assert [r["id"] for r in tables["tasks"]] == [t.id for t in doc.tasks]
    assert len(tables["task_units"]) == sum(len(t.units) for t in doc.tasks) + sum(len(s.units) for s in doc.sections)
    assert len(tables["deadlines"]) == sum(len(t.deadlines) for t in doc.tasks)
    for row in tables["targets"]:
        assert doc.text[row["start"]:row["end"]] == row["text"]


def test_resume_after_a_killed_run_has_each_input_exactly_once(tmp_path):
    src = tmp_path / "many"
    src.mkdir()
    for i in range(150):
        shutil.copy(RAW[i % len(RAW)], src / f"{i:03d}-{RAW[i % len(RAW)].name}")
    out = tmp_path / "resume.jsonl"
    cmd = [sys.executable, "-m", "policyparse.cli", "batch", str(src), "-o", str(out), "--jobs", "1", "--quiet"]
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 10):
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    written = out.read_bytes().count(b"\n")
    assert 10 <= written < 150, "the run must be killed part-way for this test to mean anything"
    result = subprocess.run(cmd + ["--resume"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    paths = [json.loads(line)["source"]["path"] for line in lines]
    assert len(paths) == 150 and len(set(paths)) == 150
    assert "skipped" in result.stderr


def test_dask_engine_writes_the_same_parquet_dataset(inputs, tmp_path):
    import distributed  # the test extra installs dask; the runtime does not need it
    import pyarrow.parquet as pq

    from policyparse.convert import convert

    local = tmp_path / "local"
    convert([str(inputs)], local, fmt="parquet", jobs=1, progress=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        remote = tmp_path / "dask"
        summary = convert([str(inputs)], remote, fmt="parquet", engine="dask", scheduler=cluster.scheduler_address,
                          progress=False)
    assert summary.failed == 3 and summary.parsed == len(discover([str(inputs)])) - 3
    for table in ("documents", "sections", "tasks", "task_units", "targets", "deadlines", "errors"):
        assert pq.read_table(local / table).to_pylist() == pq.read_table(remote / table).to_pylist(), table


# Every suffix parse_file reads is found in a folder, and so is every document suffix we cannot
# read (.pdf, .doc …: each gets its error record); other files are named in the summary, never
# dropped without a word.


def _saved_pages(root: Path) -> None:
    html = next(p for p in RAW if p.suffix == ".html")
    shutil.copy(html, root / "notice.shtml")  # a server-side-include page saved as is
    shutil.copy(html, root / "notice2.HTM")
    (root / "scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (root / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)


def test_folders_yield_every_readable_suffix_and_name_the_rest(tmp_path):
    _saved_pages(tmp_path)
    left_out: list[Path] = []
    found = discover([str(tmp_path)], left_out=left_out)
    assert [p.name for p in found] == ["notice.shtml", "notice2.HTM", "old.doc", "scan.pdf"]
    assert left_out == []
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    discover([str(tmp_path)], left_out=left_out)
    assert [p.name for p in left_out] == ["photo.jpg"]


def test_batch_summary_names_the_files_it_left_out(tmp_path):
    from policyparse.convert import convert

    folder = tmp_path / "in"
    folder.mkdir()
    _saved_pages(folder)
    (folder / "bundle.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18)
    summary = convert([str(folder)], tmp_path / "out.jsonl", jobs=1, progress=False)
    assert (summary.inputs, summary.parsed, summary.failed) == (4, 2, 2)
    assert summary.line().endswith("; 1 files of other types left out (bundle.zip)")
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["source"]["format"] for r in records if "source" in r] == ["html", "html"]
    assert [r["error_type"] for r in records if "error_type" in r] == ["UnsupportedFormatError"] * 2


def test_parse_command_reads_a_folder_of_shtml_pages(tmp_path):
    _saved_pages(tmp_path)
    done = run_cli("parse", str(tmp_path), "-o", str(tmp_path / "out"))
    assert done.returncode == 1, done.stderr  # the .doc and the .pdf fail by name
    assert "2 parsed, 2 failed" in done.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["notice.json", "notice2.json"]


def test_a_link_to_nothing_in_a_folder_gets_an_error_record_not_lost(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted-since.txt")
    (tmp_path / "gone.pdf").symlink_to(tmp_path / "elsewhere.pdf")  # not a notice's suffix: left out as before
    found = discover([str(tmp_path)])
    assert [p.name for p in found] == ["gone.txt"]
    [record] = list(parse_many(found, jobs=1))
    assert record.error_type == "FileNotFoundError"


# The weekly user's problems (review R6): ids, --resume, documents we cannot read, warnings.

SMALL = ("绥化市人民政府办公室关于印发{name}工作方案的通知\n各县(市、区)人民政府:\n"
         "一、工作目标\n到2025年,新增项目{n}个以上。\n二、主要任务\n"
         "(一)推进项目建设。加快建设进度。(牵头单位:市发改委)\n")


def _notice(path: Path, n: int = 10, name: str = "示例") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SMALL.format(name=name, n=n), encoding="utf-8")
    return path


def _records(out: Path, fmt: str) -> tuple[list[dict], list[dict]]:
    return read_back(out, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_ids_are_paths_under_the_folder_and_resume_never_takes_another_inputs_id(tmp_path, fmt):
    from policyparse.convert import convert

    dup = tmp_path / "dup"
    _notice(dup / "a" / "index.html", 1)
    _notice(dup / "b" / "index.html", 2)
    _notice(dup / "b" / "index.txt", 3)
    out = tmp_path / f"d.{fmt}"
    convert([str(dup)], out, fmt=fmt, jobs=1, progress=False)
    docs, _ = _records(out, fmt)
    first = {Path(d["path"] if "path" in d else d["source"]["path"]).relative_to(dup).as_posix(): d["id"] for d in docs}
    assert first["a/index.html"] == "a/index"
    assert first["b/index.html"].startswith("b/index-") and first["b/index.txt"].startswith("b/index-")
    assert len(set(first.values())) == 3
    _notice(dup / "c" / "index.html", 4)
    _notice(dup / "index.txt", 5)  # the bare name of nothing before: gets "index"
    summary = convert([str(dup)], out, fmt=fmt, jobs=1, progress=False, resume=True)
    assert (summary.parsed, summary.skipped) == (2, 3)
    docs, _ = _records(out, fmt)
    ids = {Path(d["path"] if "path" in d else d["source"]["path"]).relative_to(dup).as_posix(): d["id"] for d in docs}
    assert len(docs) == 5 and len(set(ids.values())) == 5
    assert {k: ids[k] for k in first} == first  # nobody's record replaced or renamed
    assert ids["c/index.html"] == "c/index" and ids["index.txt"] == "index"


def test_resume_takes_the_output_ids_into_account_across_folders(tmp_path):
    from policyparse.convert import convert

    _notice(tmp_path / "wk1" / "000_通知.txt", 1)
    _notice(tmp_path / "wk2" / "000_通知.txt", 2)
    out = tmp_path / "all.sqlite"
    convert([str(tmp_path / "wk1")], out, fmt="sqlite", jobs=1, progress=False)
    convert([str(tmp_path / "wk2")], out, fmt="sqlite", jobs=1, progress=False, resume=True)
    rows = sqlite3.connect(out).execute("SELECT id, path FROM documents ORDER BY path").fetchall()
    assert len(rows) == 2 and rows[0][0] == "000_通知" and rows[1][0].startswith("000_通知-")


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_resume_matches_inputs_by_absolute_path_however_spelled(tmp_path, monkeypatch, fmt):
    from policyparse.convert import convert

    for i in range(3):
        _notice(tmp_path / "in" / f"n{i}.txt", i)
    out = tmp_path / f"o.{fmt}"
    monkeypatch.chdir(tmp_path)
    convert(["in"], out, fmt=fmt, jobs=1, progress=False)
    monkeypatch.chdir(tmp_path / "in")
    summary = convert([str(tmp_path / "in"), "."], out, fmt=fmt, jobs=1, progress=False, resume=True)
    assert (summary.inputs, summary.parsed, summary.skipped) == (3, 0, 3)
    docs, errors = _records(out, fmt)
    assert len(docs) == 3 and not errors


@pytest.mark.parametrize("fmt", FORMATS)
def test_resume_keeps_one_current_record_per_input(tmp_path, fmt):
    from policyparse.convert import convert

    src = tmp_path / "in"
    _notice(src / "edited.txt", 1)
    (src / "late.txt").write_bytes(b"")
    out = tmp_path / f"o.{fmt}"
    first = convert([str(src)], out, fmt=fmt, jobs=1, progress=False)
    assert (first.parsed, first.failed) == (1, 1)
    again = convert([str(src)], out, fmt=fmt, jobs=1, progress=False, resume=True)
    assert (again.parsed, again.failed, again.skipped) == (0, 1, 1)  # the failed input is tried again
    _notice(src / "edited.txt", 2, name="修改后")
    _notice(src / "late.txt", 3)
    fixed = convert([str(src)], out, fmt=fmt, jobs=1, progress=False, resume=True)
    assert (fixed.parsed, fixed.failed, fixed.skipped) == (2, 0, 0)
    docs, errors = _records(out, fmt)
    assert errors == []
    assert sorted(d["id"] for d in docs) == ["edited", "late"]
    titles = [d.get("title") or d.get("metadata", {}).get("title") for d in docs]
    assert any("修改后" in t for t in titles)


def test_resume_exit_code_counts_inputs_that_fail_again(tmp_path):
    src = tmp_path / "in"
    _notice(src / "good.txt")
    (src / "empty.txt").write_bytes(b"")
    out = tmp_path / "w.jsonl"
    assert run_cli("batch", str(src), "-o", str(out), "--jobs", "1").returncode == 1
    again = run_cli("batch", str(src), "-o", str(out), "--jobs", "1", "--resume")
    assert again.returncode == 1, again.stderr
    assert "1 failed, 1 skipped" in again.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_a_run_without_resume_says_it_replaces_the_output(tmp_path):
    import io

    from policyparse.convert import convert

    _notice(tmp_path / "in" / "a.txt")
    _notice(tmp_path / "in" / "b.txt")
    out = tmp_path / "w.sqlite"
    stream = io.StringIO()
    convert([str(tmp_path / "in")], out, fmt="sqlite", jobs=1, progress=False, stream=stream)
    assert stream.getvalue() == ""
    convert([str(tmp_path / "in" / "a.txt")], out, fmt="sqlite", jobs=1, progress=False, stream=stream)
    assert stream.getvalue().splitlines() == [
        f"policyparse batch: replacing the existing output {out} (2 documents, 0 error records); "
        "--resume adds to it instead"]


UNREADABLE = {"scan.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "old.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504,
              "wps.wps": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504,
              "sheet.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504,
              "slides.ppt": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504}


def _unreadable(folder: Path) -> None:
    for name, data in UNREADABLE.items():
        (folder / name).write_bytes(data)
    for name, member in (("form.ofd", "OFD.xml"), ("book.xlsx", "xl/workbook.xml")):
        with zipfile.ZipFile(folder / name, "w") as zf:
            zf.writestr(member, "<x/>")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)


def test_documents_we_cannot_read_get_error_records_and_fail_the_batch(tmp_path):
    src = tmp_path / "wk"
    _notice(src / "notice.txt")
    _unreadable(src)
    out = tmp_path / "wk.sqlite"
    done = run_cli("batch", str(src), "-o", str(out), "--jobs", "1")
    assert done.returncode == 1
    assert "9 inputs: 1 parsed (0 with warnings), 7 failed" not in done.stderr  # (9 would count the png)
    assert "8 inputs: 1 parsed (0 with warnings), 7 failed" in done.stderr
    assert "1 files of other types left out (photo.png)" in done.stderr
    errors = dict(sqlite3.connect(out).execute("SELECT path, error_type FROM errors").fetchall())
    assert sorted(Path(p).name for p in errors) == sorted([*UNREADABLE, "form.ofd", "book.xlsx"])
    assert set(errors.values()) == {"UnsupportedFormatError"}
    for name in [*UNREADABLE, "form.ofd", "book.xlsx"]:
        assert f"{name}: UnsupportedFormatError: input is" in done.stderr


def test_parse_of_a_folder_names_each_document_it_cannot_read(tmp_path):
    _notice(tmp_path / "notice.txt")
    _unreadable(tmp_path)
    done = run_cli("parse", str(tmp_path), "-o", str(tmp_path / "out"))
    assert done.returncode == 1
    assert "1 parsed, 7 failed" in done.stderr
    assert "old.doc: input is a legacy Office file (OLE2: .doc, .wps, .xls, .ppt), not a text, HTML or .docx " \
           "notice; save it as .docx" in done.stderr
    assert "photo.png" not in done.stderr


def test_warnings_are_counted_and_named_and_an_html_page_saved_as_txt_is_read_as_html(tmp_path):
    html = next(p for p in RAW if p.suffix == ".html")
    src = tmp_path / "w3"
    src.mkdir()
    page_bytes = (b"\xef\xbb\xbf\n  <!DOCTYPE html>\n<html><head><meta charset='utf-8'></head><body>"
                  + html.read_bytes() + b"</body></html>")
    (src / "page.TXT").write_bytes(page_bytes)
    _notice(src / "clean.txt")
    out = tmp_path / "w3.jsonl"
    done = run_cli("batch", str(src), "-o", str(out), "--jobs", "1")
    assert done.returncode == 0, done.stderr
    records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    page = records["page"]
    assert page["source"]["format"] == "html"
    assert page["warnings"][0] == "the file is named .TXT but holds an HTML page; read as HTML"
    assert len(page["tasks"]) == len(policyparse.parse(page_bytes, format="html").tasks) > 0
    assert "policyparse: page: warning: the file is named .TXT but holds an HTML page; read as HTML" in done.stderr
    assert "2 parsed (1 with warnings), 0 failed" in done.stderr


def test_tables_hold_the_task_texts(tmp_path):
    _notice(tmp_path / "in" / "a.txt")
    out = tmp_path / "t.sqlite"
    from policyparse.convert import convert

    convert([str(tmp_path / "in")], out, fmt="sqlite", jobs=1, progress=False)
    doc = policyparse.parse_file(tmp_path / "in" / "a.txt")
    rows = sqlite3.connect(out).execute("SELECT id, text FROM tasks ORDER BY id").fetchall()
    assert rows and rows == [(t.id, t.text) for t in sorted(doc.tasks, key=lambda t: t.id)]


def test_the_documented_queries_run_and_group_by_document(tmp_path):
    import re

    from policyparse.convert import convert

    _notice(tmp_path / "in" / "a.txt")
    out = tmp_path / "q.sqlite"
    convert([str(tmp_path / "in")], out, fmt="sqlite", jobs=1, progress=False)
    doc = (Path(__file__).resolve().parent.parent / "docs" / "datasets.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sql\n(.*?)```", doc, re.S)
    assert len(queries) == 3
    db = sqlite3.connect(out)
    for query in queries:
        db.execute(query).fetchall()
    assert "d.issuer" in queries[0] and "u.document_id" in queries[2]
    assert db.execute(queries[2]).fetchall()[0][3].startswith("(一)推进项目建设")


def test_a_json_output_folder_leaves_other_json_files_alone(tmp_path):
    """A folder of records may also hold files that are not ours (a config, another tool's output, a
    half-written file): --resume must not choke on them, and a fresh run must not delete them."""
    from policyparse.convert import convert

    src = tmp_path / "in"
    _notice(src / "one.txt", 1)
    out = tmp_path / "out"
    out.mkdir()
    foreign = {"settings.json": '{"lang": "zh"}', "list.json": "[1, 2]", "torn.json": '{"parser_version": "0.', "notes.json": "\u7b14\u8bb0"}
    for name, text in foreign.items():
        (out / name).write_text(text, encoding="utf-8")
    first = convert([str(src)], out, fmt="json", jobs=1, progress=False)
    _notice(src / "two.txt", 2)
    again = convert([str(src)], out, fmt="json", jobs=1, progress=False, resume=True)
    assert (first.parsed, again.parsed, again.skipped) == (1, 1, 1)
    assert {name: (out / name).read_text(encoding="utf-8") for name in foreign} == foreign
    assert sorted(p.name for p in out.glob("*.json") if p.name not in foreign) == ["one.json", "two.json"]
