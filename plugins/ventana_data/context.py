"""The shared context contract: every key a plugin puts in Pelican's context for others.

Plugins never import each other; they meet here. Each ``ContextKey`` names its
producer, the shape of its value (a ``TypedDict`` or a ``Protocol`` of the
attributes consumers may use) and its consumers. A producer writes with
``KEY.put(context, value)``; a consumer reads with ``KEY.get(context)`` and never
guesses a key or recounts what the producer publishes.

To add a key: declare its shape and one ``ContextKey`` below, add it to ``KEYS``,
then run ``invoke docs`` so the table in ``docs/architecture.md``
follows. Incremental builds key on this table: a value that is not declared here
is not shared.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any, NotRequired, Protocol, TypedDict

# --- glossary ---------------------------------------------------------------------


class GlossaryTerm(TypedDict):
    """One entry of data/glossary.yaml, validated, with the anchor of its glossary entry."""

    sigla: str
    nombre: str
    definicion: str
    id: str  # the anchor on the glossary page: glosario/#<id>


def term_anchor(sigla: str) -> str:
    """The anchor of a glossary entry without an explicit ``id``: "S.N.A." -> "sna"."""
    text = unicodedata.normalize("NFKD", sigla).encode("ascii", "ignore").decode().lower()
    return re.sub(r"\s+", "-", re.sub(r"[^\w\s-]", "", text).strip())


# --- state_snapshots --------------------------------------------------------------


class StateComponent(TypedDict):
    """One step a state has to take (a law, an institution, a system)."""

    clave: str  # dotted YAML path: "marco_normativo.leyes.fiscalia"
    grupo: str
    etiqueta: str
    estado: str  # one of STATUSES
    estado_etiqueta: str
    fecha: str | None
    fuente: str | None
    nota: str | None
    detalle: str  # the checklist's one-line detail, "3 de 5 integrantes."


class StateComputed(TypedDict):
    """What the build derives for one state; liaisons never type these figures."""

    slug: str
    clave_inegi: str
    nombre: str
    abreviatura: str
    url: str
    datos_url: str
    feed_url: str
    source_path: str
    componentes: list[StateComponent]
    componentes_cumplidos: int
    componentes_total: int
    componentes_por_estado: dict[str, int]
    componentes_por_grupo: dict[str, dict[str, int]]
    porcentaje: int  # round(100 * cumplidos / total)
    semaforo: str  # "alto", "medio" or "bajo"
    semaforo_etiqueta: str  # "Avance alto"
    semaforo_nivel: str  # "Alto", the word the tile map shows
    meses_desde_corte: int
    desactualizado: bool
    leyes_en_vigor: int
    leyes_invalidadas: int
    politica_aprobada: bool
    programa_porcentaje: int | None
    sistemas_conectados: int
    logros_ordenados: list[dict[str, Any]]  # the YAML's logros by date, each with ``numero``
    en_corto: list[str]  # the state page's three opening lines (state_snapshots/glance.py)


class StateCut(TypedDict):
    fecha_corte: str  # AAAA-MM-DD
    ultima_actualizacion: str


class StateRecord(TypedDict):
    """A validated data/states/<slug>.yaml (every key of its schema) plus ``calculado``."""

    sample: bool
    entidad: dict[str, Any]
    corte: StateCut
    calculado: StateComputed


class StatesSummary(TypedDict):
    """National figures over every state, computed once by state_snapshots."""

    total_estados: int
    fecha_calculo: str
    componentes_por_estado_total: int
    avance_promedio: float  # mean of ``porcentaje``, one decimal
    por_semaforo: dict[str, int]
    con_politica_aprobada: int
    con_politica_alineada: int
    con_reforma_constitucional: int
    leyes_en_vigor: dict[str, int]
    con_todas_las_leyes: int
    con_leyes_invalidadas: int
    con_cpc_completo: int
    con_fiscal_anticorrupcion: int
    con_plataforma_estatal: int
    con_seis_sistemas: int
    desactualizados: int
    datos_de_ejemplo: int
    frases: list[str]


class StateNarrative(TypedDict):
    """content/states/<slug>.md: its front matter plus the rendered prose."""

    title: str
    sample: bool
    date: NotRequired[str]
    html: str
    source_path: str


class StatesConfig(Protocol):
    """The resolved STATE_SNAPSHOTS setting, as templates read it."""

    thresholds: tuple[int, int]  # (alto, medio) percentages
    feed_max_items: int
    stale_months: int


# The status of every component, in order of progress; labels are what readers see.
# data/schema/state.schema.json lists the same values (a test keeps them equal).
STATUSES: dict[str, str] = {
    "no_iniciado": "No iniciado",
    "iniciativa": "Iniciativa presentada",
    "en_proceso": "En proceso",
    "cumplido": "Cumplido",
    "invalidado": "Invalidado por un tribunal",
}
DONE = "cumplido"


# --- lessons ----------------------------------------------------------------------


class Lesson(Protocol):
    """One lesson of the Escuela de Héroes (``lessons.model.Lesson``)."""

    slug: str
    number: int
    title: str
    url: str
    source_path: str
    data: dict[str, Any]  # the validated front matter


class LearningGoal(Protocol):
    """One learning goal (``lessons.model.Goal``)."""

    id: str
    tema: str
    texto: str


class LessonsCatalog(Protocol):
    """Every lesson and goal with their groupings (``lessons.catalog.Catalog``)."""

    lessons: list[Lesson]
    goals: list[LearningGoal]


# --- infographics -----------------------------------------------------------------


class Infographic(TypedDict):
    """One data/infographics/<slug>.yaml, ready for its page (``infographics.model``)."""

    slug: str
    titulo: str
    resumen: str
    url: str
    save_as: str
    sample: bool
    bloques: list[dict[str, Any]]
    fuentes: list[dict[str, Any]]
    source_path: str
    actualizado: str  # AAAA-MM-DD, the editor's last review


# --- output files -----------------------------------------------------------------


class OutputFile(TypedDict):
    """One file a generator will write, claimed while it builds its context."""

    save_as: str  # relative to the output folder: "estados/jalisco/index.html"
    source: str  # what it is written from, as an editor reads it: "data/states/jalisco.yaml"


def claim_output(context: MutableMapping[str, Any], save_as: str, source: str) -> None:
    """Declare that this build writes ``save_as``, so no page may take the same file."""
    files = context.setdefault(OUTPUT_FILES.name, [])
    files.append(OutputFile(save_as=save_as, source=source))


# --- channels -------------------------------------------------------------------


class Channel(TypedDict):
    """One place to report, from data/channels.yaml; contact fields only when official."""

    titulo: str  # the official name, or "<type label> de <state>" for sample entries
    atiende: str  # one sentence: which cases it receives
    sample: bool  # True: not from an official publication, shown as "Datos de ejemplo"
    nombre: NotRequired[str]
    siglas: NotRequired[str]
    url: NotRequired[str]
    telefono: NotRequired[str]
    direccion: NotRequired[str]
    horario: NotRequired[str]
    fuente: NotRequired[str]  # the official publication the data come from
    fecha_consulta: NotRequired[str]
    tipo: NotRequired[str]  # state channels: contraloria, fiscalia_anticorrupcion, ...
    tipo_etiqueta: NotRequired[str]


class Channels(TypedDict):
    federal: list[Channel]
    estados: dict[str, list[Channel]]  # by state slug, in the page's order
    total: int
    de_ejemplo: int  # how many entries are sample data
    ancla: str  # the id of the channels section on each state page


# --- facts --------------------------------------------------------------------


class Fact(TypedDict):
    """One entry of data/facts.yaml: a figure several pages state, with its source."""

    id: str
    valor: int | float
    valor_texto: str  # es-MX: "6", "1,250", "59.1"
    etiqueta: str
    fuente: dict[str, str]  # titulo, url and, when someone opened it, fecha_consulta


# --- search ---------------------------------------------------------------------


class SearchSection(TypedDict):
    label: str  # "Estados": the filter value and what readers see
    url: str  # "estados/": the folder whose pages belong to it


class SearchConfig(TypedDict):
    """The resolved SEARCH setting, as the header form and the search page read it."""

    url: str  # "buscar/", relative to SITEURL
    bundle: str  # "pagefind/": the index folder, loaded only by the search page
    sections: list[SearchSection]
    other_section: str


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
    ("facts", "infographics"),
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
