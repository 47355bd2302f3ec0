"""A misspelled or abstract role makes assistive technology ignore the element's purpose."""

from ..finding import Severity
from .base import Rule, hit

# WAI-ARIA 1.2 concrete roles plus DPUB/graphics roles in common use.
ROLES = frozenset(
    """
alert alertdialog application article banner blockquote button caption cell checkbox code
columnheader combobox comment complementary contentinfo definition deletion dialog directory
document emphasis feed figure form generic grid gridcell group heading img image insertion link
list listbox listitem log main mark marquee math menu menubar menuitem menuitemcheckbox
menuitemradio meter navigation none note option paragraph presentation progressbar radio
radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider
spinbutton status strong subscript superscript suggestion switch tab table tablist tabpanel
term text textbox time timer toolbar tooltip tree treegrid treeitem graphics-document
graphics-object graphics-symbol doc-abstract doc-acknowledgments doc-afterword doc-appendix
doc-backlink doc-biblioentry doc-bibliography doc-biblioref doc-chapter doc-colophon
doc-conclusion doc-cover doc-credit doc-credits doc-dedication doc-endnote doc-endnotes
doc-epigraph doc-epilogue doc-errata doc-example doc-footnote doc-foreword doc-glossary
doc-glossref doc-index doc-introduction doc-noteref doc-notice doc-pagebreak doc-pagelist
doc-part doc-preface doc-prologue doc-pullquote doc-qna doc-subtitle doc-tip doc-toc
""".split()
)


class AriaRoleInvalid(Rule):
    id = "aria-role-invalid"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "Rol ARIA inválido"
    message = 'role="{role}" no es un rol ARIA válido.'
    hint = "Corrige el rol o quítalo; mejor aún, usa el elemento HTML equivalente."
    axe = ("aria-roles",)

    def check(self, page):
        for el in page.by_attr.get("role", ()):
            roles = (el.get("role") or "").split()
            if not roles or roles[0] not in ROLES:
                role = el.get("role") or ""
                yield hit(el, f'role="{role}"', role=role)
