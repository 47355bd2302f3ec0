"""Hostile and careless edits of the real editor files, and the loaders that must survive them.

Shared by the property-based test (``tests/plugins/ventana_data/test_fuzz.py``) and the
benchmark that counts outcomes (``benchmarks/bench_fuzz.py``). Each kind copies one
real file into a scratch project, applies one mutation and runs the plugin's real
loader; ``Outcome`` says whether it raised, and which errors name the file and a line.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 29)


@dataclass
class Outcome:
    errors: list = field(default_factory=list)  # DataError values naming the mutated file
    other: list = field(default_factory=list)  # errors about other files or the folder
    exception: BaseException | None = None


@dataclass(frozen=True)
class Kind:
    name: str
    sample: str  # the real file mutated, relative to the project
    target: str  # where the loader finds it in the scratch project
    run: Callable[[Path], list]  # scratch project -> every DataError the loader reported


def _states(project: Path) -> list:
    from state_snapshots.loader import read_documents
    from state_snapshots.settings import Config

    config = Config(
        states_dir=project / "data/states",
        schema_path=ROOT / "data/schema/state.schema.json",
        narratives_dir=None,
        root=project,
        today=TODAY,
    )
    return read_documents(config)[1]


def _glossary(project: Path) -> list:
    from glossary.loader import load_terms

    return load_terms(
        project / "data/glossary.yaml", ROOT / "data/schema/glossary.schema.json", project
    )[1]


def _facts(project: Path) -> list:
    from facts.loader import load_facts

    return load_facts(project / "data/facts.yaml", ROOT / "data/schema/facts.schema.json", project)[
        1
    ]


def _infographics(project: Path) -> list:
    import ventana_data
    from facts.loader import load_facts
    from infographics.loader import load_infographics
    from ventana_data import collector

    facts = load_facts(ROOT / "data/facts.yaml", ROOT / "data/schema/facts.schema.json", ROOT)[0]
    collector._reset()
    load_infographics(
        project / "data/infographics",
        ROOT / "data/schema/infographic.schema.json",
        project,
        TODAY,
        facts,
    )
    errors = ventana_data.pending()
    collector._reset()
    return errors


def _lesson(project: Path) -> list:
    from lessons.loader import lesson_files, read_lesson
    from lessons.settings import read_config

    config = read_config({"DATA_PATH": str(ROOT / "data"), "PATH": str(project / "content")})
    config = type(config)(**{**config.__dict__, "root": project})
    return [e for path in lesson_files(config) for e in read_lesson(path, config).errors]


def _narrative(project: Path) -> list:
    from state_snapshots.narratives import load_narratives

    return load_narratives(project / "content/states", project, {}, ROOT / "data/schema")[1]


def _markdown(folder: str) -> Callable[[Path], list]:
    def run(project: Path) -> list:
        from editorial.frontmatter import Site, check_markdown_file

        # Links and og_image point into the real content/; messages name the scratch file.
        site = Site(
            root=project,
            schema=ROOT / "data/schema/page.schema.json",
            content=ROOT / "content",
            static_paths=("images", "docs"),
            theme_static=ROOT / "themes/ventana/static",
            theme_prefix="theme",
        )
        folder_path = project / "content" / folder
        article = folder == "news"
        return [
            e
            for path in sorted(folder_path.glob("*.md"))
            for e in check_markdown_file(path, site, article)
        ]

    return run


KINDS = [
    Kind("estado", "data/states/jalisco.yaml", "data/states/jalisco.yaml", _states),
    Kind("glosario", "data/glossary.yaml", "data/glossary.yaml", _glossary),
    Kind("datos", "data/facts.yaml", "data/facts.yaml", _facts),
    Kind(
        "infografía",
        "data/infographics/sistema-nacional-anticorrupcion.yaml",
        "data/infographics/sistema-nacional-anticorrupcion.yaml",
        _infographics,
    ),
    Kind(
        "lección",
        "content/lessons/01-la-cartera-perdida.md",
        "content/lessons/01-la-cartera-perdida.md",
        _lesson,
    ),
    Kind("narración", "content/states/jalisco.md", "content/states/jalisco.md", _narrative),
    Kind("página", "content/pages/acerca.md", "content/pages/acerca.md", _markdown("pages")),
    Kind("portada", "content/pages/inicio.md", "content/pages/inicio.md", _markdown("pages")),
    Kind(
        "noticia",
        "content/news/2026-11-02-nace-ventana.md",
        "content/news/2026-11-02-nace-ventana.md",
        _markdown("news"),
    ),
]
BY_NAME = {k.name: k for k in KINDS}


def run_kind(kind: Kind, content: bytes, scratch: Path) -> Outcome:
    """Write ``content`` where the loader looks for it and run the loader; never raises."""
    if scratch.exists():
        shutil.rmtree(scratch)
    target = scratch / kind.target
    target.parent.mkdir(parents=True)
    target.write_bytes(content)
    outcome = Outcome()
    try:
        errors = kind.run(scratch)
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt):
            raise
        outcome.exception = exc
        return outcome
    for error in errors:
        (outcome.errors if error.file == kind.target else outcome.other).append(error)
    return outcome


def original(kind: Kind) -> bytes:
    return (ROOT / kind.sample).read_bytes()


# Mutations: (name, must_fail, function(rng, bytes) -> bytes). ``must_fail`` mutations
# always make the file wrong; the others may leave it valid (swapping two lines of a
# mapping, say), so for them only "no traceback, errors name the file" is required.
Mutation = tuple[str, bool, Callable[[random.Random, bytes], bytes]]


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _header_end(lines: list[bytes]) -> int:
    """Index of the closing --- of a Markdown header, or len(lines) for pure YAML."""
    if lines and lines[0].strip() == b"---":
        for i, line in enumerate(lines[1:], start=1):
            if line.strip() == b"---":
                return i
    return len(lines)


def _yaml_line(rng: random.Random, lines: list[bytes]) -> int:
    """A line inside the YAML part (the header of a Markdown file), not a --- line."""
    end = _header_end(lines)
    start = 1 if end < len(lines) else 0
    # Not a comment: an unclosed quote or a tab inside a comment is no mistake.
    candidates = [
        i for i in range(start, end) if lines[i].strip() and not lines[i].lstrip().startswith(b"#")
    ] or [start]
    return rng.choice(candidates)


def _at_line(fn: Callable[[bytes], bytes]) -> Callable[[random.Random, bytes], bytes]:
    def mutate(rng: random.Random, data: bytes) -> bytes:
        lines = _lines(data)
        i = _yaml_line(rng, lines)
        lines[i] = fn(lines[i])
        return b"\n".join(lines)

    return mutate


def _open_quote(line: bytes) -> bytes:
    """A value that starts with a quote and never closes it (a quote inside a value is text)."""
    key, sep, value = line.partition(b": ")
    if sep:
        return key + sep + b'"' + value.rstrip()
    dash, sep, item = line.partition(b"- ")
    if sep and not dash.strip():
        return dash + sep + b'"' + item.rstrip()
    return line.rstrip() + b' "sin cerrar'


def _delete_line(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    del lines[_yaml_line(rng, lines)]
    return b"\n".join(lines)


def _duplicate_line(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    i = _yaml_line(rng, lines)
    lines.insert(i, lines[i])
    return b"\n".join(lines)


def _swap_lines(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    i, j = _yaml_line(rng, lines), _yaml_line(rng, lines)
    lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


def _random_bytes(rng: random.Random, data: bytes) -> bytes:
    pos = rng.randrange(len(data))
    junk = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
    return data[:pos] + junk + data[pos:]


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(1, max(2, len(data) // 2))]


def _insert_yaml(snippet: bytes) -> Callable[[random.Random, bytes], bytes]:
    """A new top-level line of YAML at the end of the YAML part."""

    def mutate(rng: random.Random, data: bytes) -> bytes:
        lines = _lines(data)
        lines.insert(_header_end(lines), snippet)
        return b"\n".join(lines)

    return mutate


def _billion_laughs(depth: int) -> bytes:
    out = [b'a0: &a0 ["ja","ja","ja","ja","ja","ja","ja","ja","ja"]']
    for i in range(1, depth + 1):
        refs = b",".join(b"*a%d" % (i - 1) for _ in range(9))
        out.append(b"a%d: &a%d [%s]" % (i, i, refs))
    return b"\n".join(out)


def _first_key_line(data: bytes) -> int:
    lines = _lines(data)
    end = _header_end(lines)
    start = 1 if end < len(lines) else 0
    return next(
        (i for i in range(start, end) if b":" in lines[i] and not lines[i].startswith(b"#")),
        start,
    )


def _anchor(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    i = _first_key_line(data)
    key, sep, value = lines[i].partition(b":")
    lines[i] = key + sep + b" &ancla" + value
    return b"\n".join(lines)


MUTATIONS: list[Mutation] = [
    ("borrar una línea", False, _delete_line),
    ("duplicar una línea", False, _duplicate_line),
    ("intercambiar dos líneas", False, _swap_lines),
    ("bytes al azar", False, _random_bytes),
    ("archivo cortado", False, _truncate),
    ("tabulador en la sangría", True, _at_line(lambda line: b"\t" + line)),
    ("comillas sin cerrar", True, _at_line(_open_quote)),
    ("UTF-8 inválido", True, _at_line(lambda line: line + b"\xff\xfe")),
    ("carácter NUL", True, _at_line(lambda line: line + b"\x00")),
    ("carácter de control", True, _at_line(lambda line: line + b"\x07")),
    ("ancla", True, _anchor),
    ("alias", True, _insert_yaml(b"otra: *nada")),
    ("clave de fusión", True, _insert_yaml(b"<<: {a: 1}")),
    ("autorreferencia", True, _insert_yaml(b"x: &a [*a]")),
    ("mil millones de risas", True, _insert_yaml(_billion_laughs(9))),
    ("anidación profunda", True, _insert_yaml(b"x: " + b"[" * 5000 + b"]" * 5000)),
    ("clave con fecha imposible", True, _insert_yaml(b"2024-13-01: x")),
    ("clave con fecha", True, _insert_yaml(b"2024-01-01: x")),
    ("clave numérica", True, _insert_yaml(b"12: x")),
    ("etiqueta de Python", True, _insert_yaml(b"x: !!python/object/apply:os.system ['ls']")),
    ("etiqueta propia", True, _insert_yaml(b"x: !foo bar")),
    ("segundo documento", True, _insert_yaml(b"---\nx: 1")),
    ("texto enorme", True, _insert_yaml(b"x: " + b"a" * 1_100_000)),
    (
        "BOM y tabulador",
        True,
        lambda rng, d: b"\xef\xbb\xbf" + _at_line(lambda x: b"\t" + x)(rng, d),
    ),
]
BY_MUTATION = {m[0]: m for m in MUTATIONS}


def has_line(error, kind: Kind) -> bool:
    return error.file == kind.target and error.line >= 1
