"""The site's CSS as a small cascade model, parsed with tinycss2.

What the checks need and no more: style rules in source order, one per selector, with
their declarations (``!important`` kept), line, specificity and the ``@media`` they sit
in; custom properties through ``var()`` and its fallback, the cascade's winner (later
or more specific) taking the value; ``@media`` evaluated for a narrow (320 px) and a
wide (1280 px) screen, print left out. tinycss2 tokenizes and parses; the little
cascade is written here because no maintained Python library computes styles without
a browser. A value that cannot be decided comes back as ``Unknown`` with its reason,
so the rules warn instead of passing silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import tinycss2
from tinycss2 import ast

from . import lengths
from .lengths import Unknown
from .selectors import Compound, parse_selectors, specificity

NARROW = 320.0
WIDE = 1280.0
LAYOUTS = (NARROW, WIDE)
_ROOT_SELECTORS = frozenset({":root", "html", "*", "body"})
_BLOCK_AT_RULES = frozenset({"supports", "layer", "container", "document", "scope"})
_MAX_VAR_DEPTH = 16


@dataclass(frozen=True, slots=True)
class Declaration:
    name: str
    tokens: tuple
    important: bool
    line: int

    @property
    def text(self) -> str:
        return tinycss2.serialize(self.tokens).strip()


@dataclass(slots=True)
class StyleRule:
    """One selector of one rule, so that a selector list becomes several rules."""

    selector: str
    compounds: tuple[Compound, ...]
    declarations: dict[str, Declaration]
    source: str
    line: int
    order: int
    media: tuple[str, ...] = ()
    specificity: tuple[int, int, int] = (0, 0, 0)

    @property
    def subject(self) -> Compound:
        return self.compounds[-1]

    def get(self, name: str) -> Declaration | None:
        return self.declarations.get(name)

    def applies_at(self, width: float) -> bool:
        return all(media_applies(m, width) for m in self.media)

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line} {self.selector}"


@dataclass
class Styles:
    """Every screen rule of a set of stylesheets, in cascade order."""

    rules: list[StyleRule] = field(default_factory=list)
    props: dict[str, tuple[tuple, Declaration]] = field(default_factory=dict)
    scoped: dict[str, Declaration] = field(default_factory=dict)

    @classmethod
    def parse(cls, sheets: Iterable[tuple[str, str, str]]) -> Styles:
        """``sheets``: (name shown in messages, CSS text, media of the <link> or "")."""
        styles = cls()
        for source, text, media in sheets:
            styles.add(source, text, media)
        return styles

    def add(self, source: str, text: str, media: str = "", line_offset: int = 0) -> None:
        outer = (media,) if media.strip() else ()
        if outer and not any(media_applies(outer[0], w) for w in LAYOUTS):
            return
        nodes = tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True)
        self._walk(nodes, source, outer, line_offset)

    def _walk(self, nodes: Sequence, source: str, media: tuple[str, ...], offset: int) -> None:
        for node in nodes:
            if node.type == "qualified-rule":
                self._add_rule(node, source, media, offset)
            elif node.type == "at-rule" and node.content is not None:
                name = node.lower_at_keyword
                inner = tinycss2.parse_rule_list(
                    node.content, skip_comments=True, skip_whitespace=True
                )
                if name == "media":
                    query = tinycss2.serialize(node.prelude).strip()
                    if any(media_applies(query, w) for w in LAYOUTS):
                        self._walk(inner, source, (*media, query), offset)
                elif name in _BLOCK_AT_RULES:
                    self._walk(inner, source, media, offset)

    def _add_rule(self, node, source: str, media: tuple[str, ...], offset: int) -> None:
        declarations = parse_declarations(node.content, offset)
        if not declarations:
            return
        for text, compounds in parse_selectors(node.prelude):
            rule = StyleRule(
                selector=text,
                compounds=compounds,
                declarations=declarations,
                source=source,
                line=node.source_line + offset,
                order=len(self.rules),
                media=media,
                specificity=specificity(compounds),
            )
            self.rules.append(rule)
            self._custom_properties(rule)

    def _custom_properties(self, rule: StyleRule) -> None:
        for name, decl in rule.declarations.items():
            if not name.startswith("--"):
                continue
            self.scoped[name] = decl
            if rule.selector in _ROOT_SELECTORS:
                key = (decl.important, rule.specificity, rule.order)
                current = self.props.get(name)
                if current is None or key >= current[0]:
                    self.props[name] = (key, decl)

    def at(self, width: float) -> list[StyleRule]:
        return [rule for rule in self.rules if rule.applies_at(width)]

    def value(self, decl: Declaration, rule: StyleRule | None = None) -> tuple | Unknown:
        """The declaration's tokens with every ``var()`` replaced."""
        local = rule.declarations if rule is not None else {}
        return self._substitute(decl.tokens, local, 0)

    def _substitute(self, tokens: Sequence, local: dict, depth: int) -> tuple | Unknown:
        if depth > _MAX_VAR_DEPTH:
            return Unknown("var() sin fin: una variable se define con ella misma")
        out: list = []
        for token in tokens:
            if token.type == "function" and token.lower_name == "var":
                found = self._var(token, local, depth)
                if isinstance(found, Unknown):
                    return found
                out.extend(found)
            elif token.type == "function":
                args = self._substitute(token.arguments, local, depth)
                if isinstance(args, Unknown):
                    return args
                out.append(
                    ast.FunctionBlock(token.source_line, token.source_column, token.name, args)
                )
            else:
                out.append(token)
        return tuple(out)

    def _var(self, token, local: dict, depth: int) -> tuple | Unknown:
        args = [t for t in token.arguments if t.type not in ("whitespace", "comment")]
        if not args or args[0].type != "ident":
            return Unknown(f"{tinycss2.serialize([token])} no es un var() válido")
        name = args[0].value
        decl = local.get(name) or (self.props[name][1] if name in self.props else None)
        decl = decl or self.scoped.get(name)
        if decl is not None:
            return self._substitute(decl.tokens, local, depth + 1)
        comma = next((i for i, t in enumerate(token.arguments) if t == ","), None)
        if comma is not None:
            fallback = strip(token.arguments[comma + 1 :])
            return self._substitute(fallback, local, depth + 1)
        return Unknown(f"var({name}) no está definida en ninguna hoja de estilo")

    def length(self, decl: Declaration, rule: StyleRule, font_px: float, width: float):
        """Pixels of a length declaration, or Unknown."""
        tokens = self.value(decl, rule)
        if isinstance(tokens, Unknown):
            return tokens
        return lengths.px(tokens, font_px, width)


def strip(tokens: Sequence) -> tuple:
    """Tokens without whitespace and comments at either end."""
    items = list(tokens)
    while items and items[0].type in ("whitespace", "comment"):
        items.pop(0)
    while items and items[-1].type in ("whitespace", "comment"):
        items.pop()
    return tuple(items)


def parse_declarations(content: Sequence | str | None, offset: int = 0) -> dict[str, Declaration]:
    """Declarations of a block or a ``style`` attribute; the last one of a name wins,
    unless an earlier one is ``!important``."""
    if content is None:
        return {}
    found: dict[str, Declaration] = {}
    nodes = tinycss2.parse_blocks_contents(content, skip_comments=True, skip_whitespace=True)
    for node in nodes:
        if node.type != "declaration":
            continue
        name = node.name if node.name.startswith("--") else node.lower_name
        decl = Declaration(name, strip(node.value), node.important, node.source_line + offset)
        previous = found.get(name)
        if previous is None or decl.important or not previous.important:
            found[name] = decl
    return found


def media_applies(query: str, width: float) -> bool:
    """Whether a media query list can match a screen ``width`` px wide."""
    parts = lengths.split_commas(tinycss2.parse_component_value_list(query))
    return any(_query_applies(part, width) for part in parts if part)


def _query_applies(tokens: list, width: float) -> bool:
    words = [t.lower_value for t in tokens if t.type == "ident"]
    negate = bool(words) and words[0] == "not"
    media_type = next((w for w in words if w not in ("not", "only", "and", "or")), "all")
    result = media_type in ("all", "screen")
    for block in (t for t in tokens if t.type == "() block"):
        result = result and _feature_applies(block.content, width)
    return result != negate


def _feature_applies(content: Sequence, width: float) -> bool:
    items = [t for t in content if t.type not in ("whitespace", "comment")]
    if len(items) < 3 or items[0].type != "ident" or items[1] != ":":
        return True  # a feature we do not model (hover, range syntax…): it may match
    name = items[0].lower_value
    value = lengths.px(items[2:], lengths.ROOT_FONT_PX, width)
    if isinstance(value, Unknown) or value is None:
        return True
    if name == "min-width":
        return width >= value
    if name == "max-width":
        return width <= value
    if name == "width":
        return width == value
    return True
