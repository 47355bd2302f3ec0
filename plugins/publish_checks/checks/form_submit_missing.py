"""A form with no submit button cannot be sent by someone who cannot press Enter in it."""

from lxml import etree

from ..finding import Severity
from .base import Rule, hit

# Compiled once: ``form.xpath(text)`` would compile the expression on every page.
_SUBMITS = etree.XPath(
    ".//button[not(@type) or @type='submit'] | .//input[@type='submit' or @type='image']"
)


class FormSubmitMissing(Rule):
    id = "form-submit-missing"
    wcag = "3.2.2"
    severity = Severity.ERROR
    title = "Formulario sin botón de envío"
    message = "El formulario no tiene un botón para enviarlo."
    hint = 'Agrega <button type="submit"> con un texto claro, por ejemplo «Buscar».'

    def check(self, page):
        for form in page.by_tag.get("form", ()):
            if not _SUBMITS(form):
                yield hit(form, form.get("class") or form.get("action") or "<form>")
