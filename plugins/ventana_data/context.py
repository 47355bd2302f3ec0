"""The shared context contract: every key a plugin puts in Pelican's context for others.

Plugins never import each other; they meet here. Each ``ContextKey`` names its
producer, the shape of its value (a ``TypedDict`` or a ``Protocol`` of the
attributes consumers may use) and its consumers. A producer writes with
``KEY.put(context, value)``; a consumer reads with ``KEY.get(context)`` and never
guesses a key or recounts what the producer publishes.

The shapes themselves, and the status vocabulary, live in ``context_shapes.py``.
To add a key: declare its shape there, one ``ContextKey`` below, add it to
``KEYS``, then run ``invoke docs`` so the table in ``docs/architecture.md``
follows. Incremental builds key on this table: a value that is not declared here
is not shared.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

from .context_shapes import OutputFile

# --- the keys ---------------------------------------------------------------------


@dataclass(frozen=True)
class ContextKey:
    """One value shared through Pelican's context."""

    name: str
    producer: str
    shape: str
    consumers: tuple[str, ...]
    doc: str
    empty: Any = None

    def get(self, context: Mapping[str, Any]) -> Any:
        """The value, or the key's empty value when its producer did not run."""
        value = context.get(self.name)
        if value is None:
            return self.empty() if callable(self.empty) else self.empty
        return value

    def put(self, context: MutableMapping[str, Any], value: Any) -> None:
        context[self.name] = value

    def present(self, context: Mapping[str, Any]) -> bool:
        return self.name in context


GLOSSARY_TERMS = ContextKey(
    "GLOSSARY_TERMS",
    "glossary",
    "list[GlossaryTerm]",
    ("glossary.html", "publish_checks"),
    "Términos del glosario ordenados por sigla, cada uno con su ancla.",
    empty=list,
)
GLOSSARY = ContextKey(
    "glossary",
    "glossary",
    "dict[str, GlossaryTerm]",
    ("plantillas",),
    "Los mismos términos, por sigla.",
    empty=dict,
)
STATES = ContextKey(
    "states",
    "state_snapshots",
    "list[StateRecord]",
    (
        "state_snapshots",
        "infographics",
        "build_dates",
        "states.html",
        "state.html",
        "states_data.html",
    ),
    "Fichas validadas de los estados, por clave INEGI, con su sección `calculado`.",
    empty=list,
)
STATES_SUMMARY = ContextKey(
    "states_summary",
    "state_snapshots",
    "StatesSummary",
    ("state_snapshots", "infographics", "states.html", "states_data.html"),
    "Cifras nacionales calculadas sobre todos los estados.",
    empty=dict,
)
STATES_NARRATIVES = ContextKey(
    "states_narratives",
    "state_snapshots",
    "dict[str, StateNarrative]",
    ("state_snapshots", "build_dates"),
    "Texto en Markdown de cada estado, por slug.",
    empty=dict,
)
STATES_CONFIG = ContextKey(
    "states_config",
    "state_snapshots",
    "StatesConfig",
    ("state_snapshots", "states.html", "states_data.html"),
    "El ajuste STATE_SNAPSHOTS ya resuelto (umbrales del semáforo, canal Atom).",
)
LESSONS_CATALOG = ContextKey(
    "LESSONS_CATALOG",
    "lessons",
    "LessonsCatalog",
    ("lessons",),
    "La guía completa: lecciones, metas y sus agrupaciones.",
)
LESSONS = ContextKey(
    "lessons",
    "lessons",
    "list[Lesson]",
    ("lesson.html", "lessons_*.html"),
    "Lecciones por número.",
    empty=list,
)
LESSON_GOALS = ContextKey(
    "lesson_goals",
    "lessons",
    "list[LearningGoal]",
    ("plantillas",),
    "Metas de aprendizaje por id.",
    empty=list,
)
INFOGRAPHICS = ContextKey(
    "INFOGRAPHICS",
    "infographics",
    "list[Infographic]",
    ("infographics", "build_dates"),
    "Infografías validadas, en orden de publicación.",
    empty=list,
)

OUTPUT_FILES = ContextKey(
    "OUTPUT_FILES",
    "state_snapshots, lessons, infographics, cms_admin",
    "list[OutputFile]",
    ("editorial",),
    "Archivos que escribe cada generador; ninguna página puede escribirse en uno de ellos.",
    empty=list,
)
SEARCH = ContextKey(
    "search",
    "search",
    "SearchConfig",
    ("partials/header.html", "base.html", "search.html", "404.html"),
    "Dirección de la página de búsqueda, carpeta del índice y secciones que filtran.",
)

CHANNELS = ContextKey(
    "channels",
    "channels",
    "Channels",
    ("report.html", "state.html", "partials/footer.html"),
    "Dónde denunciar: canales federales y de cada estado, con su fuente; los de ejemplo marcados.",
    empty=dict,
)

FACTS = ContextKey(
    "facts",
    "facts",
    "dict[str, Fact]",
    ("facts", "infographics", "state_snapshots"),
    "Cifras compartidas por id, cada una con su fuente; las páginas las insertan con {dato:id}.",
    empty=dict,
)

KEYS: tuple[ContextKey, ...] = (
    GLOSSARY_TERMS,
    GLOSSARY,
    STATES,
    STATES_SUMMARY,
    STATES_NARRATIVES,
    STATES_CONFIG,
    LESSONS_CATALOG,
    LESSONS,
    LESSON_GOALS,
    INFOGRAPHICS,
    OUTPUT_FILES,
    SEARCH,
    CHANNELS,
    FACTS,
)
BY_NAME = {key.name: key for key in KEYS}


def docs_table() -> str:
    """The keys as a Markdown table, for docs/architecture.md."""
    rows = [
        f"| `{k.name}` | {k.producer} | `{k.shape}` | {', '.join(k.consumers)} | {k.doc} |"
        for k in KEYS
    ]
    head = "| Clave | La produce | Forma | La leen | Qué es |\n|---|---|---|---|---|"
    return "\n".join([head, *rows])


# --- writing a key -----------------------------------------------------------------


def claim_output(context: MutableMapping[str, Any], save_as: str, source: str) -> None:
    """Declare that this build writes ``save_as``, so no page may take the same file."""
    files = context.setdefault(OUTPUT_FILES.name, [])
    files.append(OutputFile(save_as=save_as, source=source))
