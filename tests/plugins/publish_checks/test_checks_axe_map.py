"""The mapping between axe-core's rules and ours: one place, no overlaps, loud on the unknown."""

from __future__ import annotations

import pytest
from publish_checks import axe_map, langs
from publish_checks.checks import all_rules


def test_an_unknown_axe_rule_fails_loudly():
    with pytest.raises(axe_map.UnknownAxeRule, match=r"«regla-inventada».*axe_map\.py"):
        axe_map.counterparts("regla-inventada")


def test_a_matched_axe_rule_names_our_rules():
    assert axe_map.counterparts("image-alt") == ("img-alt-missing",)
    assert set(axe_map.counterparts("color-contrast")) == {"contrast-inline", "palette-contrast"}
    assert axe_map.counterparts("video-caption") == ()


def test_an_axe_rule_is_either_matched_or_explained_never_both():
    assert not set(axe_map.covered()) & set(axe_map.NO_COUNTERPART)
    kinds = {kind for kind, _ in axe_map.NO_COUNTERPART.values()}
    assert kinds <= {
        axe_map.BROWSER,
        axe_map.PENDING,
        axe_map.EXPERIMENTAL,
        axe_map.DEPRECATED,
        axe_map.REVIEW,
    }
    for rule in all_rules():
        assert isinstance(rule.axe, tuple), rule.id


@pytest.mark.parametrize(
    ("tag", "valid"),
    [
        ("es-MX", True),
        ("es", True),
        ("nah", True),
        ("en-Latn-US", True),
        ("iw", True),
        ("xx", False),
        ("xx-nada", False),
        ("español", False),
        ("", False),
    ],
)
def test_language_codes_exist_as_axe_requires(tag, valid):
    assert langs.valid_lang(tag) is valid


def test_rules_sharing_an_axe_rule_form_one_group():
    groups = dict(axe_map.groups())
    assert groups[("contrast-inline", "palette-contrast")] == ("color-contrast",)
    assert sum(len(ours) for ours in groups) == len([r for r in all_rules() if r.axe])
    assert not axe_map.REVIEW_ONLY - set(axe_map.covered())


def test_a_rule_stricter_than_axe_says_why_and_has_no_axe_rule():
    beyond = [r for r in all_rules() if r.beyond_axe]
    assert {"h1-multiple", "id-duplicate", "aria-reference-missing"} <= {r.id for r in beyond}
    for rule in beyond:
        assert not rule.axe, rule.id


def test_agreement_fails_on_a_page_only_one_side_flags():
    from tests.browser import agreement

    axe_found = {"a.html": {"color-contrast"}, "b.html": set(), "c.html": {"image-alt"}}
    ours = {"a.html": {"palette-contrast"}, "b.html": {"contrast-inline"}, "c.html": set()}
    misses = agreement.compare(axe_found, ours).misses
    assert any(m.startswith("b.html: contrast-inline, palette-contrast") for m in misses)
    assert any(m.startswith("c.html: img-alt-missing") and "solo axe" in m for m in misses)
    assert not any(m.startswith("a.html") for m in misses)
    total = len(axe_map.groups())
    assert agreement.figures(axe_found, ours)[0].startswith(f"{total - 2} de {total} grupos")
