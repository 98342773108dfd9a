"""Where batch results go: JSONL, JSON files, SQLite, CSV or Parquet.

Every sink takes records one at a time and keeps only complete ones on disk, so that
an interrupted run can be resumed: `done_keys()` tells which (path, sha256,
parser_version) triples the output already holds. The path is part of the key so that
two inputs with the same bytes each keep their own record.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Iterable, Optional

from .batch import ErrorRecord, Record
from .model import Document
from .tables import COLUMNS, TABLES

Key = tuple[str, str, str]
FORMATS = ("jsonl", "json", "sqlite", "csv", "parquet")
DATA_TABLES = tuple(t for t in TABLES if t != "errors")


def open_sink(fmt: str, out: Path, resume: bool = False) -> "Sink":
    """Open the sink for `fmt` at `out`; without `resume`, existing output is replaced."""
    classes = {"jsonl": JsonlSink, "json": JsonDirSink, "sqlite": SqliteSink, "csv": CsvSink,
               "parquet": ParquetSink}
    return classes[fmt](Path(out), resume)


def json_key(obj: dict) -> Optional[Key]:
    """The resume key of a record read back as JSON (a Document or an ErrorRecord)."""
    if "source" in obj:
        return (obj["source"]["path"], obj["source"]["sha256"], obj["parser_version"])
    return (obj["path"], obj["sha256"], obj["parser_version"]) if obj.get("sha256") else None


def error_row(record: ErrorRecord) -> dict:
    return record.model_dump()


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

    def done_keys(self) -> set[Key]:
        return set()

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
    line, which resuming cuts off.
    """

    def __init__(self, out: Path, resume: bool) -> None:
        super().__init__(out, resume)
        out.parent.mkdir(parents=True, exist_ok=True)
        if resume and out.exists():
            _cut_torn_tail(out)
        self._fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if resume else os.O_TRUNC), 0o644)

    def done_keys(self) -> set[Key]:
        keys = set()
        with open(self.out, encoding="utf-8") as fh:
            keys = {json_key(json.loads(line)) for line in fh}
        return keys - {None}

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
    """A folder of `<id>.json` documents and `<name>.error.json` error records, each written atomically."""

    def __init__(self, out: Path, resume: bool) -> None:
        super().__init__(out, resume)
        if out.exists() and not resume:
            for old in out.glob("*.json"):
                old.unlink()
        out.mkdir(parents=True, exist_ok=True)

    def done_keys(self) -> set[Key]:
        keys = {json_key(json.loads(p.read_text(encoding="utf-8"))) for p in self.out.glob("*.json")}
        return keys - {None}

    def write(self, record: Record) -> None:
        name = f"{record.id}.json" if isinstance(record, Document) else f"{Path(record.path).stem}.error.json"
        _atomic_write(self.out / name, record.model_dump_json(indent=2).encode("utf-8"))


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

    def __init__(self, out: Path, resume: bool) -> None:
        super().__init__(out, resume)
        out.parent.mkdir(parents=True, exist_ok=True)
        if out.exists() and not resume:
            out.unlink()
        self.db = sqlite3.connect(out)
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.executescript(sqlite_schema())

    def done_keys(self) -> set[Key]:
        rows = self.db.execute("SELECT path, sha256, parser_version FROM documents UNION "
                               "SELECT path, sha256, parser_version FROM errors WHERE sha256 IS NOT NULL")
        return {tuple(r) for r in rows}

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

    def __init__(self, out: Path, resume: bool) -> None:
        super().__init__(out, resume)
        if out.exists() and not resume:
            shutil.rmtree(out)
        out.mkdir(parents=True, exist_ok=True)
        if resume:
            self._compact()
        self._files = {}
        self._writers = {}
        for table, cols in COLUMNS.items():
            path = out / f"{table}.csv"
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

    def _compact(self) -> None:
        complete = {row["id"] for row in self._read("documents")}
        for table in DATA_TABLES[1:]:
            rows = self._read(table)
            kept = [r for r in rows if r["document_id"] in complete]
            if len(kept) != len(rows):
                self._rewrite(table, kept)

    def _rewrite(self, table: str, rows: Iterable[dict]) -> None:
        buf_path = self.out / f"{table}.csv.tmp"
        with open(buf_path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=[c for c, _ in COLUMNS[table]])
            writer.writeheader()
            writer.writerows(rows)
        os.replace(buf_path, self.out / f"{table}.csv")

    def done_keys(self) -> set[Key]:
        return {(r["path"], r["sha256"], r["parser_version"]) for t in ("documents", "errors")
                for r in self._read_open(t) if r.get("sha256")}

    def _read_open(self, table: str) -> list[dict]:
        self._files[table].flush()
        with open(self.out / f"{table}.csv", encoding="utf-8-sig", newline="") as fh:
            return list(csv.DictReader(fh))

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

    def done_keys(self) -> set[Key]:
        import pyarrow.parquet as pq

        keys = set()
        for table in ("documents", "errors"):
            for part in sorted((self.out / table).glob("part-*.parquet")):
                cols = pq.read_table(part, columns=["path", "sha256", "parser_version"]).to_pydict()
                keys.update((p, s, v) for p, s, v in zip(cols["path"], cols["sha256"], cols["parser_version"]) if s)
        return keys

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
