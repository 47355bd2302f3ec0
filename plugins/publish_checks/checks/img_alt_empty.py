"""An image in the page's content with ``alt=""`` is hidden from blind readers.

Markdown's ``![](foto.png)`` writes ``alt=""``, which screen readers take as "decorative":
the information in the image is lost without a word. So in ``<main>`` an empty alt is an
error unless the editor says the image is decorative on purpose, in Markdown with
``![](adorno.png){: .decorativa }`` (or ``data-decorativa`` / ``role="presentation"`` in HTML).
"""

from ..finding import Severity
from .base import Rule, hit

DECORATIVE_CLASSES = frozenset({"decorativa", "decorativo", "decorative"})
SKIP_ANCESTORS = frozenset({"a", "button", "header", "footer", "nav"})


def marked_decorative(img):
    if img.get("role") in ("presentation", "none") or img.get("aria-hidden") == "true":
        return True
    if img.get("data-decorativa") is not None:
        return True
    return bool(DECORATIVE_CLASSES & set((img.get("class") or "").split()))


class ImgAltEmpty(Rule):
    id = "img-alt-empty"
    wcag = "1.1.1"
    severity = Severity.ERROR
    title = "Imagen del contenido con texto alternativo vacío"
    message = (
        "La imagen {src} tiene el texto alternativo vacío: quien no la ve no sabe qué muestra."
    )
    hint = (
        "Escribe qué muestra la imagen: ![Descripción breve]({src}). Si es solo un adorno, "
        "márcala a propósito: ![]({src}){{: .decorativa }}"
    )

    def check(self, page):
        main = page.main
        if main is None:
            return
        for img in page.by_tag.get("img", ()):
            alt = img.get("alt")
            if alt is None or alt.strip() or marked_decorative(img):
                continue
            if not _inside(img, main) or _in_skipped(img, main):
                continue
            src = img.get("src") or ""
            yield hit(img, src.rsplit("/", 1)[-1] or src, src=src)


def _inside(el, ancestor):
    return any(node is ancestor for node in el.iterancestors())


def _in_skipped(el, main):
    for node in el.iterancestors():
        if node is main:
            return False
        if node.tag in SKIP_ANCESTORS:
            return True
    return False
