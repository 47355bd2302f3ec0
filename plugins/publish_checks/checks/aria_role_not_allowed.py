"""A role that HTML does not allow on an element (<ul role="button">, <h2 role="link">)
hides what the element is, and the keyboard does not follow the new role.

ARIA in HTML lists the roles each element may take: any role, none, or a short list.
"""

from ..aria import ROLES, implicit_role
from ..finding import Severity
from .base import Rule, hit

ANY = None  # any role
HEADINGS = "none presentation tab doc-subtitle"
LISTS = "directory group listbox menu menubar none presentation radiogroup tablist toolbar tree"
# element -> roles it may take ("" = none but its own); elements not here take any role.
ALLOWED = {
    "article": "feed presentation none document application main region",
    "aside": "feed note presentation none region search",
    "br": "presentation none",
    "button": "checkbox combobox gridcell link menuitem menuitemcheckbox menuitemradio option "
    "radio separator slider switch tab treeitem",
    "dialog": "alertdialog",
    "dl": "group list presentation none",
    "dt": "listitem",
    "embed": "application document img image presentation none",
    "fieldset": "none presentation radiogroup",
    "figcaption": "group none presentation",
    "footer": "group none presentation doc-footnote",
    "form": "form search none presentation",
    **dict.fromkeys(("h1", "h2", "h3", "h4", "h5", "h6"), HEADINGS),
    "header": "group none presentation doc-footnote",
    "hr": "none presentation doc-pagebreak",
    "iframe": "application document img image none presentation",
    "li": "menuitem menuitemcheckbox menuitemradio option none presentation radio separator "
    "tab treeitem",
    "menu": LISTS,
    "nav": "menu menubar none presentation tablist",
    "ol": LISTS,
    "ul": LISTS,
    "search": "form group none presentation region search",
    "section": "alert alertdialog application banner complementary contentinfo dialog document "
    "feed group log main marquee navigation none note presentation search status tabpanel",
    "wbr": "presentation none",
    "audio": "application",
    "video": "application",
    "object": "application document img image",
    **dict.fromkeys(
        """base body caption col colgroup datalist dd details head html label legend link main
        map math meta meter noscript optgroup option param picture progress script slot
        source style template textarea title track""".split(),
        "",
    ),
}
_INPUT = {
    "button": "checkbox combobox link menuitem menuitemcheckbox menuitemradio option radio "
    "switch tab",
    "image": "link menuitem menuitemcheckbox menuitemradio radio switch",
    "radio": "menuitemradio",
    **dict.fromkeys(
        """color date datetime-local file month number password range reset submit time week
        hidden""".split(),
        "",
    ),
}
_LINK = "button checkbox menuitem menuitemcheckbox menuitemradio option radio switch tab treeitem"
_IMG = (
    "button checkbox link math menuitem menuitemcheckbox menuitemradio meter option "
    "progressbar radio scrollbar separator slider switch tab treeitem"
)


def allowed_roles(el):
    """The roles ``el`` may take as a set, or ANY."""
    tag = el.tag
    if tag == "a":
        return set(_LINK.split()) if el.get("href") is not None else ANY
    if tag == "area":
        return set() if el.get("href") is not None else {"button", "link"}
    if tag == "img":
        named = (el.get("alt") or el.get("aria-label") or el.get("title") or "").strip()
        return set((_IMG if named or el.get("aria-labelledby") else "presentation none").split())
    if tag == "input":
        return _input_roles(el)
    if tag == "select":
        size = (el.get("size") or "1").strip()
        return {"menu"} if el.get("multiple") is None and size in ("", "1") else set()
    if tag == "summary":
        return set() if el.getparent() is not None and el.getparent().tag == "details" else ANY
    if tag == "figure":
        return {"doc-example"} if el.find("figcaption") is not None else ANY
    value = ALLOWED.get(tag, ANY)
    return value if value is ANY else set(value.split())


def _input_roles(el):
    kind = (el.get("type") or "text").strip().lower()
    if kind == "checkbox":
        extra = " button" if el.get("aria-pressed") is not None else ""
        return set(("menuitemcheckbox option switch" + extra).split())
    if kind == "text" and el.get("list") is not None:
        return set()
    return set(_INPUT.get(kind, "combobox searchbox spinbutton").split())


def _own_role(el, page):
    role = implicit_role(el, page)
    return role or {"header": "banner", "footer": "contentinfo"}.get(el.tag)


class AriaRoleNotAllowed(Rule):
    id = "aria-role-not-allowed"
    wcag = "4.1.2"
    severity = Severity.WARNING
    title = "Rol ARIA que la etiqueta HTML no admite"
    message = '<{tag}> no admite role="{role}": se anuncia como algo que no es.'
    hint = (
        'Usa la etiqueta que ya tiene ese papel (<button> para role="button", <a href> para '
        'role="link") o quita el role.'
    )
    axe = ("aria-allowed-role",)

    def check(self, page):
        for el in page.by_attr.get("role", ()):
            if "-" in el.tag or el.get("aria-hidden") == "true" or el.get("hidden") is not None:
                continue
            allowed = allowed_roles(el)
            if allowed is ANY:
                continue
            for role in (el.get("role") or "").lower().split():
                if role in ROLES and role not in allowed and role != _own_role(el, page):
                    yield hit(el, f'<{el.tag} role="{role}">', tag=el.tag, role=role)
                    break
