"""SharedResults: each value is computed once, and a busy key makes the worker help elsewhere.

Plain file-system tests: no browser needed, so they run with `invoke test --fast` too.
"""

from __future__ import annotations

import fcntl

from tests.browser.shared import SharedResults


def test_a_value_is_computed_once_and_read_back_by_another_worker(tmp_path):
    calls = []
    first, second = SharedResults(tmp_path), SharedResults(tmp_path)
    assert first.get("parte", lambda: calls.append(1) or {"a": 1}) == {"a": 1}
    assert second.get("parte", lambda: calls.append(2) or {"a": 2}) == {"a": 1}
    assert calls == [1]


def test_a_busy_key_makes_the_worker_compute_a_spare_key_first(tmp_path):
    order = []
    shared = SharedResults(tmp_path)
    with open(tmp_path / "uno.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # another worker is computing "uno"
        (tmp_path / "uno.json").write_text("[1]", encoding="utf-8")
        other = SharedResults(tmp_path)
        spare = [("dos", lambda: order.append("dos") or [2])]
        # The held lock would block forever, so let "uno" go once "dos" is done.
        spare_then_release = [("dos", lambda: (spare[0][1](), fcntl.flock(held, fcntl.LOCK_UN))[0])]
        assert other.get("uno", lambda: order.append("uno") or [0], spare_then_release) == [1]
    assert order == ["dos"]
    assert shared.get("dos", lambda: [99]) == [2]


def test_without_a_shared_folder_values_stay_in_memory(tmp_path):
    shared = SharedResults(None)
    assert shared.get("parte", lambda: [1]) == [1]
    assert shared.get("parte", lambda: [2]) == [1]
    assert list(tmp_path.iterdir()) == []
