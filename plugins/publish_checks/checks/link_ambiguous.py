"""Links are often read as a list out of context; "aquí" ten times says nothing."""

from ..finding import Severity
from ..text import fold
from .base import Rule, hit

AMBIGUOUS = frozenset(
    {
        "aqui",
        "clic aqui",
        "click aqui",
        "haz clic aqui",
        "haga clic aqui",
        "da clic aqui",
        "de clic aqui",
        "pulse aqui",
        "leer mas",
        "lee mas",
        "ver mas",
        "mas",
        "mas informacion",
        "conoce mas",
        "saber mas",
        "mas detalles",
        "enlace",
        "este enlace",
        "liga",
        "link",
        "click here",
        "here",
        "read more",
        "more",
        "learn more",
    }
)


class LinkAmbiguous(Rule):
    id = "link-ambiguous"
    wcag = "2.4.4"
    severity = Severity.ERROR
    title = "Texto de enlace ambiguo"
    message = "El texto del enlace «{text}» no dice adónde lleva."
    hint = "Escribe el destino en el enlace, por ejemplo «Cómo presentar una denuncia»."

    def check(self, page):
        for a in page.by_tag.get("a", ()):
            if a.get("href") is None or a.get("aria-describedby"):
                continue
            name = page.accessible_name(a)
            if fold(name).strip(" .:…»>›") in AMBIGUOUS:
                yield hit(a, f"{name} → {a.get('href')}", text=name)
