"""`invoke validate`: every editor-written data file checked, no page built."""

from __future__ import annotations

import time
from pathlib import Path


def main(root: Path) -> int:
    from state_snapshots.cli import main as states_main

    started = time.perf_counter()
    code = states_main(["validate", "--data", str(root / "data" / "states")])
    print(f"Revisión terminada en {time.perf_counter() - started:.2f} s.")
    return code
