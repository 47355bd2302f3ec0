"""Results computed once per test run and shared by the pytest-xdist workers.

The per-page sweep is the slow part of the suite. Whichever worker first needs a shard
computes it and writes it as JSON; a worker that finds that shard busy computes another
shard meanwhile instead of waiting, so both cores stay busy whatever order xdist picks.
"""

from __future__ import annotations

import fcntl
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

Compute = Callable[[], Any]


class SharedResults:
    """JSON-able values by key: in memory, and in files under `root` when workers share."""

    def __init__(self, root: Path | None) -> None:
        self.root = root
        self._memo: dict[str, Any] = {}
        if root is not None:
            root.mkdir(parents=True, exist_ok=True)

    def get(self, key: str, compute: Compute, spare: Iterable[tuple[str, Compute]] = ()) -> Any:
        """The value for `key`; while another worker computes it, work on `spare` keys."""
        if key in self._memo:
            return self._memo[key]
        if self.root is None:
            return self._memo.setdefault(key, compute())
        with open(self.root / f"{key}.lock", "w") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                for other_key, other_compute in spare:
                    self._compute_if_free(other_key, other_compute)
                fcntl.flock(lock, fcntl.LOCK_EX)
            return self._load_or_compute(key, compute)

    def _compute_if_free(self, key: str, compute: Compute) -> None:
        with open(self.root / f"{key}.lock", "w") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return
            self._load_or_compute(key, compute)

    def _load_or_compute(self, key: str, compute: Compute) -> Any:
        """Call with the key's lock held."""
        path = self.root / f"{key}.json"
        if path.exists():
            value = json.loads(path.read_text(encoding="utf-8"))
        else:
            value = compute()
            path.write_text(json.dumps(value), encoding="utf-8")
        return self._memo.setdefault(key, value)
