"""Publish checks: readability, plain language, accessibility and links on built HTML."""


def register() -> None:
    # Imported here, not above: ``invoke build`` reads the report (status.py) without
    # loading the checks themselves.
    from .publish_checks import register as connect

    connect()


__all__ = ["register"]
