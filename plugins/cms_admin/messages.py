"""What the admin plugin says to people, in Spanish."""

BAD_BACKEND = (
    "publishconf.py: CMS_ADMIN['backend'] debe decir a qué servidor Git van los cambios. "
    "Se esperaba: un diccionario con name igual a uno de: {hosts}. Se encontró: {found!r}."
)
BAD_MODE = (
    "publishconf.py: CMS_ADMIN['publish_mode'] no es válido. Se esperaba: '' (guardar directo) "
    "o 'editorial_workflow' (cada cambio pasa por revisión). Se encontró: {found!r}."
)
BAD_URL = (
    "pelicanconf.py: una dirección de CMS_ADMIN no empieza con http:// o https://. "
    "Se encontró: {found!r}."
)
PAGE_TITLE = "Editar contenidos"
NOSCRIPT = (
    "El formulario para editar el sitio necesita JavaScript. Actívalo en tu navegador o "
    "pide ayuda a la persona que revisa los cambios en la SESNA."
)
BUNDLE_CHANGED = (
    "cms_admin: el archivo {name} no coincide con su suma de verificación en {sums}. "
    "Vuelve a copiarlo con «invoke admin-vendor»."
)
