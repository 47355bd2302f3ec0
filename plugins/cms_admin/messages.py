"""What the admin plugin says to people, in Spanish."""

PAGE_TITLE = "Editar contenidos"
NOSCRIPT = (
    "El formulario para editar el sitio necesita JavaScript. Actívalo en tu navegador o "
    "pide ayuda a la persona que revisa los cambios en la SESNA."
)
BUNDLE_CHANGED = (
    "cms_admin: el archivo {name} no coincide con su suma de verificación en {sums}. "
    "Vuelve a copiarlo con «invoke admin-vendor»."
)
