"""Where batch results go: JSONL, JSON files, SQLite, CSV or Parquet.

Every sink takes records one at a time and keeps only complete ones on disk, so that
an interrupted run can be resumed: `index()` tells, for each input path the output holds a
record of, its sha256, parser version, document id and whether it failed; `forget(paths)`
removes the records of inputs about to be parsed again, so that the output keeps one
current record per input. `read_index(fmt, out)` reads an output without changing it.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Iterable, NamedTuple, Optional

from .batch import ErrorRecord, Record
from .model import Document
from .tables import COLUMNS, TABLES

Key = tuple[str, str, str]


class Entry(NamedTuple):
    """What the output holds for one input path."""

    sha256: Optional[str]
    parser_version: str
    id: Optional[str]
    failed: bool


Index = dict[str, Entry]
FORMATS = ("jsonl", "json", "sqlite", "csv", "parquet")
DATA_TABLES = tuple(t for t in TABLES if t != "errors")


def open_sink(fmt: str, out: Path, resume: bool = False) -> "Sink":
    """Open the sink for `fmt` at `out`; without `resume`, existing output is replaced."""
    classes = {"jsonl": JsonlSink, "json": JsonDirSink, "sqlite": SqliteSink, "csv": CsvSink,
               "parquet": ParquetSink}
    return classes[fmt](Path(out), resume)


def read_index(fmt: str, out: Path) -> Index:
    """The index of an existing output, read without changing it (empty when there is none)."""
    out = Path(out)
    if fmt == "sqlite":
        if not out.is_file():
            return {}
        db = sqlite3.connect(out.absolute().as_uri() + "?mode=ro", uri=True)
        try:
            return _sqlite_index(db)
        finally:
            db.close()
    return {"jsonl": _jsonl_index, "json": _json_dir_index, "csv": _csv_index, "parquet": _parquet_index}[fmt](out)


def json_entry(obj: dict) -> tuple[str, Entry]:
    """(path, entry) of a record read back as JSON (a Document or an ErrorRecord)."""
    if "source" in obj:
        return obj["source"]["path"], Entry(obj["source"]["sha256"], obj["parser_version"], obj["id"], False)
    return obj["path"], Entry(obj.get("sha256"), obj["parser_version"], obj.get("id"), True)


def _json_lines(path: Path) -> Iterable[tuple[str, dict]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.endswith("\n"):  # a torn last line is not a record
                yield line, json.loads(line)


def _jsonl_index(out: Path) -> Index:
    if not out.is_file():
        return {}
    return dict(json_entry(obj) for _, obj in _json_lines(out))


def _json_records(out: Path) -> Iterable[tuple[Path, dict]]:
    """The records in a JSON output folder. Other .json files a user keeps there (a config, a
    half-written file, another tool's output) are none of ours: never read as records, never deleted."""
    if not out.is_dir():
        return
    for path in sorted(out.rglob("*.json")):
        try:
            obj = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        if isinstance(obj, dict) and "parser_version" in obj and ("source" in obj or "path" in obj):
            yield path, obj


def _json_dir_index(out: Path) -> Index:
    return dict(json_entry(obj) for _, obj in _json_records(out))


def _sqlite_index(db: sqlite3.Connection) -> Index:
    index = {r[0]: Entry(r[1], r[2], None, True)
             for r in db.execute("SELECT path, sha256, parser_version FROM errors")}
    index.update({r[0]: Entry(r[1], r[2], r[3], False)
                  for r in db.execute("SELECT path, sha256, parser_version, id FROM documents")})
    return index


def _csv_rows(out: Path, table: str) -> list[dict]:
    path = out / f"{table}.csv"
    if not path.is_file():
        return []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _csv_index(out: Path) -> Index:
    index = {r["path"]: Entry(r["sha256"] or None, r["parser_version"], None, True) for r in _csv_rows(out, "errors")}
    index.update({r["path"]: Entry(r["sha256"] or None, r["parser_version"], r["id"], False)
                  for r in _csv_rows(out, "documents")})
    return index


def _parquet_index(out: Path) -> Index:
    import pyarrow.parquet as pq

    index: Index = {}
    for table in ("errors", "documents"):
        columns = ["path", "sha256", "parser_version"] + (["id"] if table == "documents" else [])
        for part in sorted((out / table).glob("part-*.parquet")):
            cols = pq.read_table(part, columns=columns).to_pydict()
            ids = cols.get("id", [None] * len(cols["path"]))
            for p, s, v, i in zip(cols["path"], cols["sha256"], cols["parser_version"], ids):
                index[p] = Entry(s, v, i, table == "errors")
    return index


def error_row(record: ErrorRecord) -> dict:
    row = record.model_dump()
    return {c: row[c] for c, _ in COLUMNS["errors"]}


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class Sink:
    """Base: subclasses write records; `done_keys` reads back what is complete."""

    def __init__(self, out: Path, resume: bool) -> None:
        self.out = out
        self.resume = resume

    fmt = ""

    def index(self) -> Index:
        """path -> what the output holds for it (documents and error records)."""
        return read_index(self.fmt, self.out)

    def done_keys(self) -> set[Key]:
        """(path, sha256, parser_version) of every record with a sha256."""
        return {(p, e.sha256, e.parser_version) for p, e in self.index().items() if e.sha256}

    def forget(self, paths: set[str]) -> None:
        """Remove every record of these input paths (they are about to be parsed again)."""
        raise NotImplementedError

    def write(self, record: Record) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> "Sink":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class JsonlSink(Sink):
    """One JSON object a line: a Document, or an ErrorRecord (recognisable by `error_type`).

    Each line goes out in one append write, so a killed run leaves at most a torn last
    line, which resuming cuts off. Resuming first rewrites the file without the lines of
    inputs about to be parsed again, so each input has one line.
    """

    fmt = "jsonl"

    def __init__(self, out: Path, resume: bool) -> None:
        super().__init__(out, resume)
        out.parent.mkdir(parents=True, exist_ok=True)
        if resume and out.exists():
            _cut_torn_tail(out)
        self._fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if resume else os.O_TRUNC), 0o644)

    def forget(self, paths: set[str]) -> None:
        if not paths:
            return
        kept = [line for line, obj in _json_lines(self.out) if json_entry(obj)[0] not in paths]
        os.close(self._fd)
        _atomic_write(self.out, "".join(kept).encode("utf-8"))
        self._fd = os.open(self.out, os.O_WRONLY | os.O_APPEND)

    def write(self, record: Record) -> None:
        os.write(self._fd, (record.model_dump_json() + "\n").encode("utf-8"))

    def close(self) -> None:
        os.close(self._fd)


def _cut_torn_tail(path: Path) -> None:
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end != len(data):
        with open(path, "r+b") as fh:
            fh.truncate(end)


class JsonDirSink(Sink):
    """A folder of `<id>.json` documents and `<id>.error.json` error records, each written atomically.
    An id with a `/` (an input in a subfolder) is a file in the same subfolder: `a/index.json`."""

    fmt = "json"

    def __init__(self, out: Path, resume: bool) -> None:
        super().__init__(out, resume)
        if out.exists() and not resume:
            for old, _ in _json_records(out):
                old.unlink()
        out.mkdir(parents=True, exist_ok=True)

    def forget(self, paths: set[str]) -> None:
        if not paths:
            return
        for p, obj in _json_records(self.out):
            if json_entry(obj)[0] in paths:
                p.unlink()

    def write(self, record: Record) -> None:
        if isinstance(record, Document):
            name = f"{record.id}.json"
        else:
            name = f"{record.id or Path(record.path).stem}.error.json"
        target = self.out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(target, record.model_dump_json(indent=2).encode("utf-8"))


def sqlite_schema() -> str:
    """DDL for the dataset: primary keys, foreign keys, and indexes for the common joins."""
    pk = {
        "documents": "PRIMARY KEY (id)",
        "sections": "PRIMARY KEY (document_id, id), FOREIGN KEY (document_id) REFERENCES documents(id), "
                    "FOREIGN KEY (document_id, parent_id) REFERENCES sections(document_id, id)",
        "tasks": "PRIMARY KEY (document_id, id), FOREIGN KEY (document_id) REFERENCES documents(id), "
                 "FOREIGN KEY (document_id, section_id) REFERENCES sections(document_id, id)",
        "task_units": "FOREIGN KEY (document_id) REFERENCES documents(id), "
                      "FOREIGN KEY (document_id, task_id) REFERENCES tasks(document_id, id), "
                      "FOREIGN KEY (document_id, section_id) REFERENCES sections(document_id, id)",
        "targets": "PRIMARY KEY (document_id, id), FOREIGN KEY (document_id) REFERENCES documents(id), "
                   "FOREIGN KEY (document_id, task_id) REFERENCES tasks(document_id, id), "
                   "FOREIGN KEY (document_id, section_id) REFERENCES sections(document_id, id)",
        "deadlines": "PRIMARY KEY (document_id, task_id, seq), FOREIGN KEY (document_id) REFERENCES documents(id), "
                     "FOREIGN KEY (document_id, task_id) REFERENCES tasks(document_id, id)",
        "errors": "PRIMARY KEY (path)",
    }
    statements = []
    for table, cols in COLUMNS.items():
        body = ", ".join(f'"{name}" {sqltype}' for name, sqltype in cols)
        statements.append(f'CREATE TABLE IF NOT EXISTS {table} ({body}, {pk[table]});')
    for table in DATA_TABLES[1:]:
        statements.append(f"CREATE INDEX IF NOT EXISTS {table}_document ON {table}(document_id);")
    statements.append("CREATE INDEX IF NOT EXISTS task_units_canonical ON task_units(canonical);")
    statements.append("CREATE INDEX IF NOT EXISTS task_units_role ON task_units(role, canonical);")
    statements.append("CREATE INDEX IF NOT EXISTS targets_unit ON targets(unit, year);")
    statements.append("CREATE INDEX IF NOT EXISTS documents_sha ON documents(sha256, parser_version);")
    return "\n".join(statements)


class SqliteSink(Sink):
    """One SQLite file; each record is committed in its own transaction."""

    fmt = "sqlite"

    def __init__(self, out: Path, resume: bool) -> None:
        super().__init__(out, resume)
        out.parent.mkdir(parents=True, exist_ok=True)
        if out.exists() and not resume:
            out.unlink()
        self.db = sqlite3.connect(out)
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.executescript(sqlite_schema())
        for table, cols in COLUMNS.items():  # a file written before a column was added gets it
            have = {r[1] for r in self.db.execute(f"PRAGMA table_info({table})")}
            for name, sqltype in cols:
                if name not in have:
                    self.db.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {sqltype}')

    def index(self) -> Index:
        return _sqlite_index(self.db)

    def forget(self, paths: set[str]) -> None:
        with self.db:
            for path in paths:
                for (doc_id,) in self.db.execute("SELECT id FROM documents WHERE path = ?", (path,)).fetchall():
                    self._delete_document(doc_id)
                self.db.execute("DELETE FROM errors WHERE path = ?", (path,))

    def write(self, record: Record) -> None:
        with self.db:  # one transaction: a record lands whole or not at all
            if isinstance(record, ErrorRecord):
                self._insert("errors", [error_row(record)], replace=True)
                return
            self._delete_document(record.id)
            self.db.execute("DELETE FROM errors WHERE path = ?", (record.source.path,))
            for table, rows in record.to_tables().items():
                self._insert(table, rows)

    def _delete_document(self, doc_id: str) -> None:
        for table in reversed(DATA_TABLES[1:]):
            self.db.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc_id,))
        self.db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    def _insert(self, table: str, rows: list[dict], replace: bool = False) -> None:
        if not rows:
            return
        cols = [c for c, _ in COLUMNS[table]]
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        sql = f'{verb} INTO {table} ({", ".join(chr(34) + c + chr(34) for c in cols)}) VALUES ({", ".join("?" * len(cols))})'
        self.db.executemany(sql, [[row.get(c) for c in cols] for row in rows])

    def close(self) -> None:
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()


class CsvSink(Sink):
    """A folder with one UTF-8-with-BOM CSV file a table.

    A document's rows go to every table file first and to documents.csv last, so
    documents.csv lists complete documents only; resuming drops rows of any other
    document (the remains of an interrupted write) before appending.
    """

    fmt = "csv"

    def __init__(self, out: Path, resume: bool) -> None:
        super().__init__(out, resume)
        if out.exists() and not resume:
            shutil.rmtree(out)
        out.mkdir(parents=True, exist_ok=True)
        if resume:
            self._compact()
        self._open()

    def _open(self) -> None:
        self._files = {}
        self._writers = {}
        for table, cols in COLUMNS.items():
            path = self.out / f"{table}.csv"
            fresh = not path.exists() or path.stat().st_size == 0
            fh = open(path, "a", encoding="utf-8-sig" if fresh else "utf-8", newline="")
            writer = csv.DictWriter(fh, fieldnames=[c for c, _ in cols])
            if fresh:
                writer.writeheader()
            self._files[table], self._writers[table] = fh, writer

    def _read(self, table: str) -> list[dict]:
        path = self.out / f"{table}.csv"
        if not path.exists():
            return []
        _cut_torn_tail(path)
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return list(csv.DictReader(fh))

    def _compact(self, forget: frozenset = frozenset()) -> None:
        """Drop rows of incomplete documents and of the input paths in `forget`; rewrite a
        file whose header is not today's columns (a column added since it was written)."""
        documents = self._read("documents")
        dropped = {row["id"] for row in documents if row["path"] in forget}
        complete = {row["id"] for row in documents} - dropped
        for table in TABLES:
            rows = self._read(table)
            if table in ("documents", "errors"):
                kept = [r for r in rows if r["path"] not in forget]
            else:
                kept = [r for r in rows if r["document_id"] in complete]
            path = self.out / f"{table}.csv"
            header = path.read_text(encoding="utf-8-sig").split("\n", 1)[0].strip() if path.exists() else ""
            if len(kept) != len(rows) or (header and header != ",".join(c for c, _ in COLUMNS[table])):
                self._rewrite(table, kept)

    def forget(self, paths: set[str]) -> None:
        if not paths:
            return
        self.close()
        self._compact(frozenset(paths))
        self._open()

    def _rewrite(self, table: str, rows: Iterable[dict]) -> None:
        buf_path = self.out / f"{table}.csv.tmp"
        with open(buf_path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=[c for c, _ in COLUMNS[table]], extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
        os.replace(buf_path, self.out / f"{table}.csv")

    def index(self) -> Index:
        for fh in self._files.values():
            fh.flush()
        return _csv_index(self.out)

    def write(self, record: Record) -> None:
        if isinstance(record, ErrorRecord):
            self._writers["errors"].writerow(error_row(record))
            self._files["errors"].flush()
            return
        tables = record.to_tables()
        for table in DATA_TABLES[1:] + ("documents",):
            self._writers[table].writerows(tables[table])
            self._files[table].flush()

    def close(self) -> None:
        for fh in self._files.values():
            fh.close()


class ParquetSink(Sink):
    """A folder with one sub-folder a table of Parquet part files (pyarrow, optional extra).

    Rows are buffered and written `chunk` documents at a time; each part file is
    written under a temporary name and renamed, so a killed run leaves whole parts only.
    """

    chunk = 500
    fmt = "parquet"

    def __init__(self, out: Path, resume: bool) -> None:
        super().__init__(out, resume)
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise SystemExit("Parquet output needs pyarrow: pip install 'policyparse[parquet]'") from exc
        if out.exists() and not resume:
            shutil.rmtree(out)
        for table in TABLES:
            (out / table).mkdir(parents=True, exist_ok=True)
            for tmp in (out / table).glob("*.tmp"):
                tmp.unlink()
        self._buffer: dict[str, list[dict]] = {t: [] for t in TABLES}
        self._pending = 0
        self._part = max((int(p.stem.split("-")[1]) for p in (out / "documents").glob("part-*.parquet")),
                         default=-1) + 1
        self._part = max(self._part, max((int(p.stem.split("-")[1]) for p in (out / "errors").glob("part-*.parquet")),
                                         default=-1) + 1)

    def forget(self, paths: set[str]) -> None:
        """Rewrite the part files that hold rows of these inputs without them."""
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        if not paths:
            return
        gone = pa.array(sorted(paths), pa.string())
        ids = set()
        for part in (self.out / "documents").glob("part-*.parquet"):
            cols = pq.read_table(part, columns=["id", "path"]).to_pydict()
            ids.update(i for i, p in zip(cols["id"], cols["path"]) if p in paths)
        gone_ids = pa.array(sorted(ids), pa.string())
        for table in DATA_TABLES[1:] + ("documents", "errors"):
            for part in sorted((self.out / table).glob("part-*.parquet")):
                data = pq.read_table(part)
                if table in ("documents", "errors"):
                    keep = pc.invert(pc.is_in(data["path"], value_set=gone))
                else:
                    keep = pc.invert(pc.is_in(data["document_id"], value_set=gone_ids))
                kept = data.filter(keep)
                if kept.num_rows != data.num_rows:
                    tmp = part.with_name(part.name + ".tmp")
                    pq.write_table(kept, tmp)
                    os.replace(tmp, part)

    def write(self, record: Record) -> None:
        if isinstance(record, ErrorRecord):
            self._buffer["errors"].append(error_row(record))
        else:
            for table, rows in record.to_tables().items():
                self._buffer[table].extend(rows)
        self._pending += 1
        if self._pending >= self.chunk:
            self.flush()

    def write_tables(self, tables: dict[str, list[dict]]) -> None:
        """Add rows that were built elsewhere (e.g. on Dask workers)."""
        for table, rows in tables.items():
            self._buffer[table].extend(rows)
        self._pending += len(tables.get("documents", [])) + len(tables.get("errors", []))
        if self._pending >= self.chunk:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._pending:
            return
        types = {"TEXT": pa.string(), "INTEGER": pa.int64(), "REAL": pa.float64()}
        # Data tables first and documents/errors last: a part counts as done once those exist.
        for table in DATA_TABLES[1:] + ("documents", "errors"):
            schema = pa.schema([(c, types[t]) for c, t in COLUMNS[table]])
            rows = self._buffer[table]
            arrow = pa.Table.from_pylist(rows, schema=schema) if rows else schema.empty_table()
            final = self.out / table / f"part-{self._part:05d}.parquet"
            tmp = final.with_name(final.name + ".tmp")
            pq.write_table(arrow, tmp)
            os.replace(tmp, final)
        self._buffer = {t: [] for t in TABLES}
        self._pending = 0
        self._part += 1

    def close(self) -> None:
        self.flush()
