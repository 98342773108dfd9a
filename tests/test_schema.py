"""The committed JSON Schema matches the models, and every corpus document validates against it."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jsonschema
import pytest

import policyparse
from policyparse import schema
from policyparse.model import Unit

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


# Items share one set of "fields given" per distinct content (memory: see model.py); the
# sharing must not leak one item's later assignment into another's exclude_unset.


def _unit(**extra):
    return Unit(name="市财政局", canonical="市财政局", role="lead", source="bracket", **extra)


def test_items_given_the_same_fields_share_one_field_set():
    a, b = _unit(span=(0, 4)), _unit(span=(9, 13))
    assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__
    assert _unit().__pydantic_fields_set__ is not a.__pydantic_fields_set__


def test_assigning_an_unset_field_changes_only_that_item():
    a, b = _unit(), _unit()
    a.kind = "department"
    assert a.model_dump(exclude_unset=True)["kind"] == "department"
    assert "kind" not in b.model_dump(exclude_unset=True)
    assert "kind" not in _unit().model_dump(exclude_unset=True)
    assert a.model_dump(exclude_unset=True).keys() == {"name", "canonical", "role", "source", "kind"}


# Each item's values sit in a dict that shares its key table with the other items of its model
# (memory: see model._values_template); it must still behave as pydantic's own dict.


def test_an_items_values_share_one_key_table_and_take_less_room():
    import sys

    a = _unit(span=(0, 4))
    assert list(a.__dict__) == list(Unit.model_fields)
    assert sys.getsizeof(a.__dict__) < sys.getsizeof(dict(a.__dict__))  # fails with pydantic's own dict
    # ... and every item of a parsed notice still has one after the stages assigned its fields
    doc = policyparse.parse_file(ROOT / "corpus" / "guowang-shaanxi-shuzihua-anquan-guankong-2021.txt")
    tasks = doc.tasks
    items = [doc, doc.metadata, *doc.sections, *tasks, *doc.targets, *(u for t in tasks for u in t.units), *(d for t in tasks for d in t.deadlines)]
    assert all(sys.getsizeof(item.__dict__) < sys.getsizeof(dict(item.__dict__)) for item in items)


def test_items_with_shared_key_tables_compare_copy_pickle_and_assign_as_before():
    import copy
    import pickle

    a, b = _unit(span=(0, 4)), _unit(span=(0, 4))
    assert a == b and a.model_dump() == b.model_dump()
    b.kind = "department"
    assert a != b and a.kind is None and b.kind == "department"
    assert pickle.loads(pickle.dumps(b)) == b
    assert copy.deepcopy(b) == b and b.model_copy(update={"role": "cooperating"}).role == "cooperating" and b.role == "lead"
    assert Unit.model_validate_json(b.model_dump_json()) == b
    assert a.model_dump_json() == '{"name":"市财政局","canonical":"市财政局","role":"lead","label":null,"source":"bracket","kind":null,"span":[0,4]}'
