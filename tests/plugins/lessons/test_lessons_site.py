"""The real guide, built once per session: indexes, goals, JSON-LD and page structure.

Expected values are read from the lesson files with plain YAML, so these tests check
the plugin's groupings against the source, not against themselves.
"""

from __future__ import annotations

import itertools
import json
import re

import pytest
import yaml
from lessons_support import front_matter, lesson_files, linked_slugs, slug_of

from tests.sitebuild import ROOT

BASE = "escuela-de-heroes"
LESSON_FILES = lesson_files(ROOT / "content")
LESSONS = {slug_of(p): (p, front_matter(p)) for p in LESSON_FILES}
GOALS = yaml.safe_load((ROOT / "data/lessons/learning_goals.yaml").read_text("utf-8"))["metas"]


def band_of(minutes: int) -> str:
    return "hasta-30" if minutes <= 30 else "31-60" if minutes <= 60 else "mas-de-60"


def expected(key: str) -> dict[str, list[str]]:
    """Value -> slugs of the lessons that have it, in file order."""
    out: dict[str, list[str]] = {}
    for slug, (_, data) in LESSONS.items():
        values = [band_of(data["duracion"])] if key == "duracion" else data[key]
        for value in values:
            out.setdefault(value, []).append(slug)
    return out


def test_the_guide_has_12_lessons_40_activities_and_all_levels(site):
    assert len(LESSONS) >= 12
    activities = sum(len(data["actividades"]) for _, data in LESSONS.values())
    assert activities >= 40
    home = site.tree(f"{BASE}/index.html")
    assert linked_slugs(home) == list(LESSONS)
    grades = {g.split("-")[0] for _, data in LESSONS.values() for g in data["grados"]}
    assert grades == {"preescolar", "primaria", "secundaria"}
    shown = sum(
        len(site.tree(f"{BASE}/{slug}/index.html").xpath('//li[@class="vt-activity"]'))
        for slug in LESSONS
    )
    assert shown == activities


@pytest.mark.parametrize(
    ("facet", "key"), [("grado", "grados"), ("tema", "temas"), ("duracion", "duracion")]
)
def test_each_index_lists_exactly_the_matching_lessons(site, facet, key):
    groups = expected(key)
    for value, slugs in groups.items():
        page = site.tree(f"{BASE}/{facet}/{value}/index.html")
        found = linked_slugs(page)
        if facet == "grado":  # grouped by topic: a lesson on two topics shows twice
            found = [s for s in slugs if s in found] if set(found) == set(slugs) else found
        assert found == slugs, f"{facet}/{value}"
    folders = {p.parent.name for p in (site.output / BASE / facet).glob("*/index.html")}
    assert folders == set(groups), "one page per value that has lessons, and no other"
    overview = site.tree(f"{BASE}/{facet}/index.html")
    hrefs = overview.xpath('//main//ul[@class="vt-facet-list"]//a/@href')
    assert sorted(h.rstrip("/").rsplit("/", 1)[-1] for h in hrefs) == sorted(groups)


def test_the_goals_page_matches_the_activities_of_the_lessons(site):
    page = site.tree(f"{BASE}/metas/index.html")
    for goal in GOALS:
        section = page.get_element_by_id(goal["id"].lower())
        found = sorted(
            a.get("href").split(f"{BASE}/", 1)[-1]
            for a in section.xpath('.//ul[@class="vt-goal__activities"]//a')
        )
        wanted = sorted(
            f"{slug}/#actividad-{n}"
            for slug, (_, data) in LESSONS.items()
            for n, act in enumerate(data["actividades"], start=1)
            if goal["id"] in act["metas"]
        )
        assert wanted, f"{goal['id']} is taught by no activity"
        assert found == wanted, goal["id"]
    # Every link lands on an activity that exists on its lesson page.
    for slug, (_, data) in LESSONS.items():
        lesson = site.tree(f"{BASE}/{slug}/index.html")
        for n in range(1, len(data["actividades"]) + 1):
            assert lesson.get_element_by_id(f"actividad-{n}") is not None


def iso(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest or not hours else "")


@pytest.mark.parametrize("slug", list(LESSONS))
def test_json_ld_parses_and_describes_the_lesson(site, slug):
    _, data = LESSONS[slug]
    scripts = site.tree(f"{BASE}/{slug}/index.html").xpath(
        '//script[@type="application/ld+json"]/text()'
    )
    assert len(scripts) == 1
    ld = json.loads(scripts[0])
    assert ld["@context"] == "https://schema.org"
    assert ld["@type"] == "LearningResource"
    assert ld["name"] == data["title"]
    assert ld["inLanguage"] == "es-MX"
    assert ld["typicalAgeRange"] == f"{data['edad_min']}-{data['edad_max']}"
    assert ld["timeRequired"] == iso(data["duracion"])
    assert re.fullmatch(r"PT(\d+H)?(\d+M)?", ld["timeRequired"])
    assert [t["termCode"] for t in ld["teaches"]] == data["metas"]
    assert all(t["name"] for t in ld["teaches"])
    assert ld["learningResourceType"]
    assert ld["educationalLevel"]
    subject = [a for a in ld["educationalAlignment"] if a["alignmentType"] == "educationalSubject"]
    assert subject[0]["targetName"] == data["alineacion"]["campo_formativo"]
    assert all(a["@type"] == "AlignmentObject" for a in ld["educationalAlignment"])


@pytest.mark.parametrize("slug", list(LESSONS))
def test_lesson_page_structure(site, slug):
    path, data = LESSONS[slug]
    tree = site.tree(f"{BASE}/{slug}/index.html")
    assert [h.text_content() for h in tree.xpath("//h1")] == [data["title"]]
    levels = [
        int(h.tag[1])
        for h in tree.xpath(
            "//main//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
        )
    ]
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), levels
    assert not tree.xpath('//meta[@name="ventana:source"]')
    assert site.sources[f"{BASE}/{slug}/index.html"] == path.relative_to(ROOT).as_posix()
    children = " ".join(e.text_content() for e in tree.xpath('//*[@data-audience="ninos"]'))
    first_line = data["historia_heroe"]["texto"].strip().splitlines()[0]
    assert first_line.split('"')[0].strip() in children
    boxes = tree.xpath('//ul[@class="vt-checklist"]//input[@type="checkbox"]')
    assert len(boxes) == len(data["materiales"])
    for box in boxes:
        assert tree.xpath(f'//label[@for="{box.get("id")}"]')
    steps = tree.xpath('//li[@id="actividad-1"]//ol[@class="vt-activity__steps"]/li')
    assert len(steps) == len(data["actividades"][0]["pasos"])
    assert tree.xpath('//*[@id="hojas"]'), "handouts section"
    crumbs = tree.xpath('//nav[@class="vt-breadcrumbs"]//li')
    assert crumbs[-1].get("aria-current") == "page"
    title = tree.findtext(".//title")
    assert title.startswith(data["title"]) and title.endswith("| Ventana Anticorrupción")


def test_titles_are_unique_across_the_guide(site):
    titles = [
        site.tree(site.rel(p)).findtext(".//title")
        for p in (site.output / BASE).rglob("index.html")
    ]
    assert len(titles) == len(set(titles))


def test_the_printable_guide_has_every_lesson_and_a_table_of_contents(site):
    tree = site.tree(f"{BASE}/guia-completa/index.html")
    toc = [a.get("href") for a in tree.xpath('//nav[@class="vt-guide__toc"]//a')]
    assert toc == [f"#{slug}" for slug in LESSONS]
    articles = tree.xpath('//article[@class="vt-guide__lesson"]/@id')
    assert articles == list(LESSONS)
    assert len(tree.xpath("//h1")) == 1
    ids = tree.xpath("//@id")
    assert len(ids) == len(set(ids)), "ids stay unique with every lesson on one page"
    assert tree.xpath('//link[@media="print"][contains(@href, "lessons-print.css")]')
    css = (site.output / "theme/css/lessons-print.css").read_text(encoding="utf-8")
    assert re.search(r"\.vt-guide__lesson\s*\{[^}]*break-before:\s*page", css)
    assert ".vt-lesson-browse" in css and "display: none" in css


def test_the_home_explains_the_guide_and_filters_without_needing_javascript(site):
    tree = site.tree(f"{BASE}/index.html")
    assert tree.xpath('//h2[text()="Cómo usar esta guía"]')
    form = tree.xpath("//form[@data-lessons-filter]")[0]
    assert form.get("hidden") is not None, "the filter only appears when the script runs"
    links = tree.xpath('//nav[@class="vt-lesson-browse vt-no-print"]//a/@href')
    assert {h.rstrip("/").rsplit("/", 1)[-1] for h in links} >= {
        "grado",
        "tema",
        "duracion",
        "metas",
        "guia-completa",
    }
    cards = tree.xpath("//ul[@data-lessons-list]/li")
    for card, (slug, (_, data)) in zip(cards, LESSONS.items(), strict=True):
        assert card.get("data-grados").split() == data["grados"], slug
        assert card.get("data-banda") == band_of(data["duracion"])
    assert (site.output / "theme/js/lessons-filter.js").exists()


def test_grade_pages_group_their_lessons_by_topic_without_javascript(site):
    """Grade and topic combine with no script: each grade page has a section per topic."""
    for grade, slugs in expected("grados").items():
        tree = site.tree(f"{BASE}/grado/{grade}/index.html")
        sections = tree.xpath("//main//section[h2]")
        by_topic = {}
        for section in sections:
            tid = section.xpath("./h2/@id")[0].removeprefix("tema-")
            hrefs = section.xpath('.//li[contains(@class, "vt-lesson-card")]//h3/a/@href')
            by_topic[tid] = [h.rstrip("/").rsplit("/", 1)[-1] for h in hrefs]
        for tid, in_topic in expected("temas").items():
            wanted = [s for s in slugs if s in in_topic]
            assert by_topic.get(tid, []) == wanted, (grade, tid)
