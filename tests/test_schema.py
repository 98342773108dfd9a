"""The committed JSON Schema matches the models, and every corpus document validates against it."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jsonschema
import pytest

import policyparse
from policyparse import schema

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "schemas" / schema.SCHEMA_FILE
CORPUS_FILES = sorted(p for p in (ROOT / "corpus").iterdir() if p.suffix in (".txt", ".html", ".htm", ".docx"))


@cache
def validator() -> jsonschema.Draft202012Validator:
    committed = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(committed)
    return jsonschema.Draft202012Validator(committed)


def test_committed_schema_is_what_the_models_generate():
    # On failure: run `python -m policyparse.schema` and commit schemas/document.schema.json.
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema.render()


def test_schema_declares_draft_2020_12_and_forbids_unknown_fields():
    committed = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert committed["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert committed["additionalProperties"] is False
    for name in ("Metadata", "Section", "Task", "Unit", "Deadline", "Target", "Source"):
        assert committed["$defs"][name]["additionalProperties"] is False, name


def test_schema_rejects_what_the_contract_forbids():
    good = json.loads(policyparse.parse("一、总体要求\n(一)强化组织领导。成立工作专班。\n").model_dump_json())
    assert not list(validator().iter_errors(good))
    for broken in (
        {**good, "extra_field": 1},
        {**good, "metadata": {**good["metadata"], "recipients": "各县(市、区)人民政府"}},
        {**good, "source": {**good["source"], "format": "pdf"}},
        {k: v for k, v in good.items() if k != "text"},
    ):
        assert list(validator().iter_errors(broken)), broken


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_every_corpus_document_validates(path):
    doc = json.loads(policyparse.parse_file(path).model_dump_json())
    errors = sorted(validator().iter_errors(doc), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    assert doc["id"] == path.name.rsplit(".", 1)[0]
