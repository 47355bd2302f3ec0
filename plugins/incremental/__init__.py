from .unchanged import IncrementalPelican


def register() -> None:
    # Imported here, not above: a build with nothing changed never loads the plugin.
    from .incremental import register as connect

    connect()


__all__ = ["IncrementalPelican", "register"]
