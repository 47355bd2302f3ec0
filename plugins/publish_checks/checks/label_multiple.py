"""A field with two labels is announced with one of them, or both run together."""

from collections import Counter

from ..finding import Severity
from .base import Rule, hit


class LabelMultiple(Rule):
    id = "label-multiple"
    wcag = "3.3.2"
    severity = Severity.WARNING
    title = "Campo con más de una etiqueta"
    message = "El campo «{id}» tiene {count} etiquetas <label>."
    hint = "Deja una sola <label> por campo; junta el texto en ella."
    axe = ("form-field-multiple-labels",)

    def check(self, page):
        targets = Counter(label.get("for") for label in page.by_tag.get("label", ()))
        for label in page.by_tag.get("label", ()):
            for field in label.iter("input", "select", "textarea"):
                if field.get("id") and field.get("id") != label.get("for"):
                    targets[field.get("id")] += 1
        for field_id, count in sorted((k, v) for k, v in targets.items() if k):
            if count > 1 and field_id in page.ids:
                yield hit(page.ids[field_id][0], f'id="{field_id}"', id=field_id, count=count)
