"""The CSS model: colours, custom properties, cascade order, @media and text styles."""

from __future__ import annotations

import pytest
from publish_checks import contrast, css, textstyles


def styles_of(text: str, media: str = "") -> css.Styles:
    return css.Styles.parse([("tema.css", text, media)])


def pairs(text: str) -> dict[str, tuple[str, str, bool]]:
    found, _ = textstyles.text_styles(styles_of(text))
    return {s.rule.selector: (contrast.hex_of(s.fg), contrast.hex_of(s.bg), s.large) for s in found}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("#611232", "#611232"),
        ("rebeccapurple", "#663399"),
        ("lightslategray", "#778899"),
        ("hsl(0 0% 100%)", "#ffffff"),
        ("rgb(31 31 31)", "#1f1f1f"),
        ("rgba(0, 0, 0, 0.5)", "#000000 al 50 %"),
        ("#0008", "#000000 al 53 %"),
    ],
)
def test_colours_parse_every_css_syntax(value, expected):
    assert contrast.hex_of(contrast.parse(value)) == expected


def test_translucent_black_over_white_is_grey():
    grey = contrast.over(contrast.parse("rgb(0 0 0 / 50%)"), contrast.WHITE)
    assert contrast.hex_of(grey) == "#808080"


def test_later_custom_property_wins_and_fallbacks_apply():
    found = pairs(
        ":root { --texto: #a57f2c; } :root { --texto: #1f1f1f; }"
        ".a { color: var(--texto); } .b { color: var(--nada, #999); }"
    )
    assert found[".a"][0] == "#1f1f1f"
    assert found[".b"][0] == "#999999"


def test_undefined_variable_and_unknown_function_are_undecided():
    _, undecided = textstyles.text_styles(
        styles_of(".a { color: var(--nada); } .b { color: color-mix(in srgb, red, blue); }")
    )
    assert sorted((u.rule.selector, u.prop) for u in undecided) == [
        (".a", "color"),
        (".b", "color"),
    ]


def test_inheritance_from_bem_block_and_selector_ancestors():
    found = pairs(
        ".vt-nav { background: #4a0d26; } .vt-nav__link { color: #fff; }"
        ".vt-caja { background: hsl(0 0% 20%); } .vt-caja a { color: #767676; }"
    )
    assert found[".vt-nav__link"][:2] == ("#ffffff", "#4a0d26")
    assert found[".vt-caja a"][:2] == ("#767676", "#333333")


def test_large_text_uses_the_narrow_layout_size():
    found = pairs("h1 { font-size: clamp(1.75rem, 5vw, 2.5rem); color: #777; } p { color: #777; }")
    assert found["h1"][2] is True
    assert found["p"][2] is False


def test_print_media_is_left_out_and_narrow_media_kept():
    styles = styles_of(
        "@media print { .a { color: #eee; } } @media (max-width: 40rem) { .b { color: #eee; } }"
    )
    assert [r.selector for r in styles.rules] == [".b"]
    assert styles.rules[0].applies_at(css.NARROW) and not styles.rules[0].applies_at(css.WIDE)
    assert styles_of(".c { color: red; }", media="print").rules == []


def test_icons_without_text_are_not_text_styles():
    found = pairs(
        ".vt-icon { width: 1rem; height: 1rem; background: #1d6b35; }"
        '.vt-x::before { content: ""; background: #1d6b35; }'
    )
    assert found == {}
