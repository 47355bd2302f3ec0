"""What the search plugin tells whoever runs the build, in Spanish."""

INDEX_FAILED = (
    "search: Pagefind no pudo indexar el sitio (código {code}). {out}\n"
    "Revisa que el paquete pagefind[bin] esté instalado: pip install -e ."
)
INDEXED = "search: %d páginas indexadas en %.2f s; índice de %d archivos, %.0f KB"
