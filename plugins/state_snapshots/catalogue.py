"""Fixed facts the data files are checked against: the 32 states and the components.

The list of states comes from INEGI's catalogue of federal entities (codes 01-32).
Component keys are the YAML keys liaisons write; labels are what readers see.
"""

from __future__ import annotations

from typing import NamedTuple

from ventana_data import context_shapes


class State(NamedTuple):
    clave: str
    slug: str
    nombre: str
    nombre_oficial: str
    abreviatura: str
    fila: int  # tile-grid map position, roughly geographic
    columna: int


STATES: tuple[State, ...] = (
    State("01", "aguascalientes", "Aguascalientes", "Aguascalientes", "AGS", 2, 2),
    State("02", "baja-california", "Baja California", "Baja California", "BC", 0, 0),
    State("03", "baja-california-sur", "Baja California Sur", "Baja California Sur", "BCS", 1, 0),
    State("04", "campeche", "Campeche", "Campeche", "CAMP", 4, 7),
    State("05", "coahuila", "Coahuila", "Coahuila de Zaragoza", "COAH", 0, 3),
    State("06", "colima", "Colima", "Colima", "COL", 4, 1),
    State("07", "chiapas", "Chiapas", "Chiapas", "CHIS", 4, 6),
    State("08", "chihuahua", "Chihuahua", "Chihuahua", "CHIH", 0, 2),
    State("09", "ciudad-de-mexico", "Ciudad de México", "Ciudad de México", "CDMX", 3, 4),
    State("10", "durango", "Durango", "Durango", "DGO", 1, 2),
    State("11", "guanajuato", "Guanajuato", "Guanajuato", "GTO", 2, 3),
    State("12", "guerrero", "Guerrero", "Guerrero", "GRO", 4, 2),
    State("13", "hidalgo", "Hidalgo", "Hidalgo", "HGO", 2, 5),
    State("14", "jalisco", "Jalisco", "Jalisco", "JAL", 3, 1),
    State("15", "estado-de-mexico", "Estado de México", "México", "MEX", 3, 3),
    State("16", "michoacan", "Michoacán", "Michoacán de Ocampo", "MICH", 3, 2),
    State("17", "morelos", "Morelos", "Morelos", "MOR", 4, 3),
    State("18", "nayarit", "Nayarit", "Nayarit", "NAY", 2, 1),
    State("19", "nuevo-leon", "Nuevo León", "Nuevo León", "NL", 0, 4),
    State("20", "oaxaca", "Oaxaca", "Oaxaca", "OAX", 4, 5),
    State("21", "puebla", "Puebla", "Puebla", "PUE", 3, 6),
    State("22", "queretaro", "Querétaro", "Querétaro", "QRO", 2, 4),
    State("23", "quintana-roo", "Quintana Roo", "Quintana Roo", "QROO", 4, 8),
    State("24", "san-luis-potosi", "San Luis Potosí", "San Luis Potosí", "SLP", 1, 4),
    State("25", "sinaloa", "Sinaloa", "Sinaloa", "SIN", 1, 1),
    State("26", "sonora", "Sonora", "Sonora", "SON", 0, 1),
    State("27", "tabasco", "Tabasco", "Tabasco", "TAB", 3, 7),
    State("28", "tamaulipas", "Tamaulipas", "Tamaulipas", "TAMS", 1, 5),
    State("29", "tlaxcala", "Tlaxcala", "Tlaxcala", "TLAX", 3, 5),
    State("30", "veracruz", "Veracruz", "Veracruz de Ignacio de la Llave", "VER", 2, 6),
    State("31", "yucatan", "Yucatán", "Yucatán", "YUC", 3, 8),
    State("32", "zacatecas", "Zacatecas", "Zacatecas", "ZAC", 1, 3),
)
BY_SLUG = {s.slug: s for s in STATES}
BY_CLAVE = {s.clave: s for s in STATES}

# One vocabulary for every component, defined with the shared context contract.
STATUSES = context_shapes.STATUSES
DONE = context_shapes.DONE

LAWS: dict[str, str] = {
    "sistema_anticorrupcion": "Ley del Sistema Estatal Anticorrupción",
    "responsabilidades_administrativas": "Ley de Responsabilidades Administrativas",
    "organica_tribunal": "Ley Orgánica del Tribunal de Justicia Administrativa",
    "fiscalia": "Ley de la Fiscalía",
    "fiscalizacion_superior": "Ley de Fiscalización Superior",
    "organica_administracion_publica": "Ley Orgánica de la Administración Pública",
    "codigo_penal": "Código Penal (delitos por hechos de corrupción)",
}
INSTITUTIONS: dict[str, str] = {
    "comision_seleccion": "Comisión de Selección",
    "comite_participacion_ciudadana": "Comité de Participación Ciudadana",
    "comite_coordinador": "Comité Coordinador",
    "secretaria_ejecutiva": "Secretaría Ejecutiva",
    "fiscalia_anticorrupcion": "Fiscalía Anticorrupción",
    "tribunal_justicia_administrativa": "Tribunal de Justicia Administrativa",
}
POLICY: dict[str, str] = {
    "politica": "Política Estatal Anticorrupción",
    "programa_implementacion": "Programa de implementación de la política",
}
SYSTEMS: dict[str, str] = {
    "s1_declaraciones": "S1: declaraciones patrimoniales y de intereses",
    "s2_servidores_contrataciones": "S2: personas servidoras públicas en contrataciones",
    "s3_sancionados": "S3: personas servidoras públicas y particulares sancionados",
    "s4_fiscalizacion": "S4: información de fiscalización",
    "s5_denuncias": "S5: denuncias por faltas administrativas y hechos de corrupción",
    "s6_contrataciones_publicas": "S6: contrataciones públicas",
}

# Facts of data/facts.yaml (read from the context) that this catalogue also counts:
# a page says the fact, a state page counts the catalogue, so both must agree.
COUNTED_FACTS: dict[str, tuple[str, int]] = {
    "plataforma_digital_sistemas": ("sistemas de la Plataforma Digital Nacional", len(SYSTEMS)),
}


class Component(NamedTuple):
    path: tuple[str, ...]  # where the component's mapping lives in the YAML
    grupo: str
    etiqueta: str


def components() -> list[Component]:
    """Every component that counts towards a state's progress, in page order."""
    out = [
        Component(
            ("marco_normativo", "reforma_constitucional"),
            "leyes",
            "Reforma a la Constitución del estado",
        )
    ]
    out += [Component(("marco_normativo", "leyes", k), "leyes", v) for k, v in LAWS.items()]
    out += [Component(("instituciones", k), "instituciones", v) for k, v in INSTITUTIONS.items()]
    out += [Component(("politica_estatal", k), "politica", v) for k, v in POLICY.items()]
    out.append(
        Component(
            ("plataforma_digital", "plataforma_estatal"),
            "plataforma",
            "Plataforma digital del estado",
        )
    )
    out += [
        Component(("plataforma_digital", "sistemas", k), "plataforma", v)
        for k, v in SYSTEMS.items()
    ]
    return out


COMPONENTS: tuple[Component, ...] = tuple(components())

GROUPS: dict[str, str] = {
    "leyes": "Leyes",
    "instituciones": "Instituciones",
    "politica": "Política estatal",
    "plataforma": "Plataforma digital",
}

# Counts a liaison types as "done" and "out of": done must not exceed the total.
COUNT_PAIRS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (
        ("instituciones", "comite_participacion_ciudadana"),
        "integrantes_designados",
        "integrantes_requeridos",
    ),
    (
        ("instituciones", "tribunal_justicia_administrativa"),
        "magistrados_designados",
        "magistrados_previstos",
    ),
    (("politica_estatal", "programa_implementacion"), "acciones_concluidas", "acciones_totales"),
    (("plataforma_digital",), "municipios_registrados", "municipios_totales"),
    *(
        (("plataforma_digital", "sistemas", k), "entes_conectados", "entes_totales")
        for k in SYSTEMS
    ),
)
