"""``python -m state_snapshots validate [--data DIR]``: check the data without building.

Liaisons run it (through ``invoke validate``) after editing a file; it prints the
same Spanish report as the build and exits 0 when the data is valid, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ventana_data import DataErrors, SettingsError

from . import messages
from .settings import config_for_data

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    """Run the check; the report goes to stdout, the exit code says valid (0) or not (1)."""
    parser = argparse.ArgumentParser(
        prog="python -m state_snapshots", description=messages.CLI_HELP
    )
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("validate", help=messages.CLI_HELP)
    check.add_argument("--data", type=Path, default=ROOT / "data", help=messages.CLI_DATA_HELP)
    check.add_argument("--today", default=None, help=messages.CLI_TODAY_HELP)
    check.add_argument("--no-cache", action="store_true")
    args = parser.parse_args(argv)
    data = args.data.resolve()
    if not (data / "states").is_dir():
        print(messages.CLI_NO_FOLDER.format(path=data / "states"), file=sys.stderr)
        return 1
    schema = data / "schema" / "state.schema.json"
    if not schema.exists():
        schema = ROOT / "data" / "schema" / "state.schema.json"
    narratives = data.parent / "content" / "states"
    cache = None if args.no_cache else data.parent / ".cache" / "ventana" / "state_snapshots"
    try:
        config = config_for_data(
            data,
            today=args.today,
            cache_dir=cache,
            schema=schema,
            narratives=narratives if narratives.is_dir() else None,
        )
        from .state_snapshots import collect

        records, _narratives, errors = collect(config)
    except SettingsError as exc:  # already written to stderr
        return exc.code
    if errors:
        print(DataErrors(errors, messages.WHAT).report())
        return 1
    print(messages.VALID.format(n=len(records)))
    return 0
