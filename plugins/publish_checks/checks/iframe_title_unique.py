"""Two frames with the same title cannot be told apart in the list of frames."""

from collections import defaultdict

from ..finding import Severity
from ..page import squash
from .base import Rule, hit


class IframeTitleUnique(Rule):
    id = "iframe-title-unique"
    wcag = "4.1.2"
    severity = Severity.WARNING
    title = "Marcos (iframe) con el mismo título"
    message = "{count} marcos tienen el título «{title}»."
    hint = "Da a cada iframe un title distinto que diga qué contiene, por ejemplo «Video: ...»."
    axe = ("frame-title-unique",)

    def check(self, page):
        titles = defaultdict(list)
        for el in page.by_tag.get("iframe", ()):
            title = squash(el.get("title")).lower()
            if title:
                titles[title].append(el)
        for _title, frames in sorted(titles.items()):
            if len(frames) > 1:
                shown = frames[1].get("title").strip()
                yield hit(frames[1], shown, count=len(frames), title=shown)
