"""Every page of the build is valid HTML for html-validate (issue 7 §4).

Configuration: .htmlvalidate.json at the repository root (html-validate:recommended;
each relaxed rule is explained in docs/browser_tests.md).
"""

from __future__ import annotations

import json

import pytest

from tests.browser.validate import describe, html_validate

pytestmark = pytest.mark.browser


def test_every_page_is_valid_html(node_tools, built, pages, artifacts):
    report = html_validate(node_tools, [built / rel for rel in pages])
    (artifacts / "html-validate.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    errors = describe(report, built, severity=2)
    assert not errors, (
        f"html-validate: {len(errors)} errores en {len(pages)} páginas\n" + "\n".join(errors[:200])
    )
