"""The `policyparse` command: exit codes, output shapes, failure messages."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from policyparse.cli import COMMANDS, main

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SUIHUA = CORPUS / "suihua-kaifaqu-manyuan-gongcheng-2025.txt"
SHENYANG = CORPUS / "shenyang-manyuan-kuoyuan-2018.txt"
NOTICE = "绥化市人民政府办公室关于印发绥化市开发区“满园工程”三年行动计划(2025—2027年)的通知\n一、总体要求\n(一)指导思想。坚持稳中求进。\n"


@pytest.fixture
def notices(tmp_path: Path) -> Path:
    """A folder with two notices, a gold file and an unrelated file."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SUIHUA, folder)
    shutil.copy(SHENYANG, folder)
    shutil.copy(CORPUS / "suihua-kaifaqu-manyuan-gongcheng-2025.gold.yaml", folder)
    (folder / "README.md").write_text("not a notice", encoding="utf-8")
    return folder


def test_subcommand_table_names_parse_and_eval():
    assert {"parse", "eval"} <= set(COMMANDS)


def test_one_file_prints_one_document(capsys):
    assert main(["parse", str(SUIHUA)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    doc = json.loads(out)
    assert doc["id"] == "suihua-kaifaqu-manyuan-gongcheng-2025"
    assert doc["source"]["path"] == str(SUIHUA)
    assert "满园工程" in doc["text"]  # UTF-8 as is, not \u escapes
    assert "满园工程" in out
    assert set(doc) >= {"schema_version", "parser_version", "metadata", "sections", "tasks", "targets", "warnings"}


def test_pretty_indents_a_single_document(capsys):
    assert main(["parse", "--pretty", str(SUIHUA)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n  \"schema_version\"")
    assert json.loads(out)["id"] == "suihua-kaifaqu-manyuan-gongcheng-2025"


@pytest.mark.parametrize("args, lines", [(["--jsonl", "SUIHUA"], 1), (["SUIHUA", "SHENYANG"], 2), (["--jsonl", "SUIHUA", "SHENYANG"], 2)])
def test_several_files_or_jsonl_print_one_document_a_line(capsys, args, lines):
    argv = ["parse"] + [str({"SUIHUA": SUIHUA, "SHENYANG": SHENYANG}.get(a, a)) for a in args]
    assert main(argv) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == lines
    assert [json.loads(line)["id"] for line in out][:1] == ["suihua-kaifaqu-manyuan-gongcheng-2025"]


def test_folder_parses_its_notice_files_only(capsys, notices):
    assert main(["parse", str(notices)]) == 0
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert ids == ["shenyang-manyuan-kuoyuan-2018", "suihua-kaifaqu-manyuan-gongcheng-2025"]  # no gold, no README


def test_output_folder_gets_one_json_per_document_and_a_summary(capsys, notices, tmp_path):
    out_dir = tmp_path / "out" / "nested"
    assert main(["parse", str(notices), "-o", str(out_dir)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    written = sorted(p.name for p in out_dir.iterdir())
    assert written == ["shenyang-manyuan-kuoyuan-2018.json", "suihua-kaifaqu-manyuan-gongcheng-2025.json"]
    doc = json.loads((out_dir / "suihua-kaifaqu-manyuan-gongcheng-2025.json").read_text(encoding="utf-8"))
    assert doc["id"] == "suihua-kaifaqu-manyuan-gongcheng-2025"
    summary = captured.err.strip().splitlines()
    assert len(summary) == 1
    assert "2 parsed, 0 failed" in summary[0]
    for word in ("sections", "tasks", "units", "targets"):
        assert word in summary[0]


def test_two_inputs_with_the_same_name_both_get_written_under_distinct_ids(capsys, tmp_path):
    """x/a.txt and y/a.txt (or a.txt and a.html) are two documents, not a failure: each gets the id
    batch would give it, the file name's stem and a hash of its path."""
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        shutil.copy(SUIHUA, tmp_path / folder / "a.txt")
    out_dir = tmp_path / "out"
    assert main(["parse", str(tmp_path / "x" / "a.txt"), str(tmp_path / "y" / "a.txt"), "-o", str(out_dir)]) == 0
    assert "2 parsed, 0 failed" in capsys.readouterr().err
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out_dir.glob("*.json"))]
    assert len(docs) == 2 and len({d["id"] for d in docs}) == 2
    assert all(d["id"].startswith("a-") and Path(out_dir / f"{d['id']}.json").exists() for d in docs)
    assert {d["source"]["path"] for d in docs} == {str(tmp_path / f / "a.txt") for f in ("x", "y")}


def test_missing_file_fails_with_its_name_and_the_others_still_parse(capsys, tmp_path):
    missing = tmp_path / "nope.txt"
    assert main(["parse", str(SUIHUA), str(missing)]) == 1
    captured = capsys.readouterr()
    assert f"policyparse: {missing}: no such file or folder" in captured.err
    assert len(captured.out.splitlines()) == 1
    assert "Traceback" not in captured.err


def test_failures_are_reported_in_argument_order(capsys, tmp_path):
    empty, missing = tmp_path / "empty.txt", tmp_path / "missing.txt"
    empty.write_bytes(b"")
    assert main(["parse", str(empty), str(missing), str(SUIHUA)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert [line.split(": ")[1] for line in err] == [str(empty), str(missing)]


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"])
def test_empty_file_fails_with_a_reason(capsys, tmp_path, content):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(content)
    assert main(["parse", str(empty)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    line = captured.err.strip()
    assert line.startswith(f"policyparse: {empty}: ")
    assert len(line) > len(f"policyparse: {empty}: ")  # a reason is given


def test_failures_are_counted_in_the_summary(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["parse", str(SUIHUA), str(empty), "-o", str(tmp_path / "out")]) == 1
    assert "1 parsed, 1 failed" in capsys.readouterr().err


def test_folder_without_notices_is_a_failure(capsys, tmp_path):
    assert main(["parse", str(tmp_path)]) == 1
    assert f"policyparse: {tmp_path}: folder holds no" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [[], ["parse"], ["parse", "--pretty", "--jsonl", str(SUIHUA)], ["frobnicate"], ["parse", "--bogus", str(SUIHUA)], ["eval"]],
)
def test_usage_errors_exit_2(capsys, argv):
    assert main(argv) == 2
    assert "error:" in capsys.readouterr().err


def test_eval_prints_a_table_and_json(capsys, notices):
    assert main(["eval", str(notices)]) == 0
    out = capsys.readouterr().out
    assert "1 documents scored" in out
    assert "sections" in out and "suihua-kaifaqu-manyuan-gongcheng-2025" in out

    assert main(["eval", str(notices), "--json", "--doc", "suihua-kaifaqu-manyuan-gongcheng-2025"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents_scored"] == 1
    assert data["fields"]["sections"]["tp"] + data["fields"]["sections"]["fn"] == 30  # the gold's 30 headings
    assert {"precision", "recall", "f1"} <= set(data["fields"]["tasks"])


def test_eval_of_unknown_doc_or_folder_fails(capsys, notices, tmp_path):
    assert main(["eval", str(notices), "--doc", "shenyang-manyuan-kuoyuan-2018"]) == 1  # no gold beside it
    assert "no gold file" in capsys.readouterr().err
    assert main(["eval", str(tmp_path / "missing")]) == 1
    assert "not a directory" in capsys.readouterr().err


def test_eval_names_an_invalid_gold_file(capsys, notices):
    gold = notices / "suihua-kaifaqu-manyuan-gongcheng-2025.gold.yaml"
    gold.write_text(gold.read_text(encoding="utf-8").replace("recipients:", "recipient:"), encoding="utf-8")
    assert main(["eval", str(notices)]) == 1
    err = capsys.readouterr().err
    assert str(gold) in err and "unknown key 'recipient'" in err


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "policyparse.cli", *args], capture_output=True, text=True, encoding="utf-8", env=env, cwd=cwd)


def test_module_entry_point_exit_codes_without_tracebacks(tmp_path):
    ok = run_cli("parse", str(SUIHUA))
    assert ok.returncode == 0 and json.loads(ok.stdout)["id"] == "suihua-kaifaqu-manyuan-gongcheng-2025"
    usage = run_cli("parse")
    assert usage.returncode == 2 and "usage:" in usage.stderr
    bad = run_cli("parse", str(tmp_path / "missing.html"))
    assert bad.returncode == 1 and "Traceback" not in bad.stderr and "missing.html" in bad.stderr


def test_c_locale_output_is_still_utf8(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "LANG", "LC_ALL", "LC_CTYPE")}
    env.update(LC_ALL="C", PYTHONUTF8="0")
    done = subprocess.run([sys.executable, "-m", "policyparse.cli", "parse", str(SUIHUA)], capture_output=True, env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.decode("utf-8"))["id"] == "suihua-kaifaqu-manyuan-gongcheng-2025"


def test_output_path_that_is_a_file_fails_cleanly(capsys, tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    assert main(["parse", str(SUIHUA), "-o", str(blocker)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"policyparse: {blocker}: cannot create output folder") and "Traceback" not in err


def test_a_link_to_nothing_in_a_folder_is_reported_by_name(capsys, tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted-since.txt")
    assert main(["parse", str(tmp_path), "-o", str(tmp_path / "out")]) == 1
    assert f"{tmp_path / 'gone.txt'}: cannot read" in capsys.readouterr().err


# Review R6: output-path mistakes, small messages.

def _batch_error(capsys, *argv: str) -> str:
    assert main(["batch", *argv]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("policyparse batch: "), err
    return lines[0]


def test_batch_output_path_mistakes_are_one_line_usage_errors(capsys, tmp_path):
    (tmp_path / "o2").mkdir()
    (tmp_path / "week.sqlite").write_bytes(b"")
    (tmp_path / "afile").write_text("x")
    assert "names a folder, but --format jsonl writes one file" in _batch_error(capsys, str(SUIHUA), "-o", str(tmp_path / "o2"))
    assert "names a folder" in _batch_error(capsys, str(SUIHUA), "-o", str(tmp_path / "new") + "/")
    assert "is a file, but --format parquet writes a folder" in _batch_error(
        capsys, str(SUIHUA), "-o", str(tmp_path / "week.sqlite"), "--format", "parquet")
    assert "afile is a file" in _batch_error(capsys, str(SUIHUA), "-o", str(tmp_path / "afile" / "x.csv"), "--format", "csv")
    assert "standard output" in _batch_error(capsys, str(SUIHUA), "-o", "-")
    assert "give --format" in _batch_error(capsys, str(SUIHUA), "-o", str(tmp_path / "x.unknownext"))
    assert "--scheduler needs --engine dask" in _batch_error(capsys, str(SUIHUA), "-o", str(tmp_path / "x.jsonl"),
                                                              "--scheduler", "tcp://127.0.0.1:1")
    assert not (tmp_path / "x.unknownext").exists() and not Path("-").exists()


def test_batch_into_an_unwritable_folder_is_a_usage_error(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(os, "access", lambda path, mode: False)  # as a user without write access (root has it)
    assert "permission denied" in _batch_error(capsys, str(SUIHUA), "-o", str(tmp_path / "w.jsonl"))
    assert not (tmp_path / "w.jsonl").exists()


def test_batch_over_a_file_that_is_not_sqlite_is_a_usage_error(capsys, tmp_path):
    (tmp_path / "w.sqlite").write_text("not a database, " * 100)
    assert "w.sqlite" in _batch_error(capsys, str(SUIHUA), "-o", str(tmp_path / "w.sqlite"), "--resume")


def test_parse_of_a_folder_with_only_subfolders_says_parse_is_not_recursive(capsys, tmp_path):
    (tmp_path / "a").mkdir()
    shutil.copy(SUIHUA, tmp_path / "a")
    assert main(["parse", str(tmp_path)]) == 1
    assert "parse does not look in subfolders (batch does)" in capsys.readouterr().err


def test_eval_of_a_folder_without_gold_fails(capsys, tmp_path):
    shutil.copy(SUIHUA, tmp_path)
    assert main(["eval", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no document to score" in captured.err


@pytest.mark.parametrize("alias", ["txt", "TEXT", "Text"])
def test_parse_accepts_format_names_as_suffixes_and_in_any_case(alias):
    import policyparse

    assert policyparse.parse(NOTICE, format=alias).source.format == "text"
    assert policyparse.parse("<html><body><p>" + NOTICE + "</p></body></html>", format="HTML").source.format == "html"
