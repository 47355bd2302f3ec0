"""A form with no submit button cannot be sent by someone who cannot press Enter in it."""

from ..finding import Severity
from .base import Rule, hit


class FormSubmitMissing(Rule):
    id = "form-submit-missing"
    wcag = "3.2.2"
    severity = Severity.ERROR
    title = "Formulario sin botón de envío"
    message = "El formulario no tiene un botón para enviarlo."
    hint = 'Agrega <button type="submit"> con un texto claro, por ejemplo «Buscar».'

    def check(self, page):
        for form in page.by_tag.get("form", ()):
            buttons = form.xpath(
                ".//button[not(@type) or @type='submit'] | "
                ".//input[@type='submit' or @type='image']"
            )
            if not buttons:
                yield hit(form, form.get("class") or form.get("action") or "<form>")
