"""Language tags: BCP 47 shape, and a primary language that exists.

Two-letter primary subtags must be ISO 639-1 codes (the same 190 that axe-core 4.14
accepts, deprecated ones included); three-letter subtags are accepted by shape, since
ISO 639-3 has some 8,000 of them.
"""

from __future__ import annotations

import re

# language, optional script, region or variants
LANG_TAG = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|\d{3}))?(-[a-zA-Z\d]{5,8})*$")
ISO_639_1 = frozenset(
    """
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
hy hz ia id ie ig ii ik in io is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv
kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr
nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq
sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi
yo za zh zu
""".split()
)


def valid_lang(tag: str) -> bool:
    """A well-formed tag whose primary language exists («es-MX», «en», «nah»)."""
    if not LANG_TAG.match(tag):
        return False
    primary = tag.split("-")[0].lower()
    return len(primary) == 3 or primary in ISO_639_1
