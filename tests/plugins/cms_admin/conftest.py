from __future__ import annotations

import shutil

import pytest

from tests.browser.tools import unavailable


@pytest.fixture(scope="session")
def node():
    path = shutil.which("node")
    if not path:
        unavailable("Falta node para probar el serializador del formulario")
    return path
