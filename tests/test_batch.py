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
        rows = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.json"))]
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


# Every suffix parse_file reads is found in a folder; other files are named in the summary,
# never dropped without a word.


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
    assert [p.name for p in found] == ["notice.shtml", "notice2.HTM"]
    assert [p.name for p in left_out] == ["old.doc", "scan.pdf"]


def test_batch_summary_names_the_files_it_left_out(tmp_path):
    from policyparse.convert import convert

    folder = tmp_path / "in"
    folder.mkdir()
    _saved_pages(folder)
    summary = convert([str(folder)], tmp_path / "out.jsonl", jobs=1, progress=False)
    assert (summary.inputs, summary.parsed, summary.failed) == (2, 2, 0)
    assert summary.line().endswith("; 2 files of other types left out (old.doc, scan.pdf)")
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["source"]["format"] for r in records] == ["html", "html"]


def test_parse_command_reads_a_folder_of_shtml_pages(tmp_path):
    _saved_pages(tmp_path)
    done = run_cli("parse", str(tmp_path), "-o", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["notice.json", "notice2.json"]


def test_a_link_to_nothing_in_a_folder_gets_an_error_record_not_lost(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted-since.txt")
    (tmp_path / "gone.pdf").symlink_to(tmp_path / "elsewhere.pdf")  # not a notice's suffix: left out as before
    found = discover([str(tmp_path)])
    assert [p.name for p in found] == ["gone.txt"]
    [record] = list(parse_many(found, jobs=1))
    assert record.error_type == "FileNotFoundError"
