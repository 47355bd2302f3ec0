"""What ARIA says about roles, and the role an HTML element has without one (html-aam).

The role table is WAI-ARIA 1.2 (plus graphics roles) as axe-core 4.14 reads it: for each
concrete role, its type, the attributes it supports beyond the global ones, and the ones
it prohibits (written without the ``aria-`` prefix). ``role_of`` is the role a screen
reader gets: the first known token of ``role``, else the element's implicit role.
"""

from __future__ import annotations

from typing import Any

GLOBAL = frozenset(
    "aria-" + name
    for name in """actions atomic braillelabel brailleroledescription busy controls current
    describedby description details disabled dropeffect errormessage flowto grabbed haspopup
    hidden invalid keyshortcuts label labelledby live owns relevant roledescription""".split()
)

# role: (type, supported attributes, prohibited attributes)
_TABLE = {
    "alert": ("structure", "expanded", ""),
    "alertdialog": ("window", "expanded modal", ""),
    "application": ("landmark", "activedescendant expanded", ""),
    "article": ("structure", "expanded posinset setsize", ""),
    "banner": ("landmark", "expanded", ""),
    "blockquote": ("structure", "", ""),
    "button": ("widget", "expanded pressed", ""),
    "caption": ("structure", "", "actions label labelledby"),
    "cell": ("structure", "colindex colspan expanded rowindex rowspan", ""),
    "checkbox": ("widget", "checked expanded readonly required", ""),
    "code": ("structure", "", "actions label labelledby"),
    "columnheader": (
        "structure",
        "colindex colspan expanded readonly required rowindex rowspan selected sort",
        "",
    ),
    "combobox": (
        "widget",
        "activedescendant autocomplete controls expanded orientation owns readonly required",
        "",
    ),
    "comment": ("structure", "level posinset setsize", ""),
    "complementary": ("landmark", "expanded", ""),
    "contentinfo": ("landmark", "expanded", ""),
    "definition": ("structure", "expanded", ""),
    "deletion": ("structure", "", "actions label labelledby"),
    "dialog": ("window", "expanded modal", ""),
    "directory": ("structure", "expanded", ""),
    "document": ("structure", "expanded", ""),
    "emphasis": ("structure", "", "actions label labelledby"),
    "feed": ("structure", "expanded", ""),
    "figure": ("structure", "expanded", ""),
    "form": ("landmark", "expanded", ""),
    "graphics-document": ("structure", "", ""),
    "graphics-object": ("structure", "", ""),
    "graphics-symbol": ("structure", "", ""),
    "grid": (
        "composite",
        "activedescendant colcount expanded level multiselectable readonly rowcount",
        "",
    ),
    "gridcell": (
        "widget",
        "colindex colspan expanded readonly required rowindex rowspan selected",
        "",
    ),
    "group": ("structure", "activedescendant expanded", ""),
    "heading": ("structure", "expanded level", ""),
    "image": ("structure", "expanded", ""),
    "img": ("structure", "expanded", ""),
    "insertion": ("structure", "", "actions label labelledby"),
    "link": ("widget", "expanded", ""),
    "list": ("structure", "expanded", ""),
    "listbox": (
        "widget",
        "activedescendant expanded multiselectable orientation readonly required",
        "",
    ),
    "listitem": ("structure", "expanded level posinset setsize", ""),
    "log": ("structure", "expanded", ""),
    "main": ("landmark", "expanded", ""),
    "mark": ("structure", "", "actions label labelledby"),
    "marquee": ("structure", "expanded", ""),
    "math": ("structure", "expanded", ""),
    "menu": ("composite", "activedescendant expanded orientation", ""),
    "menubar": ("composite", "activedescendant expanded orientation", ""),
    "menuitem": ("widget", "expanded posinset setsize", ""),
    "menuitemcheckbox": ("widget", "checked expanded posinset readonly setsize", ""),
    "menuitemradio": ("widget", "checked expanded posinset readonly setsize", ""),
    "meter": ("structure", "valuemax valuemin valuenow valuetext", ""),
    "navigation": ("landmark", "expanded", ""),
    "none": ("structure", "", "label labelledby"),
    "note": ("structure", "expanded", ""),
    "option": ("widget", "checked posinset selected setsize", ""),
    "paragraph": ("structure", "", "actions label labelledby"),
    "presentation": ("structure", "", "label labelledby"),
    "progressbar": ("widget", "expanded valuemax valuemin valuenow valuetext", ""),
    "radio": ("widget", "checked posinset required setsize", ""),
    "radiogroup": ("composite", "activedescendant expanded orientation readonly required", ""),
    "region": ("landmark", "expanded", ""),
    "row": (
        "structure",
        "activedescendant colindex expanded level posinset rowindex selected setsize",
        "",
    ),
    "rowgroup": ("structure", "", ""),
    "rowheader": (
        "structure",
        "colindex colspan expanded readonly required rowindex rowspan selected sort",
        "",
    ),
    "scrollbar": ("widget", "controls orientation valuemax valuemin valuenow valuetext", ""),
    "search": ("landmark", "expanded", ""),
    "searchbox": (
        "widget",
        "activedescendant autocomplete multiline placeholder readonly required",
        "",
    ),
    "sectionfooter": ("structure", "", ""),
    "sectionheader": ("structure", "", ""),
    "separator": ("structure", "orientation valuemax valuemin valuenow valuetext", ""),
    "slider": ("widget", "orientation readonly required valuemax valuemin valuenow valuetext", ""),
    "spinbutton": (
        "widget",
        "activedescendant readonly required valuemax valuemin valuenow valuetext",
        "",
    ),
    "status": ("structure", "expanded", ""),
    "strong": ("structure", "", "actions label labelledby"),
    "subscript": ("structure", "", "actions label labelledby"),
    "suggestion": ("structure", "", "actions label labelledby"),
    "superscript": ("structure", "", "actions label labelledby"),
    "switch": ("widget", "checked expanded readonly required", ""),
    "tab": ("widget", "expanded posinset selected setsize", ""),
    "table": ("structure", "colcount expanded rowcount", ""),
    "tablist": ("composite", "activedescendant expanded level multiselectable orientation", ""),
    "tabpanel": ("structure", "expanded", ""),
    "term": ("structure", "expanded", ""),
    "text": ("structure", "", ""),
    "textbox": (
        "widget",
        "activedescendant autocomplete multiline placeholder readonly required",
        "",
    ),
    "time": ("structure", "", ""),
    "timer": ("structure", "expanded", ""),
    "toolbar": ("structure", "activedescendant expanded orientation", ""),
    "tooltip": ("structure", "expanded", ""),
    "tree": ("composite", "activedescendant expanded multiselectable orientation required", ""),
    "treegrid": (
        "composite",
        "activedescendant colcount expanded level multiselectable orientation readonly "
        "required rowcount",
        "",
    ),
    "treeitem": ("widget", "checked expanded level posinset selected setsize", ""),
}
ROLES: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {
    role: (
        kind,
        GLOBAL | {"aria-" + a for a in allowed.split()},
        frozenset("aria-" + a for a in prohibited.split()),
    )
    for role, (kind, allowed, prohibited) in _TABLE.items()
}
LANDMARKS = frozenset("banner complementary contentinfo form main navigation region search".split())
PRESENTATIONAL = frozenset({"none", "presentation"})

_FIXED = {
    "article": "article",
    "body": "document",
    "button": "button",
    "datalist": "listbox",
    "dd": "definition",
    "dfn": "term",
    "details": "group",
    "dialog": "dialog",
    "dt": "term",
    "fieldset": "group",
    "figure": "figure",
    **dict.fromkeys(("h1", "h2", "h3", "h4", "h5", "h6"), "heading"),
    "hr": "separator",
    "li": "listitem",
    "main": "main",
    "math": "math",
    "menu": "list",
    "meter": "meter",
    "nav": "navigation",
    "ol": "list",
    "optgroup": "group",
    "option": "option",
    "output": "status",
    "progress": "progressbar",
    "search": "search",
    "summary": "button",
    "table": "table",
    "tbody": "rowgroup",
    "textarea": "textbox",
    "tfoot": "rowgroup",
    "thead": "rowgroup",
    "tr": "row",
    "ul": "list",
}
_INPUT = {
    "checkbox": "checkbox",
    "number": "spinbutton",
    "radio": "radio",
    "range": "slider",
    "search": "searchbox",
    **dict.fromkeys(("button", "image", "reset", "submit"), "button"),
}
SECTIONING = frozenset({"article", "aside", "nav", "section"})
# HTML elements with no role of their own: only the global attributes apply to them.
NO_ROLE = frozenset(
    """abbr address b bdi bdo blockquote br caption cite code data del div em figcaption
    i ins kbd label legend mark p pre q s samp small span strong sub sup time u var
    wbr""".split()
)


def labelled(el: Any, page: Any) -> bool:
    refs = (el.get("aria-labelledby") or "").split()
    if any(page.text(page.ids[r][0]) for r in refs if r in page.ids):
        return True
    return bool((el.get("aria-label") or "").strip() or (el.get("title") or "").strip())


def _inside(el: Any, tags: frozenset[str]) -> bool:
    return any(node.tag in tags for node in el.iterancestors())


def implicit_role(el: Any, page: Any) -> str | None:
    """The role html-aam gives ``el`` without a ``role`` attribute (None: no role)."""
    tag = el.tag
    if tag in _FIXED:
        return _FIXED[tag]
    if tag in ("a", "area"):
        return "link" if el.get("href") is not None else None
    if tag == "img":
        decorative = el.get("alt") == "" and not any(a in GLOBAL for a in el.attrib)
        return "presentation" if decorative else "img"
    if tag == "input":
        kind = (el.get("type") or "text").lower()
        return _INPUT.get(kind, "combobox" if el.get("list") else "textbox")
    if tag == "select":
        size = (el.get("size") or "").strip()
        multiple = el.get("multiple") is not None or (size.isdigit() and int(size) > 1)
        return "listbox" if multiple else "combobox"
    if tag in ("header", "footer"):
        if _inside(el, SECTIONING | {"main"}):
            return None
        return "banner" if tag == "header" else "contentinfo"
    if tag == "aside":
        return None if _inside(el, SECTIONING) and not labelled(el, page) else "complementary"
    if tag in ("section", "form"):
        if not labelled(el, page):
            return None
        return "region" if tag == "section" else "form"
    if tag in ("td", "th"):
        return _cell_role(el)
    return None


def _cell_role(el: Any) -> str:
    table = next((n for n in el.iterancestors() if n.tag == "table"), None)
    grid = table is not None and (table.get("role") or "").strip() in ("grid", "treegrid")
    if el.tag == "td":
        return "gridcell" if grid else "cell"
    scope = (el.get("scope") or "").lower()
    return "rowheader" if scope in ("row", "rowgroup") else "columnheader"


def explicit_role(el: Any) -> str | None:
    """The first token of ``role`` that names a concrete role, as browsers pick it."""
    for token in (el.get("role") or "").lower().split():
        if token in ROLES:
            return token
    return None


def role_of(el: Any, page: Any) -> str | None:
    return explicit_role(el) or implicit_role(el, page)


def hidden(el: Any) -> bool:
    """True when ``el`` or an ancestor is hidden from screen readers by markup."""
    node = el
    while node is not None:
        if node.get("hidden") is not None or (node.get("aria-hidden") or "").strip() == "true":
            return True
        node = node.getparent()
    return False
