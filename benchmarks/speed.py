"""Speed of the whole pipeline and of each stage, with JioNLP's money extractor as the yardstick.

    .venv/bin/python benchmarks/speed.py            # about a minute on 2 cores
    .venv/bin/python benchmarks/speed.py --mb 5 --no-jionlp

Prints, for the corpus (its .txt/.html/.docx notices) replicated to at least --mb megabytes
of raw input:

- `import policyparse` time (fresh interpreter, best of several);
- characters of normalised text per second on one core and documents per second, for
  `policyparse.parse()` on the raw files (ingest + normalise + all stages + Document);
- the same split by step: ingest, normalise, and every stage of `pipeline._stages()`;
- peak memory: tracemalloc's peak while parsing the largest input, as a multiple of the
  input's UTF-8 size; the same for every corpus notice, after a full collection (free lists
  emptied) and in a running batch (free lists warm); and the process's peak resident set (ru_maxrss);
- cost at 1x, 4x and 16x input: one long notice repeated, time per character at each size;
- JioNLP's `extract_money` over the same normalised texts (the `bench` extra:
  `pip install -e '.[bench]'`), and policyparse's speed as a multiple of it.

Not part of the test suite; figures and the machine they came from are in docs/performance.md.
"""

from __future__ import annotations

import argparse
import gc
import platform
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "corpus"
SUFFIXES = (".txt", ".html", ".htm", ".docx")
FORMATS = {".txt": "text", ".html": "html", ".htm": "html", ".docx": "docx"}


def import_seconds(runs: int = 7) -> float:
    """Best wall time of `import policyparse` in a fresh interpreter (interpreter start-up excluded)."""
    code = "import time; t = time.perf_counter(); import policyparse; print(time.perf_counter() - t)"
    best = float("inf")
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
        best = min(best, float(out.stdout.strip()))
    return best


def load_corpus() -> list[tuple[str, bytes, str]]:
    """(name, raw bytes, format) of every notice in the corpus."""
    return [(p.name, p.read_bytes(), FORMATS[p.suffix]) for p in sorted(CORPUS.iterdir()) if p.suffix in SUFFIXES]


def replicate(corpus: list, megabytes: float) -> list:
    """The corpus cycled until its raw size reaches `megabytes`; cycling keeps equal texts far apart,
    so no per-text cache can serve a copy."""
    out, size = [], 0
    while size < megabytes * 1e6:
        for item in corpus:
            out.append(item)
            size += len(item[1])
    return out


def string_caches() -> list:
    """The bounded caches on pure functions of short strings (unit names, labels, numerals);
    the unbounded ones (@cache) hold vocabularies, which every process loads once anyway."""
    found = []
    for name, module in list(sys.modules.items()):
        if name.startswith("policyparse"):
            for fn in vars(module).values():
                if hasattr(fn, "cache_parameters") and fn.cache_parameters()["maxsize"] is not None and fn not in found:
                    found.append(fn)
    return found


def time_whole(docs: list, cold: bool = False) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, normalised characters) of parse() over every document;
    `cold`: the string caches are emptied before each document, as if every notice were new."""
    import policyparse

    caches = string_caches() if cold else []
    chars = 0
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    for _, raw, fmt in docs:
        for fn in caches:
            fn.cache_clear()
        chars += len(policyparse.parse(raw, format=fmt).text)
    return time.perf_counter() - wall, time.process_time() - cpu, chars


def time_steps(docs: list) -> tuple[dict[str, float], list[str]]:
    """CPU seconds spent in ingest, normalise, each stage and building the Document over every
    document (CPU time, so that other work on the machine does not count); and the normalised texts."""
    from policyparse import ingest
    from policyparse.model import Document, Source
    from policyparse.pipeline import Draft, _stages
    from policyparse.text.normalize import normalize

    stages = _stages()
    seconds = {"ingest": 0.0, "normalize": 0.0, **{name: 0.0 for name, _ in stages}, "Document": 0.0}
    texts = []
    for _, raw, fmt in docs:
        t0 = time.process_time()
        ingested = ingest.read(raw, fmt)
        t1 = time.process_time()
        text = normalize(ingested.text)
        t2 = time.process_time()
        seconds["ingest"] += t1 - t0
        seconds["normalize"] += t2 - t1
        texts.append(text)
        draft = Draft(text=text, format=ingested.format)
        for name, stage in stages:
            start = time.process_time()
            stage(draft)
            seconds[name] += time.process_time() - start
        start = time.process_time()
        Document(parser_version="bench", id="bench", source=Source(format=ingested.format, encoding=ingested.encoding, sha256=""),
                 text=draft.text, metadata=draft.metadata, sections=draft.sections, tasks=draft.tasks,
                 targets=draft.targets, warnings=draft.warnings)
        seconds["Document"] += time.process_time() - start
    return seconds, texts


def traced_peak(source: str | bytes, fmt: str | None = None, warm: bool = False) -> int:
    """Peak bytes allocated by Python while parsing `source` (tracemalloc). A full collection
    first empties the interpreter's free lists, whose refilling then counts; `warm` parses the
    source once before and collects only the younger generations, as in a running batch."""
    import policyparse

    if warm:
        policyparse.parse(source, format=fmt)
        gc.collect(1)
    else:
        gc.collect()
    tracemalloc.start()
    try:
        policyparse.parse(source, format=fmt)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def scaled(text: str, copies: int) -> str:
    """One notice's text repeated: a longer notice of the same shape (numbering restarts are allowed)."""
    return "\n".join([text] * copies)


def best_time(fn, runs: int, collector: bool = True) -> float:
    """Best CPU time of `fn()`; `collector=False` runs it with Python's cyclic GC switched off."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        if not collector:
            gc.disable()
        try:
            start = time.process_time()
            fn()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def jionlp_money(texts: list[str]) -> float | str:
    """CPU seconds JioNLP's money extractor takes over `texts` (one call per document), or why it could not run."""
    try:
        import contextlib
        import io

        with contextlib.redirect_stdout(io.StringIO()):  # JioNLP prints a banner on import
            import jionlp as jio
    except Exception as exc:  # noqa: BLE001 - any failure to import means: no yardstick
        return f"not available ({type(exc).__name__}: {exc}); pip install -e '.[bench]'"
    jio.ner.extract_money(texts[0][:2000], with_parsing=False)  # warm-up: loads its tables
    gc.collect()
    start = time.process_time()
    for text in texts:
        jio.ner.extract_money(text, with_parsing=False)
    return time.process_time() - start


def rate(chars: float, seconds: float) -> str:
    return f"{chars / seconds / 1e6:6.3f} M chars/s" if seconds > 0 else "   inf"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="replicate the corpus to at least this many MB of raw input")
    ap.add_argument("--no-jionlp", action="store_true", help="skip the JioNLP yardstick")
    ap.add_argument("--runs", type=int, default=3, help="passes timed for the whole pipeline and JioNLP; the best counts")
    args = ap.parse_args()

    print(f"python {platform.python_version()} on {platform.machine()} ({platform.processor() or 'cpu'}), "
          f"{__import__('os').cpu_count()} cores; single process, so chars/s is per core")
    print(f"import policyparse: {import_seconds() * 1000:.0f} ms (best of 7, fresh interpreter)")

    import policyparse

    corpus = load_corpus()
    for _, raw, fmt in corpus:  # warm-up: vocabularies and jieba load once per process
        policyparse.parse(raw, format=fmt)
    docs = replicate(corpus, args.mb)
    raw_bytes = sum(len(raw) for _, raw, _ in docs)
    print(f"input: {len(corpus)} corpus notices replicated to {len(docs)} documents, {raw_bytes / 1e6:.2f} MB raw")

    # Best of several passes: on a shared or virtual machine one pass can be 30% slow (seen on
    # 2026-12-07 with nothing else running), while the best pass repeats to within a few per cent.
    passes = [time_whole(docs) for _ in range(args.runs)]
    wall, cpu, chars = min(passes, key=lambda p: p[1])
    print(f"\nwhole pipeline, parse(): {chars / 1e6:.2f} M chars of normalised text in {wall:.2f} s wall "
          f"({cpu:.2f} s CPU; best of {len(passes)} passes, slowest {max(p[1] for p in passes):.2f} s)")
    print(f"  {rate(chars, cpu)} per core (CPU time), {rate(chars, wall)} wall, {len(docs) / wall:.1f} docs/s, "
          f"{raw_bytes / wall / 1e6:.2f} MB/s raw")
    cold_cpu = min(time_whole(docs, cold=True)[1] for _ in range(args.runs))
    print(f"  {rate(chars, cold_cpu)} per core with the {len(string_caches())} string caches emptied before each "
          f"document (the corpus is cycled, so warm caches see every name again)")

    seconds, texts = time_steps(docs)
    total = sum(seconds.values())
    print(f"\nby step (sum {total:.2f} s, timed in a second pass; parse() above includes all of them):")
    for name, sec in seconds.items():
        print(f"  {name:12} {sec:7.3f} s {100 * sec / total:5.1f}%  {rate(chars, sec)}")

    largest_name, largest_raw, largest_fmt = max(corpus, key=lambda item: len(item[1]))
    peak = traced_peak(largest_raw, largest_fmt)
    print(f"\npeak memory: parsing the largest input ({largest_name}, {len(largest_raw) / 1e3:.0f} kB) "
          f"allocates at most {peak / 1e6:.1f} MB = {peak / len(largest_raw):.1f}x its size (tracemalloc)")

    ratios = sorted(traced_peak(raw, fmt) / len(raw) for _, raw, fmt in corpus)
    print(f"  over the {len(ratios)} corpus notices: peak / raw input size is {ratios[0]:.1f}x to {ratios[-1]:.1f}x, "
          f"median {ratios[len(ratios) // 2]:.1f}x (the Document's own objects are most of it)")
    warm = sorted(traced_peak(raw, fmt, warm=True) / len(raw) for _, raw, fmt in corpus)
    print(f"  the same in a running batch (free lists warm): {warm[0]:.1f}x to {warm[-1]:.1f}x, "
          f"median {warm[len(warm) // 2]:.1f}x")

    longest = max(texts[: len(corpus)], key=len)
    print(f"\ncost by input size (a {len(longest)}-char notice repeated; best CPU time of 3/3/2 runs; "
          f"in brackets: with Python's cyclic GC off, which shows how much of any growth is the GC's):")
    base = base_nogc = None
    for copies, runs in ((1, 3), (4, 3), (16, 2)):
        text = scaled(longest, copies)
        sec = best_time(lambda: policyparse.parse(text, format="text"), runs)
        sec_nogc = best_time(lambda: policyparse.parse(text, format="text"), runs, collector=False)
        peak = traced_peak(text, "text")
        per_char, per_char_nogc = sec / len(text), sec_nogc / len(text)
        base, base_nogc = base or per_char, base_nogc or per_char_nogc
        size = len(text.encode("utf-8"))
        print(f"  {copies:2d}x {len(text):8d} chars {sec:7.3f} s  {per_char * 1e6:6.2f} us/char "
              f"({per_char / base:4.2f}x the 1x cost per char; GC off {per_char_nogc / base_nogc:4.2f}x)  "
              f"peak {peak / 1e6:6.1f} MB = {peak / size:4.1f}x input")

    print(f"\npeak resident set of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")

    if args.no_jionlp:
        return
    jio_passes = [jionlp_money(texts) for _ in range(args.runs)]
    jio = jio_passes[0] if isinstance(jio_passes[0], str) else min(jio_passes)
    if isinstance(jio, str):
        print(f"\nJioNLP money extractor: {jio}")
        return
    print(f"\nJioNLP extract_money on the same {chars / 1e6:.2f} M chars: {jio:.2f} s CPU (best of {len(jio_passes)}), "
          f"{rate(chars, jio)} per core")
    stages_only = sum(v for k, v in seconds.items() if k not in ("ingest", "normalize", "Document"))
    print(f"policyparse whole pipeline (CPU time) is {jio / cpu:.2f}x JioNLP's money extractor's speed per char "
          f"(target >= 2x); stages alone {jio / stages_only:.2f}x")


if __name__ == "__main__":
    main()
