"""Exceptions carry ``exitcode``: Pelican's CLI exits with it (2 content failed, 1 tool failed)."""

from __future__ import annotations


class PublishChecksError(Exception):
    """The checker itself could not do its job: exit code 1."""

    exitcode = 1


class ConfigurationError(PublishChecksError):
    """A setting, CLI option or data file is wrong; raised before any page is checked."""


class ContentFailed(PublishChecksError):
    """The pages were checked and at least one error remains: exit code 2 blocks a publish."""

    exitcode = 2
