"""A form field without a label is announced as "edit text" with no idea what to type."""

from ..finding import Severity
from .base import Rule, hit

NO_LABEL_TYPES = frozenset({"hidden", "submit", "reset", "button", "image"})


class FormLabelMissing(Rule):
    id = "form-label-missing"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "Campo de formulario sin etiqueta"
    message = "El campo {what} no tiene etiqueta."
    hint = 'Agrega <label for="id-del-campo">Texto</label>, o aria-label si no hay texto visible.'
    axe = ("label", "select-name")

    def check(self, page):
        for el in unlabelled_fields(page):
            if not el.get("title", "").strip():
                what = el.get("name") or el.get("id") or el.tag
                yield hit(el, f'name="{what}"', what=what)


def unlabelled_fields(page):
    """Fields a person fills in with no <label>, aria-label or aria-labelledby."""
    labelled = {label.get("for") for label in page.by_tag.get("label", ())}
    for tag in ("input", "select", "textarea"):
        for el in page.by_tag.get(tag, ()):
            if tag == "input" and (el.get("type") or "text").lower() in NO_LABEL_TYPES:
                continue
            if el.get("id") in labelled or _inside_label(el):
                continue
            if not (el.get("aria-label", "").strip() or el.get("aria-labelledby")):
                yield el


def _inside_label(el):
    return any(parent.tag == "label" for parent in el.iterancestors())
