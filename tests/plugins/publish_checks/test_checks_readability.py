"""Syllables against hand counts (where textstat's Pyphen count is wrong), and known scores."""

from __future__ import annotations

import pytest
import textstat
from publish_checks.prose import Sentence
from publish_checks.readability import INFLESZ_BANDS, band, fernandez_huerta, score
from publish_checks.readability import szigriszt_pazos as sp_formula
from publish_checks.syllables import count_word
from publish_checks.text import sentences, split_prose, words

# Hand-counted; the comment shows the syllables. textstat 0.7.13 (Pyphen) gets the ones
# marked "pyphen" wrong: it never splits a hiatus or the last two letters of a word.
WORDS = [
    ("día", 2),  # dí-a  (pyphen: 1)
    ("país", 2),  # pa-ís (pyphen: 1)
    ("leer", 2),  # le-er (pyphen: 1)
    ("aún", 2),  # a-ún  (pyphen: 1)
    ("oír", 2),  # o-ír  (pyphen: 1)
    ("maíz", 2),  # ma-íz (pyphen: 1)
    ("reúne", 3),  # re-ú-ne (pyphen: 1)
    ("poeta", 3),  # po-e-ta (pyphen: 2)
    ("héroe", 3),  # hé-ro-e (pyphen: 2)
    ("aéreo", 4),  # a-é-re-o (pyphen: 2)
    ("ahí", 2),  # a-hí (pyphen: 1)
    ("guerra", 2),  # gue-rra
    ("que", 1),
    ("pingüino", 3),  # pin-güi-no
    ("ciudad", 2),  # ciu-dad
    ("huevo", 2),  # hue-vo
    ("muy", 1),
    ("rey", 1),
    ("y", 1),
    ("transparencia", 4),  # trans-pa-ren-cia
    ("anticorrupción", 5),  # an-ti-co-rrup-ción
    ("construir", 2),  # cons-truir
    ("Escuela", 3),  # Es-cue-la
]


@pytest.mark.parametrize(("word", "expected"), WORDS)
def test_spanish_syllables_match_hand_count(word, expected):
    assert count_word(word) == expected


@pytest.mark.parametrize("word", ["día", "país", "leer", "poeta", "aéreo", "reúne"])
def test_textstat_pyphen_count_is_what_we_correct(word):
    """If textstat ever fixes this, our correction can go: this test will tell us."""
    textstat.set_lang("es")
    assert textstat.syllable_count(word) < count_word(word)


def test_hand_counted_sentence():
    text = "El día que leí la noticia, el país entero habló de corrupción."
    counted = [count_word(w) for w in words(text)]
    assert counted == [1, 2, 1, 2, 1, 3, 1, 2, 3, 2, 1, 3]
    text = "Los héroes de la escuela leen poesía en voz alta."
    counted = [count_word(w) for w in words(text)]
    assert counted == [1, 3, 1, 1, 3, 2, 4, 1, 1, 2]


def test_formulas_match_textstat_when_counts_agree():
    """Same constants as textstat: with words where Pyphen is right, scores are identical."""
    text = "El comité revisa las compras. Cualquier persona puede leer sus informes."
    text = text.replace("leer", "ver")  # avoid the hiatus textstat miscounts
    textstat.set_lang("es")
    ws = words(text)
    syllables = sum(count_word(w) for w in ws)
    assert syllables == textstat.syllable_count(text)
    ours = fernandez_huerta(len(ws), 2, syllables)
    assert ours == pytest.approx(textstat.fernandez_huerta(text), abs=0.01)
    assert sp_formula(len(ws), 2, syllables) == pytest.approx(
        textstat.szigriszt_pazos(text), abs=0.01
    )


def scored(text: str, lang: str = "es"):
    return score([Sentence(s, words(s)) for s in sentences(text)], lang)


def test_known_spanish_scores():
    # A-na le-e un li-bro. El li-bro es de un ga-to pe-que-ño: 2 sentences, 11 words,
    # 18 syllables. FH = 206.84 - 60*18/11 - 1.02*11/2 = 103.05; SP = 206.835 - 62.3*18/11 - 5.5
    text = "Ana lee un libro. El libro es de un gato pequeño."
    assert sum(count_word(w) for w in words(text)) == 18
    scores, bands = scored(text)
    assert scores["fernandez_huerta"] == pytest.approx(103.05, abs=0.01)
    assert scores["szigriszt_pazos"] == pytest.approx(99.39, abs=0.01)
    assert bands["inflesz"] == "muy fácil"


def test_hard_text_is_muy_dificil():
    text = (
        "La coordinación interinstitucional constituye un mecanismo fundamental para la "
        "consolidación de procedimientos administrativos homologados."
    )
    scores, bands = scored(text)
    assert scores["szigriszt_pazos"] < 40
    assert bands["inflesz"] == "muy difícil"
    assert bands["fernandez_huerta"] == "muy difícil"


def test_english_uses_textstat_offline():
    text = "The cat sat on the mat. It was happy to see the children playing outside."
    scores, bands = scored(text, "en")
    assert scores["flesch"] > 70
    assert "flesch_kincaid_grade" in scores
    assert bands["flesch"] in ("bastante fácil", "fácil", "muy fácil")


@pytest.mark.parametrize(
    ("value", "name"),
    [
        (30, "muy difícil"),
        (54.9, "algo difícil"),
        (55, "normal"),
        (64.9, "normal"),
        (70, "bastante fácil"),
        (85, "muy fácil"),
    ],
)
def test_inflesz_bands(value, name):
    assert band(value, INFLESZ_BANDS) == name


def test_sentences_keep_abbreviations_and_split_on_end_marks():
    text = "Lee el art. 5 de la ley. ¿Qué dice? ¡Mucho! Fin."
    assert sentences(text) == ["Lee el art. 5 de la ley.", "¿Qué dice?", "¡Mucho!", "Fin."]


@pytest.mark.parametrize(
    "text",
    [
        "Lee el art. 5 de la ley. ¿Qué dice? ¡Mucho! Fin.",
        "Dijo «ya basta.» Luego se fue. Ver el art.» 5 y el “dr.” Pérez.",
        "Cuesta 1.000,50 pesos (aprox. 2,5 %) y abre a las 10:30. L'eau, co-op; rock'n'roll.'",
        "La Secretaría Ejecutiva del Sistema Nacional Anticorrupción (SESNA) publica. » Fin.)",
        "Nada . suelto … aquí ) . ¿Sí?» ¡No!) etc. etc. EE. UU. es un país.",
        "Sin punto final",
        "",
    ],
)
def test_split_prose_is_sentences_then_words(text):
    """The one-pass split gives what ``sentences`` then ``words`` give, marks dropped alike."""
    assert split_prose(text) == [(s, words(s)) for s in sentences(text)]
