"""Parsing over a Dask cluster (`policyparse batch --engine dask`; dask is an optional extra).

Workers parse; the client writes, so the output is the same dataset as a local run,
in the same order. Workers read the input paths themselves: on a real cluster, give
paths on storage every worker can see (a shared file system mounted at the same place).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Optional

from .batch import Record, parse_one, unique_ids

_IN_FLIGHT_PER_WORKER = 8


def parse_on_dask(paths: list[Path], scheduler: Optional[str], ids: Optional[list[str]] = None) -> Iterator[Record]:
    """Yield a record per path, in order, parsed on the cluster at `scheduler` (e.g. tcp://host:8786)."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise SystemExit("--engine dask needs dask: pip install 'policyparse[dask]'") from exc
    if not scheduler:
        raise SystemExit("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    ids = ids if ids is not None else unique_ids(paths)
    with Client(scheduler) as client:
        window = max(1, len(client.scheduler_info().get("workers", {})) * _IN_FLIGHT_PER_WORKER)
        futures: dict = {}
        done: dict[int, Record] = {}
        submitted = yielded = 0
        pending = as_completed()
        while yielded < len(paths):
            while submitted < len(paths) and len(futures) + len(done) < window:
                future = client.submit(parse_one, str(paths[submitted]), ids[submitted], pure=False)
                futures[future.key] = (submitted, future)
                pending.add(future)
                submitted += 1
            if yielded not in done:
                future = next(pending)
                index, _ = futures.pop(future.key)
                done[index] = future.result()
                future.release()
            while yielded in done:
                yield done.pop(yielded)
                yielded += 1
