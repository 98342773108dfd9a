"""Side by side: JioNLP's money and time extractors and policyparse, over the gold corpus.

    pip install -e '.[bench]'          # jionlp is a benchmark-only extra
    python benchmarks/compare_jionlp.py [corpus-dir]

For every notice with a gold file, each tool reads the same normalised text (policyparse's
`Document.text`), and the script prints, per tool, its recall on the gold targets and
deadlines and its speed in characters per second.

- Target recall: a gold target (not `optional`) counts as found when a tool returns an
  item whose span overlaps the place where the gold text stands (gold targets are located
  in document order). JioNLP's money extractor only knows amounts of money, so it can only
  ever find the 万元/亿元 targets; that is the point of the comparison.
- Deadline recall: a gold (task, year) pair counts as found when a tool returns a time
  expression inside that task's text that resolves to that year. Task spans come from
  policyparse for both tools (JioNLP has no notion of a task).
- Speed: characters of normalised text per second of wall-clock time, per tool, over the
  whole corpus, after one warm-up document (jieba / JioNLP dictionaries load once).
"""

from __future__ import annotations

import argparse
import gc
import logging
import platform
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import policyparse  # noqa: E402
from policyparse.evaluation import load_gold  # noqa: E402
from policyparse.text.normalize import fold  # noqa: E402

_YEAR = re.compile(r"(19|20)\d{2}")
_LINE = re.compile(r"[^\n]+")


def raw_file(gold_path: Path) -> Path | None:
    stem = gold_path.name[: -len(".gold.yaml")]
    for suffix in (".txt", ".html", ".htm", ".docx"):
        candidate = gold_path.with_name(stem + suffix)
        if candidate.exists():
            return candidate
    return None


def locate(text: str, needles: list[str]) -> list[tuple[int, int] | None]:
    """Where each gold target stands, searched in document order (whitespace-insensitive)."""
    squeezed, index = [], []
    for i, ch in enumerate(text):
        if not ch.isspace():
            squeezed.append(ch)
            index.append(i)
    flat = "".join(squeezed)
    spans, cursor = [], 0
    for needle in needles:
        key = fold(needle)
        at = flat.find(key, cursor)
        if at < 0:
            at = flat.find(key)
        if at < 0 or not key:
            spans.append(None)
            continue
        spans.append((index[at], index[at + len(key) - 1] + 1))
        cursor = at + 1
    return spans


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def jionlp_items(jio, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int, int]], float, float, list[str]]:
    """JioNLP money spans, time (start, end, year) and the seconds each extractor took.
    Both are run line by line: the time parser raises on some strings, which then cost one
    line, not the document."""
    money, times, errors = [], [], []
    money_seconds = time_seconds = 0.0
    base = time.time()
    for line in _LINE.finditer(text):
        offset, chunk = line.start(), line.group()
        start = time.perf_counter()
        try:
            for item in jio.ner.extract_money(chunk, with_parsing=False):
                money.append((offset + item["offset"][0], offset + item["offset"][1]))
        except Exception as exc:  # JioNLP raises bare ValueErrors on odd strings
            errors.append(f"money: {type(exc).__name__}")
        money_seconds += time.perf_counter() - start
        start = time.perf_counter()
        try:
            for item in jio.ner.extract_time(chunk, time_base=base, with_parsing=True):
                year = _item_year(item)
                if year:
                    times.append((offset + item["offset"][0], offset + item["offset"][1], year))
        except Exception as exc:
            errors.append(f"time: {type(exc).__name__}")
        time_seconds += time.perf_counter() - start
    return money, times, money_seconds, time_seconds, errors


def _item_year(item: dict) -> int | None:
    detail = item.get("detail") or {}
    if detail.get("type") == "time_period":
        return None  # 每年5月底前: recurring, no year
    bounds = detail.get("time")
    if not isinstance(bounds, list):
        return None
    for bound in reversed(bounds):
        match = _YEAR.match(str(bound))
        if match:
            return int(bound[:4])
    return None


def time_own_stages(doc) -> float:
    """Seconds the deadlines, targets and link stages alone take on a parsed document."""
    from policyparse.pipeline import Draft
    from policyparse.stages import deadlines, link, targets

    draft = Draft(text=doc.text, metadata=doc.metadata, sections=list(doc.sections))
    draft.tasks = [task.model_copy(update={"deadlines": []}) for task in doc.tasks]
    start = time.perf_counter()
    deadlines.find(draft)
    targets.find(draft)
    link.find(draft)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "corpus"))
    args = parser.parse_args(argv)
    try:
        import jionlp as jio
    except ImportError as exc:
        print(f"jionlp is not installed ({exc}); pip install -e '.[bench]'", file=sys.stderr)
        return 2

    logging.disable(logging.CRITICAL)  # JioNLP logs a traceback for every string it cannot parse
    gold_paths = sorted(Path(args.corpus).glob("*.gold.yaml"))
    docs = []
    for gold_path in gold_paths:
        raw = raw_file(gold_path)
        if raw is not None:
            docs.append((load_gold(gold_path), raw))
    if not docs:
        print("no gold files with raw documents found", file=sys.stderr)
        return 2

    # Warm-up: jieba, cn2an and JioNLP's dictionaries load on first use.
    warm = policyparse.parse_file(docs[0][1])
    jionlp_items(jio, warm.text[:2000])
    # JioNLP keeps large dictionaries alive; without this, every cyclic GC pass walks them
    # and whichever tool happens to trigger it pays (it cost policyparse a factor of 2-3).
    gc.collect()
    gc.freeze()

    totals = {
        "targets": 0, "deadlines": 0, "chars": 0,
        "pp_targets": 0, "pp_deadlines": 0, "pp_seconds": 0.0, "pp_stage_seconds": 0.0,
        "jio_targets": 0, "jio_deadlines": 0, "jio_money_seconds": 0.0, "jio_time_seconds": 0.0,
    }  # fmt: skip
    errors: list[str] = []
    print(f"{'document':52} {'chars':>6} {'targets pp/jio/gold':>20} {'deadlines pp/jio/gold':>22}")
    for gold, raw in docs:
        start = time.perf_counter()
        doc = policyparse.parse_file(raw)
        totals["pp_seconds"] += time.perf_counter() - start
        text = doc.text
        totals["chars"] += len(text)
        totals["pp_stage_seconds"] += time_own_stages(doc)

        money, times, money_s, time_s, errs = jionlp_items(jio, text)
        totals["jio_money_seconds"] += money_s
        totals["jio_time_seconds"] += time_s
        errors += [f"{gold.doc}: {e}" for e in errs]

        required = [t for t in (gold.targets or []) if not t.optional]
        spans = locate(text, [t.text for t in required])
        pp_spans = [tuple(t.span) for t in doc.targets]
        found_pp = sum(1 for s in spans if s and any(overlaps(s, p) for p in pp_spans))
        found_jio = sum(1 for s in spans if s and any(overlaps(s, m) for m in money))

        tasks_by_title = {fold(t.title): t for t in doc.tasks}
        pairs = 0
        dl_pp = dl_jio = 0
        for gold_task in gold.tasks or []:
            if gold_task.optional or not gold_task.deadlines:
                continue
            task = tasks_by_title.get(fold(gold_task.title))
            for year in set(gold_task.deadlines):
                pairs += 1
                if task is None:
                    continue
                a, b = task.span
                if any(d.date and int(d.date[:4]) == year for d in task.deadlines):
                    dl_pp += 1
                if any(a <= s and e <= b and y == year for s, e, y in times):
                    dl_jio += 1

        totals["targets"] += len(required)
        totals["deadlines"] += pairs
        totals["pp_targets"] += found_pp
        totals["jio_targets"] += found_jio
        totals["pp_deadlines"] += dl_pp
        totals["jio_deadlines"] += dl_jio
        print(f"{gold.doc[:52]:52} {len(text):6d} {f'{found_pp}/{found_jio}/{len(required)}':>20} {f'{dl_pp}/{dl_jio}/{pairs}':>22}")

    def share(n: int, d: int) -> str:
        return f"{n / d:.3f}" if d else "-"

    jio_seconds = totals["jio_money_seconds"] + totals["jio_time_seconds"]
    print()
    print(f"machine: {platform.machine()} {platform.processor() or ''} {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}, jionlp {getattr(jio, '__version__', '?')}, policyparse {policyparse.__version__}")  # fmt: skip
    print(f"corpus: {len(docs)} notices, {totals['chars']} characters, {totals['targets']} gold targets, {totals['deadlines']} gold task deadlines")
    print()
    print(f"{'tool':34} {'target recall':>14} {'deadline recall':>16} {'chars/s':>10}")
    print(f"{'policyparse (whole pipeline)':34} {share(totals['pp_targets'], totals['targets']):>14} "
          f"{share(totals['pp_deadlines'], totals['deadlines']):>16} {totals['chars'] / totals['pp_seconds']:>10.0f}")  # fmt: skip
    print(f"{'policyparse deadlines+targets+link':34} {'':>14} {'':>16} {totals['chars'] / totals['pp_stage_seconds']:>10.0f}")
    print(f"{'jionlp extract_money':34} {share(totals['jio_targets'], totals['targets']):>14} {'-':>16} "
          f"{totals['chars'] / totals['jio_money_seconds']:>10.0f}")  # fmt: skip
    print(f"{'jionlp extract_time':34} {'-':>14} {share(totals['jio_deadlines'], totals['deadlines']):>16} "
          f"{totals['chars'] / totals['jio_time_seconds']:>10.0f}")  # fmt: skip
    print(f"{'jionlp money + time':34} {share(totals['jio_targets'], totals['targets']):>14} "
          f"{share(totals['jio_deadlines'], totals['deadlines']):>16} {totals['chars'] / jio_seconds:>10.0f}")  # fmt: skip
    if errors:
        print(f"\njionlp raised on {len(errors)} lines (each counted as nothing found): "
              f"{sorted(set(e.split(': ', 1)[1] for e in errors))}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
