"""Count what the editor-file loaders do with hostile edits: tracebacks, hangs, silence.

Every example runs in a forked child with a time and memory limit, so a "billion
laughs" file that would take the machine down only counts as a hang. Prints a table
per mutation and the slowest examples; asserts nothing. Usage::

    python benchmarks/bench_fuzz.py [--per-pair 4] [--seed 1] [--timeout 20]
"""

from __future__ import annotations

import argparse
import collections
import multiprocessing as mp
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins")]

from tests.fuzz_editor_files import KINDS, MUTATIONS, original, run_kind  # noqa: E402

MEMORY = 1_500_000_000


def _child(conn, kind_index: int, mutation_index: int, seed: int, scratch: str) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    kind = KINDS[kind_index]
    name, must_fail, mutate = MUTATIONS[mutation_index]
    content = mutate(random.Random(seed), original(kind))
    started = time.perf_counter()
    outcome = run_kind(kind, content, Path(scratch))
    took = time.perf_counter() - started
    if outcome.exception is not None:
        verdict = f"traceback {type(outcome.exception).__name__}"
    elif outcome.errors:
        verdict = "error"
    elif must_fail and not (name == "segundo documento" and kind.target.endswith(".md")):
        verdict = "silent"  # a wrong file that loaded without a word
    else:
        verdict = "ok"
    conn.send((verdict, took))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-pair", type=int, default=4)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=20)
    args = parser.parse_args()
    ctx = mp.get_context("fork")
    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    times: list[tuple[float, str]] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for k, kind in enumerate(KINDS):
            for m, (name, _must, _fn) in enumerate(MUTATIONS):
                for n in range(args.per_pair):
                    parent, child = ctx.Pipe()
                    proc = ctx.Process(
                        target=_child, args=(child, k, m, args.seed * 1000 + n, f"{tmp}/{k}")
                    )
                    proc.start()
                    if parent.poll(args.timeout):
                        verdict, took = parent.recv()
                    else:
                        verdict, took = "hang", args.timeout
                    proc.kill()
                    proc.join()
                    if proc.exitcode not in (0, -9) and verdict == "hang":
                        verdict = "crash (memoria)"
                    table[name][verdict] += 1
                    times.append((took, f"{kind.name}/{name}"))
    total = sum(sum(c.values()) for c in table.values())
    bad = collections.Counter()
    for name, counts in table.items():
        row = ", ".join(f"{v}: {c}" for v, c in sorted(counts.items()))
        print(f"{name:<28} {row}")
        for verdict, count in counts.items():
            if verdict not in ("ok", "error"):
                bad[verdict.split()[0]] += count
    print(f"\n{total} ejemplos en {time.perf_counter() - started:.1f} s; problemas: {dict(bad)}")
    for took, label in sorted(times, reverse=True)[:5]:
        print(f"  más lento: {took:6.2f} s  {label}")


if __name__ == "__main__":
    main()
