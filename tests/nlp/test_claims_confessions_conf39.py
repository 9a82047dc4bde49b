"""conf39's constructions of a confession, on invented sentences, with their guards: an
admission hung on its admitter's sentence, a plea (``claims/punished_admission.py``); a
second name of several words after an alias marker (``claims/alias_marker.py``); a statement
recorded "while X was in police custody" (``placed_setting.while_clause``)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.nlp.claims.alias_marker import alias_marker_before
from tests.nlp.test_claims_confessions_conf35 import settings


@pytest.mark.parametrize(
    ("text", "name", "setting"),
    [
        (
            "Rebecca Turner, who admitted forging her employer's signature, was jailed for six "
            "months.",
            "Rebecca Turner",
            "judicial",
        ),
        (
            "Rebecca Turner was fined 900 pounds after admitting she had kept the deposits.",
            "Rebecca Turner",
            "judicial",
        ),
        (
            "Rebecca Turner was sentenced to a year in prison after admitting the theft to police.",
            "Rebecca Turner",
            "custodial",
        ),
        (
            "Police arrested Imran Butt over the robbery. The court acquitted Imran Butt, "
            "observing that the only evidence was a statement recorded while he was in police "
            "custody.",
            "Imran Butt",
            "custodial",
        ),
    ],
)
def test_confession_settings(nlp: Language, text: str, name: str, setting: str) -> None:
    assert settings(nlp, text, name) == {setting}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # admitted, but no court punished the admitter for it
        (
            "Rebecca Turner, who admitted forging the signature, was arrested on Monday.",
            "Rebecca Turner",
        ),
        ("Rebecca Turner, who admitted the affair, was found dead at her flat.", "Rebecca Turner"),
        # a statement recorded while a witness was in hospital is no confession of hers
        (
            "Police arrested Imran Butt over the robbery. The court relied on a statement "
            "recorded while the cashier Sana Rauf was in hospital.",
            "Sana Rauf",
        ),
    ],
)
def test_no_confession(nlp: Language, text: str, name: str) -> None:
    assert settings(nlp, text, name) == set()


@pytest.mark.parametrize(
    ("words", "pos", "word", "marker"),
    [
        # "alias" parsed as a verb: the alias's last word names the owner
        (["Javed", "Iqbal", "alias", "Bara", "Javed", "confessed"],
         ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "VERB"], 4, "alias"),
        (["Javed", "Iqbal", "alias", "Bara", "Javed", "confessed"],
         ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "VERB"], 3, "alias"),
        # "alias" a noun of the name: only the word right after it
        (["Javed", "Iqbal", "alias", "Bara", "Javed", "confessed"],
         ["PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "VERB"], 4, None),
        (["Javed", "Iqbal", "alias", "Kalu", "confessed"],
         ["PROPN", "PROPN", "NOUN", "PROPN", "VERB"], 3, "alias"),
        (["Javed", "Iqbal", "alias", "Kalu", "confessed"],
         ["PROPN", "PROPN", "NOUN", "PROPN", "VERB"], 2, "alias"),
        (["Javed", "Iqbal", "met", "Kalu", "Khan"],
         ["PROPN", "PROPN", "VERB", "PROPN", "PROPN"], 4, None),  # no marker before the name
    ],
)  # fmt: skip
def test_alias_marker_before(
    nlp: Language, words: list[str], pos: list[str], word: int, marker: str | None
) -> None:
    doc = Doc(nlp.vocab, words=words, pos=pos)
    found = alias_marker_before(doc[word])
    assert (found.lower_ if found is not None else None) == marker
