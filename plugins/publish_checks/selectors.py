"""Selectors read from tinycss2 tokens: compounds, combinators and specificity.

The checks need to know what a selector's subject is (its tag, classes, states such
as ``:focus``) and which ancestors it names, and how specific it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import tinycss2

_ZERO_SPECIFICITY = frozenset({"where"})
_COMBINATORS = (">", "+", "~")


@dataclass(frozen=True, slots=True)
class Compound:
    """One compound selector (``a.vt-link:hover``) and the combinator before it."""

    tag: str = ""
    ids: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    attrs: tuple[str, ...] = ()
    pseudo_classes: tuple[str, ...] = ()
    pseudo_element: str = ""
    combinator: str = ""  # " ", ">", "+", "~"; "" for the first compound

    @property
    def base(self) -> tuple:
        """What the compound selects, without states or pseudo-elements."""
        return (self.tag if self.tag != "*" else "", self.ids, self.classes, self.attrs)

    @property
    def states(self) -> frozenset[str]:
        return frozenset(p.split("(")[0] for p in self.pseudo_classes)

    def text(self) -> str:
        parts = [self.tag, *("#" + i for i in self.ids), *("." + c for c in self.classes)]
        parts += [*self.attrs, *(":" + p for p in self.pseudo_classes)]
        if self.pseudo_element:
            parts.append("::" + self.pseudo_element)
        return "".join(parts) or "*"


def parse_selectors(prelude: Sequence) -> list[tuple[str, tuple[Compound, ...]]]:
    """(text, compounds) for each selector of a selector list."""
    found = []
    for part in _split(prelude):
        text = tinycss2.serialize(part).strip()
        compounds = _compounds(part)
        if text and compounds:
            found.append((" ".join(text.split()), compounds))
    return found


def _split(tokens: Sequence) -> list[list]:
    parts: list[list] = [[]]
    for token in tokens:
        if token == ",":
            parts.append([])
        elif token.type != "comment":
            parts[-1].append(token)
    return parts


def _compounds(tokens: list) -> tuple[Compound, ...]:
    compounds: list[Compound] = []
    current: dict = {}
    combinator = ""
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.type == "whitespace" or token in _COMBINATORS:
            if current:
                compounds.append(Compound(combinator=combinator, **current))
                current, combinator = {}, " "
            if token in _COMBINATORS:
                combinator = token.value
            i += 1
            continue
        i = _read_simple(tokens, i, current)
    if current:
        compounds.append(Compound(combinator=combinator, **current))
    return tuple(compounds)


def _read_simple(tokens: list, i: int, current: dict) -> int:
    """Read one simple selector at ``i`` into ``current``; return the next index."""
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if token.type == "ident":
        current["tag"] = token.lower_value
    elif token == "*":
        current["tag"] = "*"
    elif token.type == "hash":
        current["ids"] = (*current.get("ids", ()), token.value)
    elif token == "." and nxt is not None and nxt.type == "ident":
        current["classes"] = (*current.get("classes", ()), nxt.value)
        return i + 2
    elif token.type == "[] block":
        current["attrs"] = (*current.get("attrs", ()), tinycss2.serialize([token]))
    elif token == ":" and nxt == ":" and i + 2 < len(tokens):
        current["pseudo_element"] = tinycss2.serialize([tokens[i + 2]]).lower()
        return i + 3
    elif token == ":" and nxt is not None:
        if nxt.type == "function":
            name = f"{nxt.lower_name}({tinycss2.serialize(nxt.arguments).strip()})"
        else:
            name = tinycss2.serialize([nxt]).lower()
        if name in ("before", "after", "first-line", "first-letter"):
            current["pseudo_element"] = name
        else:
            current["pseudo_classes"] = (*current.get("pseudo_classes", ()), name)
        return i + 2
    return i + 1


def specificity(compounds: Sequence[Compound]) -> tuple[int, int, int]:
    a = b = c = 0
    for compound in compounds:
        a += len(compound.ids)
        b += len(compound.classes) + len(compound.attrs)
        b += sum(1 for p in compound.pseudo_classes if p.split("(")[0] not in _ZERO_SPECIFICITY)
        c += 1 if compound.tag not in ("", "*") else 0
        c += 1 if compound.pseudo_element else 0
    return a, b, c
