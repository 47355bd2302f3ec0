"""`invoke permissions`: a change may only touch the files its author may edit.

``EDITORES`` (at the project root) is written like CODEOWNERS: a path or pattern and the
Git host's users (``@name``) who may change it. Unlike CODEOWNERS the lines add up: a
user may change a file when any matching line names them; a user named nowhere may
change nothing. A merge request's pipeline runs this before the build and the publish
checks, so a state liaison's change to another state's file never reaches review green.

What SESNA fills in before the form goes live (the file as shipped holds sample accounts,
marked ``# sample: true``): the reviewers' accounts on the ``*`` line, the communications
team's on its folders, and one liaison account on the two lines of each state, all as
user names on SESNA's Git host. While the mark is there, every run says the file is
still sample data (a notice; the exit code does not change).

Exit codes, as the publish checks: 0 allowed, 1 the check could not run, 2 refused.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

RULES_FILE = "EDITORES"
# Who made the change, as each Git host's pipeline says it (GitLab, Gitea/GitHub Actions).
USER_VARIABLES = ("VENTANA_CHANGE_AUTHOR", "GITLAB_USER_LOGIN", "GITHUB_ACTOR")
# Where the change started: the merge request's base, as GitLab gives it.
BASE_VARIABLES = ("CI_MERGE_REQUEST_DIFF_BASE_SHA",)
DEFAULT_BASE = "origin/main"
# The line that marks EDITORES as sample data, as `sample: true` marks a data file.
SAMPLE_MARK = "# sample: true"

MESSAGES = {
    "refused": "{path}: @{user} no puede cambiar este archivo. {allowed}"
    "Si el cambio hace falta, pide a la SESNA que lo haga o que agregue la ruta en {rules}.",
    "allowed_some": "Puede cambiar: {paths}. ",
    "unknown_user": "@{user} no aparece en {rules}, así que no puede cambiar ningún archivo. "
    "Pide a la SESNA que agregue tu usuario junto a los archivos de tu estado.",
    "no_user": "No sé quién hizo el cambio: usa --user o la variable {variables}.",
    "bad_line": "{rules}:{line}: la línea «{text}» no tiene usuarios. "
    "Se esperaba: una ruta y uno o más usuarios con @, por ejemplo "
    "/data/states/jalisco.yaml @enlace-jalisco",
    "git_failed": "No pude leer los archivos cambiados con git ({error}).",
    "ok": "Permisos: @{user} puede cambiar los {count} archivos de este cambio.",
    "sample": "Aviso: {rules} todavía tiene cuentas de ejemplo (Datos de ejemplo), no las "
    "de personas reales. La SESNA pone ahí las cuentas de sus personas revisoras, de su "
    "equipo de comunicación y de cada enlace estatal, y borra la línea «sample: true» "
    "(docs/cms.md).",
    "summary": "Permisos: {count} archivos fuera de lo que @{user} puede cambiar. "
    "El cambio no se puede publicar así.",
}


class RulesError(Exception):
    """EDITORES has a line that cannot be read."""


@dataclass(frozen=True)
class Rule:
    pattern: str
    users: frozenset[str]
    regex: re.Pattern[str]

    def matches(self, path: str) -> bool:
        return bool(self.regex.fullmatch(path))


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """CODEOWNERS patterns: '/' anchors at the root, a name alone matches at any depth."""
    anchored = pattern.startswith("/")
    body = pattern.strip("/")
    if pattern.endswith("/"):
        body += "/**"
    if not anchored and "/" not in pattern.rstrip("/"):
        body = "**/" + body
    out = []
    for part in re.split(r"(\*\*/|\*\*|\*|\?)", body):
        out.append(
            {"**/": "(?:.*/)?", "**": ".*", "*": "[^/]*", "?": "[^/]"}.get(part, re.escape(part))
        )
    return re.compile("".join(out))


def read_rules(path: Path) -> list[Rule]:
    rules = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        pattern, *users = text.split()
        if not users or not all(u.startswith("@") for u in users):
            raise RulesError(MESSAGES["bad_line"].format(rules=path.name, line=number, text=text))
        names = frozenset(u[1:].lower() for u in users)
        rules.append(Rule(pattern, names, compile_pattern(pattern)))
    return rules


def is_sample(path: Path) -> bool:
    """EDITORES still holds the sample accounts it ships with."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return any(line.strip() == SAMPLE_MARK for line in lines)


def refusals(rules: list[Rule], user: str, paths: list[str], rules_name: str) -> list[str]:
    """One Spanish sentence per changed file the user may not change."""
    user = user.lstrip("@").lower()
    own = [r.pattern for r in rules if user in r.users]
    if not own:
        return [MESSAGES["unknown_user"].format(user=user, rules=rules_name)] if paths else []
    allowed = MESSAGES["allowed_some"].format(paths=", ".join(own))
    return [
        MESSAGES["refused"].format(path=p, user=user, allowed=allowed, rules=rules_name)
        for p in paths
        if not any(r.matches(p) and user in r.users for r in rules)
    ]


def changed_files(root: Path, base: str) -> list[str]:
    """Every path the change adds, edits or removes; a rename counts as both names."""
    done = subprocess.run(
        ["git", "diff", "--name-only", "--no-renames", f"{base}...HEAD"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RulesError(MESSAGES["git_failed"].format(error=done.stderr.strip()[:300]))
    return sorted(line for line in done.stdout.splitlines() if line)


def _first_env(names: tuple[str, ...]) -> str:
    return next((os.environ[n] for n in names if os.environ.get(n)), "")


def main(root: Path, argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="invoke permissions")
    parser.add_argument("--user", default=_first_env(USER_VARIABLES))
    parser.add_argument("--base", default=_first_env(BASE_VARIABLES) or DEFAULT_BASE)
    args = parser.parse_args(argv)
    if not args.user:
        print(MESSAGES["no_user"].format(variables=" o ".join(USER_VARIABLES)), file=sys.stderr)
        return 1
    try:
        rules = read_rules(root / RULES_FILE)
        paths = changed_files(root, args.base)
        sample = is_sample(root / RULES_FILE)
    except (OSError, RulesError) as error:
        print(error, file=sys.stderr)
        return 1
    if sample:
        print(MESSAGES["sample"].format(rules=RULES_FILE), file=sys.stderr)
    problems = refusals(rules, args.user, paths, RULES_FILE)
    user = args.user.lstrip("@")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(MESSAGES["summary"].format(count=len(problems), user=user), file=sys.stderr)
        return 2
    print(MESSAGES["ok"].format(user=user, count=len(paths)))
    return 0
