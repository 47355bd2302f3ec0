"""Shared fixtures: the real site built once per test session, in a temporary folder."""

from __future__ import annotations

import pytest

from tests.sitebuild import ROOT, BuiltSite, build, copy_project


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The real site, built from a copy of the project with local settings."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    built = build(project, project / "output")
    assert built.result.returncode == 0, built.result.stderr[-4000:]
    return built


@pytest.fixture
def project_copy(tmp_path):
    """A throwaway copy of the project, for tests that break something on purpose."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def repo_root():
    return ROOT
