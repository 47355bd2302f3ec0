"""A field named only by its tooltip (title) has no label anyone sees before typing."""

from ..finding import Severity
from .base import Rule, hit
from .form_label_missing import unlabelled_fields


class LabelTitleOnly(Rule):
    id = "label-title-only"
    wcag = "3.3.2"
    severity = Severity.WARNING
    title = "Campo nombrado solo con title"
    message = "El campo {what} solo se nombra con title, que no se ve hasta pasar el ratón."
    hint = 'Agrega una etiqueta visible: <label for="id-del-campo">Texto</label>.'
    axe = ("label-title-only",)

    def check(self, page):
        for el in unlabelled_fields(page):
            if el.get("title", "").strip():
                what = el.get("name") or el.get("id") or el.tag
                yield hit(el, f'title="{el.get("title")}"', what=what)
