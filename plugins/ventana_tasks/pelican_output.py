"""Run Pelican for ``invoke build`` and ``invoke publish``, and say in Spanish what it says.

Pelican logs in English through rich on stdout; Python's own errors land on stderr.
Every line of both passes through a ``Translator``:

- our plugins' lines (already Spanish) and unknown lines go through as they are;
- the Pelican messages that change what gets published become the Spanish lines of
  ``pelican_messages.PELICAN_MESSAGES``;
- a traceback is never shown: it is written to ``reports/pelican-errores.log`` and
  replaced by one Spanish line with its cause, the file and line it points at, and
  where the detail is.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import pelican_messages as M

LOG = Path("reports") / "pelican-errores.log"
TRACEBACK_STARTS = (
    "Traceback (most recent call last)",
    "During handling of the above exception",
    "The above exception was the direct cause",
)
# One rich log record: "[12:00:00] WARNING  text   file.py:12" (the time is blank when
# it repeats); continuation lines are indented to the text column.
RECORD = re.compile(r"^(?:\[[^\]]*\]|\s{10}) (?P<level>[A-Z]+) +(?P<text>.*?)(?:\s{2,}\S+:\d+)?$")
FILE_LINE = re.compile(r'^\s*File "(?P<path>[^"]+)", line (?P<line>\d+)')
LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}
# Pelican's own "Name: message" CRITICAL line before a traceback; the summary replaces it.
EXCEPTION_HEADER = re.compile(r"^[A-Za-z_][\w.]*(?:Error|Exception|Exit)\b")


@dataclass
class Translator:
    """One output stream of Pelican, turned into what an editor reads."""

    root: Path
    out: object  # a text stream
    blocks: list[list[str]] = field(default_factory=list)
    _block: list[str] | None = None
    _indent: int = 0
    _ended: bool = False  # a plain traceback reached its exception line
    _header: str | None = None  # Pelican's "Name: message" line, until its traceback comes

    def feed(self, raw: str) -> None:
        line = raw.rstrip()
        if self._block is not None and self._continues(line):
            self._block.append(line)
            return
        self._close()
        stripped = line.lstrip()
        if stripped.startswith(TRACEBACK_STARTS):
            self._header = None  # the summary of the traceback says it, in Spanish
            self._block, self._indent, self._ended = [line], len(line) - len(stripped), False
            return
        self._flush_header()
        record = RECORD.match(line)
        if record and record["level"] in LEVELS:
            if record["level"] == "CRITICAL" and EXCEPTION_HEADER.match(record["text"]):
                self._header = _without_path(line)
                return
            self._write(translate(record["text"]) or _without_path(line))
        else:
            self._write(translate(stripped) or line)

    def finish(self) -> None:
        self._close()
        self._flush_header()

    def _flush_header(self) -> None:
        if self._header is not None:
            self._write(self._header, err=True)
            self._header = None

    def _continues(self, line: str) -> bool:
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        if stripped.startswith(TRACEBACK_STARTS):  # a chained exception: the same block
            self._ended = False
            return True
        if not stripped:
            return True
        if self._indent:  # inside a rich record: everything indented to its column
            return indent >= self._indent
        if indent:
            return not self._ended
        if self._ended:
            return False
        self._ended = True  # the exception line ends a plain traceback
        return True

    def _close(self) -> None:
        if self._block is None:
            return
        block, self._block = self._block, None
        self.blocks.append(block)
        self._write(summary(block, self.root), err=True)

    def _write(self, text: str, err: bool = False) -> None:
        stream = sys.stderr if err else self.out
        stream.write(text + "\n")
        stream.flush()


def translate(text: str) -> str | None:
    """The Spanish line for a Pelican message that matters, or None."""
    for pattern, spanish in M.PELICAN_MESSAGES:
        match = pattern.search(text)
        if match:
            return spanish.format(**match.groupdict())
    return None


def summary(block: list[str], root: Path) -> str:
    """One Spanish message for a traceback: cause, file and line, where the detail is."""
    lines = [line.strip() for line in block if line.strip()]
    last = lines[-1]  # the exception: "jinja2.exceptions.TemplateSyntaxError: unexpected '}'"
    name, _, detail = last.partition(":")
    kind = name.rsplit(".", 1)[-1]
    where, hint = _where(lines, root)
    if "No space left on device" in last or "Errno 28]" in last:
        cause = M.DISK_FULL
    else:
        cause = M.EXCEPTIONS.get(kind, M.UNEXPECTED)
    detail = detail.strip() or kind
    return M.TRACEBACK.format(where=where, cause=cause, detail=detail, hint=hint, log=LOG)


def _where(lines: list[str], root: Path) -> tuple[str, str]:
    """The last frame inside the project (not the installed packages), as ``path:line: ``."""
    for ln in reversed(lines):
        frame = FILE_LINE.match(ln)
        if not frame:
            continue
        path = root / frame["path"]  # Jinja names a template relative to the build's folder
        try:
            rel = path.resolve().relative_to(root.resolve())
        except (ValueError, OSError):
            continue
        if rel.parts and rel.parts[0] in (".venv", "venv"):
            continue
        hint = M.HINT_TEMPLATE if rel.suffix == ".html" else M.HINT_FILE
        return f"{rel.as_posix()}:{frame['line']}: ", hint
    return "", M.HINT_UNKNOWN


def _without_path(line: str) -> str:
    """A rich record as it is, minus the source-file column padded far to the right."""
    return re.sub(r"\s{2,}\S+\.py:\d+$", "", line)


def run_pelican(root: Path, args: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run ``python -m pelican ARGS`` in ``root``; return its exit code and raw output.

    Lines are shown translated as they come; tracebacks go to ``reports/`` only.
    """
    env = {**os.environ, "PYTHONPATH": str(root / "plugins"), **(env or {})}
    env["COLUMNS"] = "1000"  # one log record per line: nothing to re-join
    env.pop("FORCE_COLOR", None)
    cmd = [sys.executable, "-m", "pelican", *args]
    with subprocess.Popen(
        cmd,
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
    ) as child:
        out, err = Translator(root, sys.stdout), Translator(root, sys.stderr)
        seen: list[str] = []
        reader = threading.Thread(target=_pump, args=(child.stderr, err, seen))
        reader.start()
        _pump(child.stdout, out, seen)
        reader.join()
        code = child.wait()
    _save_log(root, [*out.blocks, *err.blocks], " ".join(cmd[2:]))
    return code, "".join(seen)


def _pump(stream, translator: Translator, seen: list[str]) -> None:
    for line in stream:
        seen.append(line)
        translator.feed(line)
    translator.finish()


def _save_log(root: Path, blocks: list[list[str]], command: str) -> None:
    """Write the tracebacks of this run, raw, for whoever maintains the site."""
    if not blocks:
        return
    path = root / LOG
    text = M.LOG_HEADER.format(command=command) + time.strftime("%Y-%m-%d %H:%M:%S\n\n")
    text += "\n\n".join("\n".join(block) for block in blocks) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        sys.stderr.write(M.LOG_FAILED.format(error=error.strerror or error) + "\n")
