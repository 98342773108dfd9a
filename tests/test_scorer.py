"""The scorer's matching rules (docs/evaluation.md), on fragments of corpus notices.

Parsed documents are built by hand here, so these tests do not depend on how good the
parser is: they pin what counts as TP, FP and FN for each field.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from policyparse.evaluation import Counts, GoldError, load_gold, render_json, render_text, score_corpus, score_document
from policyparse.evaluation.gold import GoldDoc, GoldTarget, GoldTask
from policyparse.evaluation.score import match_multisets, score_metadata_value, score_targets
from policyparse.model import Deadline, Document, Metadata, Section, Source, Target, Task, Unit

# Real fragments: 沈阳 2018 满园扩园 task 1 and 黑龙江 2018 重点产业项目 targets.
SHENYANG_TASK = (
    "1.推行“管委会+平台公司”运营管理模式。加快实施开发区“去行政化”改革。"
    "〔牵头单位:市编委办;责任单位:各区县(市)政府、开发区管委会〕2018年6月底前,各开发区要成立平台公司。"
    "〔牵头单位:市发展改革委;责任单位:各区县(市)政府、开发区管委会〕"
)
HEILONGJIANG_GOAL = "2018-2020年,全省重点产业项目建设实现目标,即滚动谋划生成储备重点产业项目1000个以上,产业项目谋划总投资达到1万亿元以上,开工建设重点产业项目1000个以上。"
HEILONGJIANG_TASK = "2.落实各地目标任务。2018年省重点产业项目共339个,年度计划投资622.7亿元。"


def span_of(text: str, part: str, start: int = 0) -> tuple[int, int]:
    at = text.index(part, start)
    return at, at + len(part)


def make_doc(text: str = "", **fields) -> Document:
    return Document(
        parser_version="test",
        id="doc",
        source=Source(path=None, format="text", encoding="unicode", sha256="0" * 64),
        text=text,
        **fields,
    )


def unit(name: str, role: str) -> Unit:
    return Unit(name=name, canonical=name, role=role, source="bracket")


def task(tid: str, title: str, text: str, units=(), deadlines=()) -> Task:
    return Task(id=tid, title=title, text=title, span=(0, len(title)), units=list(units), deadlines=list(deadlines))


def gold_task(title: str, optional: bool = False, deadlines=(), **roles) -> GoldTask:
    units = {role: tuple(roles.get(role, ())) for role in ("lead", "responsible", "cooperating")}
    return GoldTask(title=title, units=units, deadlines=tuple(deadlines), optional=optional, has_units=True)


def gold_doc(**fields) -> GoldDoc:
    doc = GoldDoc(doc="doc", path=Path("doc.gold.yaml"), **fields)
    if doc.tasks is not None:
        doc.units_annotated = any(t.has_units for t in doc.tasks)
        doc.deadlines_annotated = any(t.deadlines is not None for t in doc.tasks)
    return doc


# -- counts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "tp, fp, fn, precision, recall, f1",
    [
        (3, 1, 0, 0.75, 1.0, 6 / 7),
        (2, 2, 2, 0.5, 0.5, 0.5),
        (0, 0, 4, 0.0, 0.0, 0.0),  # found nothing though gold has items
        (0, 3, 0, 0.0, 0.0, 0.0),  # found things though gold has none
        (0, 0, 0, 1.0, 1.0, 1.0),  # nothing to find, nothing found
        (1, 0, 3, 1.0, 0.25, 0.4),
    ],
)
def test_counts_precision_recall_f1(tp, fp, fn, precision, recall, f1):
    c = Counts(tp=tp, fp=fp, fn=fn)
    assert c.precision == pytest.approx(precision)
    assert c.recall == pytest.approx(recall)
    assert c.f1 == pytest.approx(f1)


def test_multisets_count_repeats_and_skip_optional():
    # 开发区管委会 twice in gold, once found; 推进产城融合发展 optional and found: neither way.
    counts = match_multisets(
        ["开发区管委会", "开发区管委会", "市编委办"],
        ["开发区管委会", "市编委办", "推进产城融合发展", "市财政局"],
        optional=["推进产城融合发展"],
    )
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 1)


# -- metadata ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "gold, parsed, expected",
    [
        ("沈政办发〔2018〕78号", "沈政办发〔2018〕78号", (1, 0, 0)),
        ("沈政办发〔2018〕78号", "沈政办发〔2018〕７８号", (1, 0, 0)),  # full-width digits fold
        ("沈政办发〔2018〕78号", " 沈政办发〔2018〕78号\n", (1, 0, 0)),  # whitespace removed
        ("沈政办发〔2018〕78号", None, (0, 0, 1)),
        ("沈政办发〔2018〕78号", "沈政办发〔2018〕77号", (0, 1, 1)),  # wrong value: FP and FN
        (None, "沈政办发〔2018〕78号", (0, 1, 0)),  # gold says the page has none
        (None, None, (0, 0, 0)),
        ("2018-05-31", "2018-05-31", (1, 0, 0)),
        # Recipients are a set: order does not matter, every member does.
        (["各区、县(市)人民政府", "市政府有关部门"], ["市政府有关部门", "各区、县(市)人民政府"], (1, 0, 0)),
        (["各区、县(市)人民政府", "市政府有关部门"], ["各区、县（市）人民政府", "市政府有关部门"], (1, 0, 0)),
        (["各区、县(市)人民政府", "市政府有关部门"], ["各区、县(市)人民政府"], (0, 1, 1)),
        (["各区、县(市)人民政府"], [], (0, 0, 1)),
        (None, [], (0, 0, 0)),
    ],
)
def test_metadata_value_rules(gold, parsed, expected):
    c = score_metadata_value(gold, parsed)
    assert (c.tp, c.fp, c.fn) == expected


def test_metadata_scores_only_the_keys_gold_gives():
    gold = gold_doc(metadata={"title": "沈阳市人民政府办公厅关于印发沈阳市开发区(园区)集群式项目“满园扩园”三年行动计划(2018-2020年)的通知", "doc_number": None})
    parsed = make_doc(metadata=Metadata(
        title="沈阳市人民政府办公厅关于印发沈阳市开发区（园区）集群式项目“满园扩园”三年行动计划（2018-2020年）的通知",
        issuer="沈阳市人民政府办公厅",
    ))  # fmt: skip
    report = score_document(gold, parsed)
    assert set(report.fields) == {"metadata.title", "metadata.doc_number"}  # issuer not annotated: skipped
    assert report.fields["metadata.title"].tp == 1
    assert (report.fields["metadata.doc_number"].fp, report.fields["metadata.doc_number"].fn) == (0, 0)


# -- sections and tasks ---------------------------------------------------------------


def test_sections_match_on_level_number_and_heading():
    gold = gold_doc(sections=[(1, "二", "主要任务"), (2, "(一)", "推动开发区体制机制创新"), (3, "1", "推行“管委会+平台公司”运营管理模式")])
    parsed = make_doc(sections=[
        Section(id="s1", level=1, number="二", heading="主要任务", span=(0, 1)),
        Section(id="s2", parent="s1", level=2, number="（一）", heading="推动开发区体制机制创新", span=(0, 1)),
        Section(id="s3", parent="s2", level=2, number="1", heading="推行“管委会+平台公司”运营管理模式", span=(0, 1)),  # wrong level
    ])  # fmt: skip
    c = score_document(gold, parsed).fields["sections"]
    assert (c.tp, c.fp, c.fn) == (2, 1, 1)


def test_tasks_by_title_with_optional_counted_neither_way():
    gold = gold_doc(tasks=[
        gold_task("因地制宜培育壮大重点产业"),
        gold_task("支持园区企业转型升级"),
        gold_task("推进产城融合发展", optional=True),
        gold_task("强化督导推进", optional=True),
    ])  # fmt: skip
    parsed = make_doc(tasks=[
        task("t1", "因地制宜培育壮大重点产业", ""),
        task("t2", "推进产城融合发展", ""),  # optional, found: not FP
        task("t3", "总体要求", ""),  # FP
    ])  # fmt: skip
    c = score_document(gold, parsed).fields["tasks"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)  # 支持园区企业转型升级 missed; 强化督导推进 missed but optional


# -- units ----------------------------------------------------------------------------


def test_units_are_task_role_name_triples_per_role():
    title = "推行“管委会+平台公司”运营管理模式"
    gold = gold_doc(tasks=[gold_task(title, lead=["市编委办", "市发展改革委"], responsible=["各区县(市)政府", "开发区管委会"])])
    parsed = make_doc(tasks=[task("t1", title, SHENYANG_TASK, units=[
        unit("市编委办", "lead"),
        unit("市发展改革委", "responsible"),  # wrong role: FP responsible, FN lead
        unit("各区县（市）政府", "responsible"),  # folds to the gold name
        unit("开发区管委会", "responsible"),
    ])])  # fmt: skip
    fields = score_document(gold, parsed).fields
    assert (fields["units"].tp, fields["units"].fp, fields["units"].fn) == (3, 1, 1)
    assert (fields["units.lead"].tp, fields["units.lead"].fp, fields["units.lead"].fn) == (1, 0, 1)
    assert (fields["units.responsible"].tp, fields["units.responsible"].fp, fields["units.responsible"].fn) == (2, 1, 0)
    assert (fields["units.cooperating"].tp, fields["units.cooperating"].fp, fields["units.cooperating"].fn) == (0, 0, 0)


def test_units_under_a_wrong_task_title_do_not_count():
    gold = gold_doc(tasks=[gold_task("建立完善产业项目统计监测体系", lead=["省统计局"], cooperating=["省发改委"])])
    parsed = make_doc(tasks=[task("t1", "强化产业项目目标考核", "", units=[unit("省统计局", "lead")])])
    c = score_document(gold, parsed).fields["units"]
    assert (c.tp, c.fp, c.fn) == (0, 1, 2)


def test_units_of_optional_tasks_count_neither_way():
    gold = gold_doc(tasks=[gold_task("责任分工", optional=True, lead=["区发改局"]), gold_task("加大督查力度", lead=["市政府督查室"])])
    parsed = make_doc(tasks=[
        task("t1", "责任分工", "", units=[unit("区工信局", "lead")]),
        task("t2", "加大督查力度", "", units=[unit("市政府督查室", "lead")]),
    ])  # fmt: skip
    c = score_document(gold, parsed).fields["units"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)


def test_units_by_layout_sum_over_documents_that_use_the_layout(tmp_path):
    for doc_id, layouts in (("bracketed", "[bracket]"), ("mixed", "[bracket, lines]"), ("unlabelled", "[]")):
        (tmp_path / f"{doc_id}.txt").write_text(SHENYANG_TASK, encoding="utf-8")
        (tmp_path / f"{doc_id}.gold.yaml").write_text(textwrap.dedent(f"""\
            doc: "{doc_id}"
            layouts: {layouts}
            tasks:
              - title: "推行“管委会+平台公司”运营管理模式"
                lead: ["市编委办"]
                responsible: []
                cooperating: []
            """), encoding="utf-8")  # fmt: skip

    def parser(path: Path) -> Document:
        found = [unit("市编委办", "lead")] if path.stem != "mixed" else []
        return make_doc(SHENYANG_TASK, tasks=[task("t1", "推行“管委会+平台公司”运营管理模式", SHENYANG_TASK, units=found)])

    report = score_corpus(tmp_path, parser=parser)
    bracket, lines = report.fields["units.layout.bracket"], report.fields["units.layout.lines"]
    assert (bracket.tp, bracket.fn) == (1, 1)
    assert (lines.tp, lines.fn) == (0, 1)
    assert report.fields["units"].tp == 2
    assert not any(name.startswith("units.layout.") and name.endswith(("table", "heading", "prose")) for name in report.fields)


# -- deadlines ------------------------------------------------------------------------


def test_deadlines_are_task_year_pairs_from_dated_deadlines():
    gold = gold_doc(tasks=[gold_task("开展产业优势调查", deadlines=[2018, 2019]), gold_task("强化项目包装策划", deadlines=[])])
    parsed = make_doc(tasks=[
        task("t1", "开展产业优势调查", "", deadlines=[
            Deadline(text="2018年6月底前", date="2018-06-30", span=(0, 10)),
            Deadline(text="2018年底前", date="2018-12-31", span=(0, 7)),  # same year: one pair
        ]),
        task("t2", "强化项目包装策划", "", deadlines=[
            Deadline(text="每年5月底前", date=None, recurring="yearly", span=(0, 6)),  # no date: not scored
            Deadline(text="2020年底前", date="2020-12-31", span=(0, 7)),  # FP
        ]),
    ])  # fmt: skip
    c = score_document(gold, parsed).fields["deadlines"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)


def test_fields_absent_from_gold_are_skipped():
    gold = gold_doc(sections=[(1, "一", "总体要求")])
    gold.tasks = [GoldTask(title="强化组织领导", units={r: () for r in ("lead", "responsible", "cooperating")}, deadlines=None)]
    report = score_document(gold, make_doc(tasks=[task("t1", "强化组织领导", "", units=[unit("市发改委", "lead")])]))
    assert "tasks" in report.fields
    assert "units" not in report.fields and "deadlines" not in report.fields and "targets" not in report.fields


# -- targets --------------------------------------------------------------------------


def target(gid: str, text: str, part: str, start: int = 0, **fields) -> Target:
    fields.setdefault("value", 1)
    fields.setdefault("cmp", ">=")
    return Target(id=gid, text=part, span=span_of(text, part, start), **fields)


def test_targets_match_greedily_in_order_and_check_attributes():
    text = HEILONGJIANG_GOAL + "\n" + HEILONGJIANG_TASK
    first = text.index("1000个以上")
    gold = [
        GoldTarget(task=None, text="1000个以上", value=1000, value_max=None, unit="个", cmp=">=", year=2020),
        GoldTarget(task=None, text="1万亿元以上", value=1, value_max=None, unit="万亿元", cmp=">=", year=2020),
        GoldTarget(task=None, text="1000个以上", value=1000, value_max=None, unit="个", cmp=">=", year=2020),
        GoldTarget(task="落实各地目标任务", text="339个", value=339, value_max=None, unit="个", cmp="=", year=2018),
        GoldTarget(task="落实各地目标任务", text="622.7亿元", value=622.7, value_max=None, unit="亿元", cmp="=", year=2018),
    ]
    tasks = [task("t1", "落实各地目标任务", HEILONGJIANG_TASK)]
    parsed = [
        target("g1", text, "1000个以上", value=1000, unit="个", cmp=">=", year=2020),
        target("g2", text, "1万亿元以上", value=1, unit="万亿元", cmp=">", year=2020),  # wrong cmp
        target("g3", text, "1000个以上", first + 1, value=1000, unit="个", cmp=">=", year=None),  # wrong year
        target("g4", text, "339个", value=339, unit="个", cmp="=", year=2018, task="t1"),
        target("g5", text, "2018年", value=2018, unit="年", cmp="=", task="t1"),  # FP: a year is no target
    ]
    counts, acc = score_targets(gold, parsed, tasks)
    assert (counts.tp, counts.fp, counts.fn) == (4, 1, 1)  # 622.7亿元 missed
    assert (acc["targets.cmp"].right, acc["targets.cmp"].total) == (3, 4)
    assert (acc["targets.year"].right, acc["targets.year"].total) == (3, 4)
    assert (acc["targets.value"].right, acc["targets.unit"].right) == (4, 4)
    assert (acc["targets.task"].right, acc["targets.task"].total) == (4, 4)


@pytest.mark.parametrize(
    "gold_fields, parsed_fields, check, right",
    [
        ({"value": 1, "value_max": 2, "cmp": "range"}, {"value": 1, "value_max": 2, "cmp": "range"}, "value", True),
        ({"value": 1, "value_max": 2, "cmp": "range"}, {"value": 1, "value_max": None, "cmp": "range"}, "value", False),
        ({"value": 0.3333, "value_max": None, "cmp": "="}, {"value": 1 / 3, "cmp": "="}, "value", True),
        ({"value": 2.5, "value_max": None, "cmp": ">="}, {"value": 25, "cmp": ">="}, "value", False),
        ({"value": 10, "value_max": None, "cmp": "~"}, {"value": 10, "cmp": "="}, "cmp", False),
        ({"value": 10, "value_max": None, "cmp": "~"}, {"value": 10, "cmp": "~"}, "cmp", True),
    ],
)
def test_target_value_and_cmp_checks(gold_fields, parsed_fields, check, right):
    text = "每年打造1~2个产业集群,培育10个左右龙头企业。"
    gold = [GoldTarget(task=None, text="1~2个", unit="个", year=None, **gold_fields)]
    parsed = [target("g1", text, "1~2个", unit="个", **parsed_fields)]
    _, acc = score_targets(gold, parsed, [])
    assert acc[f"targets.{check}"].right == int(right)


def test_target_task_link_compares_titles_and_nulls():
    text = HEILONGJIANG_GOAL + HEILONGJIANG_TASK
    tasks = [task("t1", "落实各地目标任务", HEILONGJIANG_TASK)]
    gold = [
        GoldTarget(task=None, text="1万亿元以上", value=1, value_max=None, unit="万亿元", cmp=">=", year=2020),
        GoldTarget(task="落实各地目标任务", text="339个", value=339, value_max=None, unit="个", cmp="=", year=2018),
    ]
    parsed = [
        target("g1", text, "1万亿元以上", value=1, unit="万亿元", task="t1"),  # should be null
        target("g2", text, "339个", value=339, unit="个", cmp="=", task="t1"),
    ]
    _, acc = score_targets(gold, parsed, tasks)
    assert (acc["targets.task"].right, acc["targets.task"].total) == (1, 2)


def test_optional_targets_count_neither_way():
    text = "投资额50亿元及以上,项目总数达到20亿元及以上。"
    gold = [
        GoldTarget(task=None, text="50亿元及以上", value=50, value_max=None, unit="亿元", cmp=">=", year=None, optional=True),
        GoldTarget(task=None, text="20亿元及以上", value=20, value_max=None, unit="亿元", cmp=">=", year=None, optional=True),
    ]
    parsed = [target("g1", text, "50亿元及以上", value=50, unit="亿元")]
    counts, acc = score_targets(gold, parsed, [])
    assert (counts.tp, counts.fp, counts.fn) == (0, 0, 0)
    assert acc["targets.cmp"].total == 0 and acc["targets.cmp"].share is None


# -- gold files -----------------------------------------------------------------------


def write_gold(tmp_path: Path, body: str, doc_id: str = "sample") -> Path:
    path = tmp_path / f"{doc_id}.gold.yaml"
    path.write_text(f'doc: "{doc_id}"\n' + textwrap.dedent(body), encoding="utf-8")
    return path


def test_gold_reads_unquoted_dates_and_numbers_as_written(tmp_path):
    gold = load_gold(write_gold(tmp_path, """\
        metadata:
          signed_date: 2025-05-20
          doc_number: null
        sections:
          - [3, 1, 推行“管委会+平台公司”运营管理模式]
        """))  # fmt: skip
    assert gold.metadata == {"signed_date": "2025-05-20", "doc_number": None}
    assert gold.sections == [(3, "1", "推行“管委会+平台公司”运营管理模式")]
    assert gold.tasks is None and gold.targets is None  # not annotated


@pytest.mark.parametrize(
    "body, message",
    [
        ("metadata:\n  titel: x\n", "metadata: unknown key 'titel'"),
        ("sections:\n  - [1, 一]\n", "sections[1]: expected [level, number, heading]"),
        ("sections:\n  - [one, 一, 总体要求]\n", "sections[1]: level must be a positive integer"),
        ('tasks:\n  - title: "强化组织领导"\n    leader: [市发改委]\n', "tasks[1] (强化组织领导): unknown key 'leader'"),
        ('tasks:\n  - title: "强化组织领导"\n    lead: 市发改委\n', "tasks[1] (强化组织领导).lead: expected a list"),
        ('tasks:\n  - title: "强化组织领导"\n    deadlines: ["2027年"]\n', "tasks[1] (强化组织领导).deadlines: expected a year"),
        ('tasks:\n  - lead: []\n', "tasks[1].title: expected a string"),
        ('targets:\n  - {task: null, text: "90%以上", value: 90, unit: "%", cmp: "≥", year: 2027}\n', "targets[1] (90%以上).cmp"),
        ('targets:\n  - {task: null, text: "90%以上", value: "九十", unit: "%", cmp: ">=", year: 2027}\n', "targets[1] (90%以上).value"),
        ('targets:\n  - {text: "90%以上", value: 90, cmp: ">=", optional: yes please}\n', "targets[1] (90%以上).optional"),
        ("layouts: [bracket, footnote]\n", "layouts: unknown layout 'footnote'"),
        ("notes: x\n", "top level: unknown key 'notes'"),
    ],
)
def test_gold_validation_names_file_and_entry(tmp_path, body, message):
    path = write_gold(tmp_path, body)
    with pytest.raises(GoldError) as info:
        load_gold(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_gold_doc_must_match_file_name(tmp_path):
    path = tmp_path / "a.gold.yaml"
    path.write_text('doc: "b"\n', encoding="utf-8")
    with pytest.raises(GoldError, match="does not match the file name 'a'"):
        load_gold(path)


@pytest.mark.parametrize("path", sorted(Path(__file__).resolve().parent.parent.joinpath("corpus").glob("*.gold.yaml")), ids=lambda p: p.name)
def test_every_corpus_gold_file_is_valid(path):
    gold = load_gold(path)
    assert gold.doc == path.name[: -len(".gold.yaml")]
    assert gold.sections is not None and gold.tasks is not None  # every corpus gold annotates structure


# -- corpus and rendering -------------------------------------------------------------


def test_score_corpus_pairs_raw_files_with_gold_and_reports_failures(tmp_path):
    (tmp_path / "good.txt").write_text(SHENYANG_TASK, encoding="utf-8")
    write_gold(tmp_path, 'sections:\n  - [1, "1", "推行“管委会+平台公司”运营管理模式"]\n', "good")
    (tmp_path / "broken.html").write_text("<p>x</p>", encoding="utf-8")
    write_gold(tmp_path, 'sections:\n  - [1, "一", "总体要求"]\n', "broken")
    write_gold(tmp_path, "sections: []\n", "orphan")  # no raw file: a warning, not a score
    (tmp_path / "unannotated.txt").write_text("no gold", encoding="utf-8")

    def parser(path: Path) -> Document:
        from policyparse.errors import ParseError

        if path.stem == "broken":
            raise ParseError("cannot read it")
        return make_doc(SHENYANG_TASK, sections=[
            Section(id="s1", level=1, number="1", heading="推行“管委会+平台公司”运营管理模式", span=(0, len(SHENYANG_TASK)))
        ])  # fmt: skip

    report = score_corpus(tmp_path, parser=parser)
    assert [d.id for d in report.documents] == ["broken", "good"]
    broken = report.documents[0]
    assert broken.error == "ParseError: cannot read it" and broken.fields["sections"].fn == 1
    assert report.fields["sections"].tp == 1 and report.fields["sections"].fn == 1
    assert any("orphan" in w for w in report.warnings)

    only = score_corpus(tmp_path, doc="good", parser=parser)
    assert [d.id for d in only.documents] == ["good"] and only.f1("sections") == 1.0
    with pytest.raises(FileNotFoundError):
        score_corpus(tmp_path, doc="unannotated", parser=parser)

    data = json.loads(render_json(report))
    assert data["fields"]["sections"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "tp": 1, "fp": 0, "fn": 1}
    assert [d["id"] for d in data["documents"]] == ["broken", "good"]
    text = render_text(report)
    assert "sections" in text and "0.667" in text and "parse failed: ParseError: cannot read it" in text
