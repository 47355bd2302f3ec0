"""Exceptions carry ``exitcode``: Pelican's CLI exits with it (2 content failed, 1 tool failed)."""

from __future__ import annotations


class PublishChecksError(Exception):
    """The checker itself could not do its job: exit code 1."""

    exitcode = 1


class ConfigurationError(PublishChecksError):
    """A setting, CLI option or data file is wrong; raised before any page is checked."""


class ContentFailed(SystemExit):
    """The pages were checked and at least one error remains: exit code 2 blocks a publish.

    A ``SystemExit`` so that Pelican, which catches ``Exception`` and prints a
    traceback, ends quietly with code 2 after the findings have been logged.
    """

    exitcode = 2

    def __init__(self, message: str) -> None:
        super().__init__(self.exitcode)
        self.message = message

    def __str__(self) -> str:
        return self.message
