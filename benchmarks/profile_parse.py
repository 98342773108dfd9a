"""Where parse() spends its time: pyinstrument's call tree over the corpus.

    .venv/bin/python benchmarks/profile_parse.py              # 6 passes over the corpus
    .venv/bin/python benchmarks/profile_parse.py --passes 2 --cold

A sampling profiler (the `bench` extra: pip install -e '.[bench]'), so small Python functions
are not over-weighted the way cProfile weighs them. Vocabularies and jieba are loaded by one
warm-up pass first. --cold empties the string caches before each document (see speed.py).
Not part of the test suite; findings are in docs/performance.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import speed  # noqa: E402  (the corpus loader and the cache finder)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, default=6, help="passes over the corpus while profiling")
    ap.add_argument("--cold", action="store_true", help="empty the string caches before each document")
    ap.add_argument("--interval", type=float, default=0.0005, help="sampling interval in seconds")
    args = ap.parse_args()

    import policyparse
    from pyinstrument import Profiler

    corpus = speed.load_corpus()
    for _, raw, fmt in corpus:  # warm-up: vocabularies and jieba load once per process
        policyparse.parse(raw, format=fmt)
    caches = speed.string_caches() if args.cold else []
    profiler = Profiler(interval=args.interval)
    profiler.start()
    for _ in range(args.passes):
        for _, raw, fmt in corpus:
            for fn in caches:
                fn.cache_clear()
            policyparse.parse(raw, format=fmt)
    profiler.stop()
    print(profiler.output_text(unicode=False, color=False))


if __name__ == "__main__":
    main()
