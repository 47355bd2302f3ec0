"""The shapes of the values shared through Pelican's context, and their vocabulary.

``context.py`` declares the keys (who writes each, who reads it); this module says
what each value looks like: a ``TypedDict``, or a ``Protocol`` of the attributes
consumers may use. It also holds the one status vocabulary of a state's components
and the one rule for a glossary anchor, since both are part of what is shared.
"""

from __future__ import annotations

import re
import unicodedata
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
    leyes_total: int  # laws a state needs (catalogue)
    sistemas_total: int  # systems of the national platform (catalogue)
    leyes_en_vigor: dict[str, int]
    con_todas_las_leyes: int
    con_leyes_invalidadas: int
    con_cpc_completo: int
    con_fiscal_anticorrupcion: int
    con_plataforma_estatal: int
    con_todos_los_sistemas: int
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
    linea: int  # line of its «valor:» in data/facts.yaml, for messages that point there


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
