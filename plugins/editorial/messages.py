"""What the editorial checks tell communications staff, in one place."""

BROKEN_LINK = {
    "message": "el enlace apunta a un archivo que no existe: {target}.",
    "expected": (
        "la ruta de un archivo dentro de content/, por ejemplo {filename}/pages/glosario.md"
    ),
    "hint": "Revisa el nombre del archivo (mayúsculas, acentos, extensión .md).",
}

# Where a page is written (slug, save_as, url): see outputs.py.
OUTPUT_PROBLEMS = {
    "empty": "está vacío, así que la página no se escribiría.",
    "absolute": "es una ruta absoluta o una dirección web; debe ser una ruta dentro del sitio.",
    "outside": "sale de la carpeta del sitio (usa «..» o «.»).",
    "empty_segment": "tiene dos barras seguidas (//).",
    "too_long": "tiene una parte de más de {max} caracteres.",
    "characters": (
        "usa caracteres que no van en una ruta (solo minúsculas sin acentos, números, "
        "guiones, puntos y /)."
    ),
    "not_html": "no termina en .html.",
}
OUTPUT_FIELD = {
    "save_as": {
        "expected": "una ruta dentro del sitio que termine en .html, por ejemplo acerca/index.html",
        "hint": (
            "Borra save_as y url para que la página use su slug. Para no publicar una "
            "página escribe status: draft."
        ),
    },
    "url": {
        "expected": "la ruta de la página dentro del sitio, por ejemplo acerca/",
        "hint": "Borra save_as y url para que la página use su slug.",
    },
}
OUTPUT_PAIR = {
    "message": "«{key}» no coincide con «{other}»: los enlaces apuntarían a otra página.",
    "expected": (
        "save_as y url juntos, en el mismo lugar (url: acerca/ con save_as: acerca/index.html)"
    ),
    "hint": "Escribe los dos con la misma ruta, o bórralos y usa solo slug.",
}
SLUG_FROM_NAME = {
    "message": "el nombre del archivo es demasiado largo para ser la dirección de la página.",
    "expected": "un nombre de archivo de {max} caracteres o menos, o una clave slug corta",
    "hint": "Agrega «slug: nombre-corto» al encabezado o cambia el nombre del archivo.",
}
SKIPPED = {
    "message": "Pelican no pudo usar este archivo y lo dejaría fuera del sitio.",
    "expected": "un encabezado con title y summary, y una dirección dentro del sitio",
    "hint": "Revisa el encabezado y los mensajes anteriores; compara con otra página que funcione.",
}
DUPLICATE_OUTPUT = {
    "message": (
        "esta página se escribiría en {save_as}, el mismo archivo que {other} (línea {line})."
    ),
    "generated": (
        "esta página se escribiría en {save_as}, un archivo que el sitio genera a partir "
        "de {other}."
    ),
    "expected": "una dirección distinta para cada página",
    "hint": "Cambia el slug (o save_as y url) de una de las dos páginas.",
}
NEWS_DATE = {
    "message": "falta la clave obligatoria 'date': sin fecha, la noticia no se publica.",
    "expected": "una línea «date: AAAA-MM-DD» en el encabezado de cada noticia",
    "hint": "Agrega la fecha de la noticia, por ejemplo date: 2026-11-30.",
}
OG_IMAGE = {
    "outside": "la imagen para redes sociales es de otro sitio; debe ser un archivo de este.",
    "missing": "la imagen para redes sociales no es un archivo del sitio.",
    "expected": (
        "la ruta de una imagen dentro de content/ (carpetas {folders}), sin / al inicio, "
        "por ejemplo images/portada.png"
    ),
    "hint": "Guarda la imagen en content/images/ y escribe su ruta, o borra og_image.",
}
