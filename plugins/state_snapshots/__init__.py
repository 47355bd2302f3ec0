"""Placeholder until this plugin lands."""


def register() -> None:
    pass
