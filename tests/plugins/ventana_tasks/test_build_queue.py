"""The livereload build queue: one build at a time, and a change during a build
schedules exactly one more, told every path that changed since the last one (the
builds here are real functions that take time)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from ventana_tasks.livereload import BuildQueue


class SlowBuild:
    """A build that takes ``seconds`` and records whether two ever overlapped."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.running = 0
        self.overlapped = False
        self.started = threading.Event()
        self.done: list[float] = []
        self.changed: list[set[Path]] = []
        self._lock = threading.Lock()

    def __call__(self, changed: set[Path]) -> int:
        self.changed.append(changed)
        with self._lock:
            self.running += 1
            self.overlapped |= self.running > 1
        self.started.set()
        time.sleep(self.seconds)
        with self._lock:
            self.running -= 1
        return 0


def wait_until(predicate, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not predicate():
        time.sleep(0.02)
    return predicate()


def test_a_burst_of_saves_makes_one_build():
    build = SlowBuild(0.1)
    queue = BuildQueue(build, lambda code, took: build.done.append(took), delay=0.1)
    queue.start()
    for _ in range(20):
        queue.request()
    assert wait_until(lambda: len(build.done) == 1)
    time.sleep(0.5)
    assert len(build.done) == 1


def test_changes_during_a_build_schedule_exactly_one_more():
    build = SlowBuild(0.6)
    queue = BuildQueue(build, lambda code, took: build.done.append(took), delay=0.05)
    queue.start()
    queue.request(Path("content/a.md"))
    assert build.started.wait(10)
    for number in range(5):  # all while the first build runs
        queue.request(Path(f"content/b{number}.md"))
        time.sleep(0.02)
    assert wait_until(lambda: len(build.done) == 2)
    time.sleep(1.0)
    assert len(build.done) == 2
    assert not build.overlapped
    assert build.changed == [{Path("content/a.md")}, {Path(f"content/b{n}.md") for n in range(5)}]
