"""Write the JSON Schema of the output contract: `python -m policyparse.schema [DIR]`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .model import Document

SCHEMA_FILE = "document.schema.json"


def document_schema() -> dict:
    schema = Document.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://policyparse.invalid/schemas/" + SCHEMA_FILE
    return schema


def render() -> str:
    return json.dumps(document_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else Path(__file__).resolve().parent.parent / "schemas"
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / SCHEMA_FILE).write_text(render(), encoding="utf-8")
    print(out_dir / SCHEMA_FILE)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
