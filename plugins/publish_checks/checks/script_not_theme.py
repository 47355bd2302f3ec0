"""A script file that is not the theme's runs with the page's full powers: only ours may."""

from ..finding import Severity
from ..security import runs, site_path
from .base import Rule, hit


class ScriptNotTheme(Rule):
    id = "script-not-theme"
    wcag = ""
    severity = Severity.ERROR
    title = "Script que no es del tema (seguridad)"
    message = "La página carga el script {src}, que no es uno de los scripts del tema."
    hint = (
        "Quita el <script>. Los únicos scripts del sitio son los de la carpeta {paths} "
        "del tema; un editor nunca agrega scripts al contenido."
    )

    def check(self, page):
        allowed = page.env.script_paths
        for el in page.by_tag.get("script", ()):
            src = el.get("src")
            if src is None or not runs(el):
                continue
            path = site_path(page, src)
            if path is None or not path.startswith(allowed):
                yield hit(el, src, src=src, paths=", ".join(allowed))
