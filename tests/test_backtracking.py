"""No catastrophic backtracking and no quadratic loops (issue 6, item 2).

Two checks, both relative (never absolute seconds), so they hold on a slow shared box:

- every stage of the pipeline, fed adversarial strings (runs of digits, 、, brackets,
  repeated role labels, text with no 。, nested brackets …), costs no more than a bounded
  multiple of what it costs on a real notice of the same length, and 4x the adversarial
  input costs at most ~4x (quadratic work would be 16x);
- every compiled regular expression in the package (module constants and the cached
  pattern builders) scans the same strings in time linear in their length.
"""

from __future__ import annotations

import gc
import importlib
import inspect
import pkgutil
import re
import time
from functools import cache
from pathlib import Path

import pytest
import regex

import policyparse
from policyparse import ingest
from policyparse.pipeline import Draft, _stages
from policyparse.text.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
# A real notice, dense in numbering, units, targets and deadlines: the "plain" yardstick.
PLAIN_SOURCE = ROOT / "corpus" / "suihua-kaifaqu-manyuan-gongcheng-2025.txt"

GROWTH_LIMIT = 10.0  # 4x input: linear work ~4x, quadratic 16x
PLAIN_LIMIT = 25.0  # adversarial vs a real notice of the same length
FLOOR = 0.02  # seconds below which timings are noise


def repeat_to(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


# name -> builder of an adversarial string of about n characters
ADVERSARIAL = {
    "digits": lambda n: "9" * n,
    "digits-percent": lambda n: repeat_to("9" * 500 + "%以上", n),
    "decimal-dots": lambda n: repeat_to("1.2.3.4.5.", n),
    "dunhao": lambda n: "、" * n,
    "unit-list": lambda n: repeat_to("市发改委、", n),
    "open-brackets": lambda n: "(" * n,
    "close-brackets": lambda n: ")" * n,
    "mixed-brackets": lambda n: repeat_to("(〔【《“", n),
    "nested-brackets": lambda n: repeat_to("(" * 60 + "牵头单位:市发改委" + ")" * 60, n),
    "unclosed-role-brackets": lambda n: repeat_to("〔牵头单位:市发改委;责任单位:", n),
    "lead-labels": lambda n: repeat_to("牵头单位:", n),
    "lead-labels-lines": lambda n: repeat_to("牵头单位:\n", n),
    "no-full-stop": lambda n: repeat_to("加快推进产业集聚发展完善基础设施建设", n),
    "headings-glued": lambda n: repeat_to("一、", n),
    "paren-numbers-glued": lambda n: repeat_to("(一)", n),
    "arabic-numbers-glued": lambda n: repeat_to("1.", n),
    "circled-numbers": lambda n: repeat_to("①②③", n),
    "numbered-lines": lambda n: repeat_to("".join(f"({i})\n" for i in range(1, 2000)), n),
    "years": lambda n: repeat_to("到2027年", n),
    "year-months": lambda n: repeat_to("2025年6月底前", n),
    "money": lambda n: repeat_to("1.2万亿元", n),
    "percent-ranges": lambda n: repeat_to("3—5个百分点~", n),
    "dashes": lambda n: "—" * n,
    "city-chars": lambda n: repeat_to("市" * 200 + "局,", n),
    "table-rows": lambda n: repeat_to("市发改委\t市财政局\t2025年底前\n", n),
    "spaces": lambda n: repeat_to(" 一", n),
    "newlines": lambda n: "\n" * (n - 2) + "一、",
    "quotes": lambda n: "“" * n,
    "colons": lambda n: repeat_to(":", n),
}


@cache
def plain_text() -> str:
    return normalize(ingest.read(PLAIN_SOURCE.read_bytes()).text)


def plain(n: int) -> str:
    return repeat_to(plain_text() + "\n", n)


@cache
def plain_stage_seconds(n: int) -> dict[str, float]:
    return stage_seconds(plain(n), runs=3)


@cache
def items_found(text: str) -> int:
    doc = policyparse.parse(text)
    return len(doc.sections) + len(doc.tasks) + len(doc.targets)


def stage_seconds(text: str, runs: int = 2) -> dict[str, float]:
    """Best time of each stage on `text`, earlier stages run first (untimed) to fill the draft."""
    best: dict[str, float] = {}
    for _ in range(runs):
        gc.collect()
        gc.disable()  # a collection pause lands on whichever stage allocates next: noise, not cost
        try:
            draft = Draft(text=normalize(text))
            for name, stage in _stages():
                start = time.perf_counter()
                stage(draft)
                elapsed = time.perf_counter() - start
                best[name] = min(best.get(name, elapsed), elapsed)
        finally:
            gc.enable()
    return best


def setup_module():
    policyparse.parse(plain_text())  # vocabularies and jieba load once, outside the timings


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_each_stage_is_linear_and_bounded_on_adversarial_input(name):
    make = ADVERSARIAL[name]
    n = 7_000
    yardstick = plain_stage_seconds(4 * n)
    small, big = stage_seconds(make(n)), stage_seconds(make(4 * n))
    for stage in big:
        growth = big[stage] / max(small[stage], FLOOR)
        assert growth <= GROWTH_LIMIT, f"{stage}: 4x input took {growth:.1f}x ({small[stage]:.3f}s -> {big[stage]:.3f}s)"
        versus_plain = big[stage] / max(yardstick[stage], FLOOR)
        # Input that really holds far more items (①②③… is 14,000 headings) may cost more per
        # character than a notice; it must still grow linearly.
        assert versus_plain <= PLAIN_LIMIT or items_found(make(4 * n)) > 10 * items_found(plain(4 * n)), (
            f"{stage}: {big[stage]:.3f}s on {name!r}, {versus_plain:.0f}x a real notice of the same length")


def test_the_yardstick_is_a_real_notice_that_exercises_every_stage():
    doc = policyparse.parse(plain_text())
    assert len(doc.tasks) >= 20 and doc.targets and any(t.units for t in doc.tasks)
    assert any(t.deadlines for t in doc.tasks)


# ----------------------------------------------------------------------------- every pattern

def _patterns_in(value) -> list:
    if isinstance(value, (re.Pattern, regex.Pattern)):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (tuple, list, frozenset, set)):
        return [p for item in value for p in _patterns_in(item)]
    return []


@cache
def all_patterns() -> dict[str, object]:
    """Every compiled pattern a policyparse module holds, or a no-argument cached builder returns."""
    found: dict[str, object] = {}
    for info in pkgutil.walk_packages(policyparse.__path__, "policyparse."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            if callable(value) and hasattr(value, "cache_info") and getattr(value, "__module__", "") == info.name:
                try:
                    if inspect.signature(value).parameters:
                        continue
                except (TypeError, ValueError):
                    continue
                value = value()
            for i, pattern in enumerate(_patterns_in(value)):
                found[f"{info.name}.{attr}[{i}]"] = pattern
    return found


def test_the_package_has_patterns_to_check():
    names = all_patterns()
    assert len(names) >= 60
    assert any(name.startswith("policyparse.stages.targets") for name in names)
    assert any(name.startswith("policyparse.units") for name in names)


def _scan_seconds(pattern, text: str) -> float:
    start = time.perf_counter()
    for _ in pattern.finditer(text):
        pass
    return time.perf_counter() - start


PATTERN_INPUTS = sorted(ADVERSARIAL)


@pytest.mark.parametrize("name", PATTERN_INPUTS)
def test_every_pattern_scans_adversarial_input_in_linear_time(name):
    make = ADVERSARIAL[name]
    small, big = make(3000), make(12000)
    slow = []
    for pattern_name, pattern in all_patterns().items():
        if isinstance(pattern.pattern, bytes):
            small_in, big_in = small.encode("utf-8"), big.encode("utf-8")
        else:
            small_in, big_in = small, big
        t_big = _scan_seconds(pattern, big_in)
        if t_big < 0.005:  # a 12k-char scan this fast cannot hide quadratic work
            continue
        t_small = min(_scan_seconds(pattern, small_in) for _ in range(2))
        t_big = min(t_big, _scan_seconds(pattern, big_in))
        if t_big > GROWTH_LIMIT * max(t_small, 0.002):
            # Measured again, best of five each: on a loaded machine one slow scan of the small
            # input is noise; a quadratic pattern stays 16x however often it is timed.
            t_small = min(t_small, *(_scan_seconds(pattern, small_in) for _ in range(5)))
            t_big = min(t_big, *(_scan_seconds(pattern, big_in) for _ in range(5)))
        if t_big > GROWTH_LIMIT * max(t_small, 0.002):
            slow.append(f"{pattern_name}: {t_small * 1000:.1f} ms -> {t_big * 1000:.1f} ms")
    assert not slow, "super-linear patterns on " + name + ":\n" + "\n".join(slow)
