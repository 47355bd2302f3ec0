"""Print how long the states data takes: validation alone (cold and cached) and in a build.

python benchmarks/bench_states.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))


def timed(label: str, func) -> float:
    start = time.perf_counter()
    func()
    elapsed = time.perf_counter() - start
    print(f"{label:<45} {elapsed * 1000:8.0f} ms")
    return elapsed


def main() -> None:
    from state_snapshots.settings import config_for_data
    from state_snapshots.state_snapshots import load_states

    with tempfile.TemporaryDirectory() as cache:
        config = config_for_data(ROOT / "data", cache_dir=Path(cache))
        timed("validación, sin caché (32 archivos)", lambda: load_states(config))
        timed("validación, con caché", lambda: load_states(config))
    cmd = [sys.executable, "-m", "state_snapshots", "validate", "--no-cache"]
    env_path = {"PYTHONPATH": str(ROOT / "plugins")}
    timed(
        "python -m state_snapshots validate (proceso)",
        lambda: subprocess.run(cmd, cwd=ROOT, env=env_path, check=True, capture_output=True),
    )

    from pelican import Pelican
    from pelican.settings import read_settings
    from state_snapshots.generator import StatesGenerator

    with tempfile.TemporaryDirectory() as out:
        settings = read_settings(
            str(ROOT / "pelicanconf.py"),
            override={
                "OUTPUT_PATH": out,
                "PATH": str(ROOT / "content"),
                "THEME": str(ROOT / "themes/ventana"),
            },
        )
        pelican = Pelican(settings)
        original = StatesGenerator.generate_output
        spent: list[float] = []

        def measured(self, writer):
            start = time.perf_counter()
            original(self, writer)
            spent.append(time.perf_counter() - start)

        StatesGenerator.generate_output = measured
        total = timed("construcción completa del sitio", pelican.run)
        print(
            f"{'  de ella, páginas y datos de estados':<45} {spent[0] * 1000:8.0f} ms "
            f"({100 * spent[0] / total:.0f} %)"
        )


if __name__ == "__main__":
    main()
