"""Every text style the theme defines: text colour, background and size, per layout.

Without a browser there is no DOM to inherit from, so inheritance is read from the
selectors, the way a BEM theme is written: a style inherits first from rules for the
same element (``.b__e`` for ``.b__e--m``), then from the ancestors its selector names
(nearest first), then from the block of a ``block__element`` class, and last from
``html``/``body`` (white canvas, black text by default). A rule that sets only a
background is checked with the inherited text colour unless the rules inside it set
their own colours (those are checked against this background instead).
Shapes without text (an icon box of at most 32 px a side, ``content: ""``) are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import contrast
from .contrast import Color
from .css import LAYOUTS, StyleRule, Styles, Unknown
from .lengths import ROOT_FONT_PX
from .selectors import Compound

_HEADINGS = {"h1": 2.0, "h2": 1.5, "h3": 1.17, "h4": 1.0, "h5": 0.83, "h6": 0.67}
_BOLD_TAGS = frozenset({*_HEADINGS, "th", "b", "strong", "dt", "legend"})
_GRADIENTS = frozenset(
    {"linear-gradient", "radial-gradient", "conic-gradient"}
    | {f"repeating-{g}-gradient" for g in ("linear", "radial", "conic")}
)
_ROOTS = ("html", ":root", "body")
ICON_PX = 32.0
TRANSPARENT = Color(0, 0, 0, 0)


@dataclass(frozen=True, slots=True)
class TextStyle:
    rule: StyleRule
    fg: Color
    bg: Color
    fg_text: str  # as written, e.g. "var(--vt-color-text)"
    bg_text: str
    large: bool
    layout: float


@dataclass(frozen=True, slots=True)
class Undecided:
    rule: StyleRule
    prop: str
    value: str
    reason: str


class _Layout:
    """The theme's rules that apply at one viewport width, indexed for inheritance."""

    def __init__(self, styles: Styles, width: float) -> None:
        self.styles, self.width = styles, width
        self.rules = styles.at(width)
        self.undecided: list[Undecided] = []
        self.by_base: dict[tuple, list[StyleRule]] = {}
        for rule in self.rules:
            if len(rule.compounds) == 1 and not rule.subject.states:
                if not rule.subject.pseudo_element:
                    self.by_base.setdefault(rule.subject.base, []).append(rule)
        roots = [r for r in self.rules if r.selector in _ROOTS]
        self.root_fg = self._last(roots, "color") or (contrast.BLACK, "negro")
        self.root_bg = contrast.WHITE, "blanco"
        for rule in roots:
            bg = self.background(rule)
            if bg:
                self.root_bg = contrast.over(bg[0][0], self.root_bg[0]), bg[0][1]
        size = self._last_length(roots, "font-size", ROOT_FONT_PX)
        self.root_font = size if size is not None else ROOT_FONT_PX

    # Reading one declaration --------------------------------------------------------

    def _values(self, rule: StyleRule, name: str):
        decl = rule.get(name)
        if decl is None:
            return None, ""
        tokens = self.styles.value(decl, rule)
        if isinstance(tokens, Unknown):
            self.undecided.append(Undecided(rule, name, decl.text, tokens.reason))
            return None, decl.text
        return tokens, decl.text

    def color(self, rule: StyleRule) -> tuple[Color, str] | str | None:
        """(colour, as written), "inherit", or None when not set or undecidable."""
        tokens, text = self._values(rule, "color")
        if tokens is None:
            return None
        if len(tokens) == 1 and tokens[0].type == "ident":
            word = tokens[0].lower_value
            if word in ("inherit", "unset", "currentcolor"):
                return "inherit"
            if word == "initial":
                return contrast.BLACK, text
        parsed = contrast.parse(tokens[0]) if len(tokens) == 1 else None
        if isinstance(parsed, Color):
            return parsed, text
        self.undecided.append(Undecided(rule, "color", text, "no es un color que se pueda leer"))
        return None

    def background(self, rule: StyleRule) -> list[tuple[Color, str]] | None:
        """Background colours (one, or each stop of a gradient) or None when not set."""
        for name in ("background-color", "background"):
            tokens, text = self._values(rule, name)
            if tokens is None:
                continue
            found = self._colours_in(tokens, rule, name, text)
            if found is not None:
                return [(c, text) for c in found]
        return None

    def _colours_in(self, tokens, rule: StyleRule, name: str, text: str):
        colours: list[Color] = []
        image = False
        for token in tokens:
            if token.type in ("whitespace", "comment") or token == ",":
                continue
            if token.type == "function" and token.lower_name in _GRADIENTS:
                colours += [c for c in map(contrast.parse, token.arguments) if isinstance(c, Color)]
            elif token.type == "url" or (token.type == "function" and token.lower_name == "url"):
                image = True
            elif token.type == "ident" and token.lower_value in ("none", "inherit", "initial"):
                colours.append(TRANSPARENT)
            else:
                parsed = contrast.parse(token)
                if isinstance(parsed, Color):
                    colours.append(parsed)
                elif token.type == "function" and name == "background-color":
                    self.undecided.append(Undecided(rule, name, text, "función desconocida"))
                    return None
        if image and not any(c.a > 0 for c in colours):
            reason = "imagen de fondo: el contraste del texto sobre ella se revisa a mano"
            self.undecided.append(Undecided(rule, name, text, reason))
            return None
        return colours or None

    def _last(self, rules: list[StyleRule], name: str):
        for rule in reversed(rules):
            value = self.color(rule) if name == "color" else None
            if isinstance(value, tuple):
                return value
        return None

    def _last_length(self, rules: list[StyleRule], name: str, font_px: float) -> float | None:
        for rule in reversed(rules):
            decl = rule.get(name)
            if decl is None:
                continue
            value = self.styles.length(decl, rule, font_px, self.width)
            if isinstance(value, Unknown):
                self.undecided.append(Undecided(rule, name, decl.text, value.reason))
                return None
            if value is not None:
                return value
        return None

    # Inheritance ----------------------------------------------------------------------

    def same_element(self, compound: Compound) -> list[StyleRule]:
        """Rules for the element itself: its base selector and, for ``b--m``, ``b``."""
        found = list(self.by_base.get(compound.base, ()))
        for cls in compound.classes:
            if "--" in cls:
                plain = (*(c for c in compound.classes if c != cls), cls.split("--")[0])
                found += self.by_base.get(("", (), plain, ()), [])
        return sorted(found, key=lambda r: r.order)

    def chain(self, rule: StyleRule) -> list[list[StyleRule]]:
        """Rule groups to inherit from, nearest first."""
        groups = [self.same_element(rule.subject)]
        ancestors = list(reversed(rule.compounds[:-1]))
        groups += [self.same_element(c) for c in ancestors]
        for compound in (rule.subject, *ancestors):
            for cls in compound.classes:
                if "__" in cls:
                    groups.append(self.by_base.get(("", (), (cls.split("__")[0],), ()), []))
        return groups

    def inherited_fg(self, rule: StyleRule) -> tuple[Color, str]:
        for group in self.chain(rule):
            value = self._last([r for r in group if r is not rule], "color")
            if value:
                return value
        return self.root_fg

    def inherited_bg(self, rule: StyleRule, skip_own: bool = True) -> tuple[Color, str]:
        for group in self.chain(rule):
            for other in reversed(group):
                if skip_own and other is rule:
                    continue
                bg = self.background(other)
                if bg and bg[0][0].a > 0:
                    below = self.root_bg[0]
                    return contrast.over(bg[-1][0], below), bg[-1][1]
        return self.root_bg

    def font(self, rule: StyleRule) -> tuple[float, bool]:
        parent = self.root_font
        groups = [[rule], *self.chain(rule)]
        size = None
        for group in groups:
            size = self._last_length(group, "font-size", parent)
            if size is not None:
                break
        tag = rule.subject.tag
        if size is None and tag in _HEADINGS:
            size = _HEADINGS[tag] * parent
        bold = tag in _BOLD_TAGS
        for group in groups:
            weight = _weight(group)
            if weight is not None:
                bold = weight
                break
        return size or parent, bold

    def is_graphic(self, rule: StyleRule) -> bool:
        rules = [rule, *self.same_element(rule.subject)]
        content = next((r.get("content") for r in rules if r.get("content")), None)
        if rule.subject.pseudo_element in ("before", "after"):
            if content is None or content.text in ('""', "''", "none"):
                return True
        sizes = [self._last_length(rules, name, self.root_font) for name in ("width", "height")]
        return all(s is not None and s <= ICON_PX for s in sizes)

    def sets_colour_inside(self, rule: StyleRule) -> bool:
        """Whether rules for elements inside this one set their own text colour."""
        subject = rule.subject
        blocks = {c for c in subject.classes if "__" not in c and "--" not in c}
        for other in self.rules:
            if other is rule or other.get("color") is None:
                continue
            if any(c.base == subject.base for c in other.compounds[:-1]):
                return True
            if any(c.split("__")[0] in blocks for c in other.subject.classes if "__" in c):
                return True
        return False


def _weight(rules: list[StyleRule]) -> bool | None:
    for rule in reversed(rules):
        decl = rule.get("font-weight")
        if decl is None:
            continue
        text = decl.text.lower()
        if text in ("bold", "bolder"):
            return True
        if text.isdigit():
            return int(text) >= 700
        return False
    return None


def text_styles(styles: Styles) -> tuple[list[TextStyle], list[Undecided]]:
    """Every (text, background) pair of every rule that sets a colour, at each layout."""
    found: dict[tuple, TextStyle] = {}
    undecided: dict[tuple, Undecided] = {}
    for width in LAYOUTS:
        layout = _Layout(styles, width)
        for rule in layout.rules:
            for style in _styles_of(layout, rule):
                key = (rule.source, rule.line, rule.selector, style.fg, style.bg, style.large)
                found.setdefault(key, style)
        for item in layout.undecided:
            undecided.setdefault((item.rule.where, item.prop), item)
    return list(found.values()), list(undecided.values())


def _styles_of(layout: _Layout, rule: StyleRule) -> list[TextStyle]:
    own_fg = layout.color(rule) if rule.get("color") else None
    own_bg = layout.background(rule)
    if own_fg is None and own_bg is None:
        return []
    if layout.is_graphic(rule):
        return []
    if own_bg is None:
        bgs = [layout.inherited_bg(rule)]
    else:
        below = layout.inherited_bg(rule)[0]
        bgs = [(contrast.over(c, below), text) for c, text in own_bg]
    if isinstance(own_fg, tuple):
        fg = own_fg
    elif own_fg is None and rule.selector not in _ROOTS and layout.sets_colour_inside(rule):
        return []
    else:
        fg = layout.inherited_fg(rule)
    size, bold = layout.font(rule)
    large = contrast.is_large(size, bold)
    return [TextStyle(rule, fg[0], bg, fg[1], text, large, layout.width) for bg, text in bgs]
