"""The sentence openers the parser leaves without a verb (``nlp.opener_repairs``): a surname the
article types a PERSON, tagged an adverb or adjective by its ending, "The N-year-old", and the
name after a fronted date the parser glued onto it ("On Friday Judicial Magistrate X granted")
- each made its verb's subject, so that every reader reads the sentence (invented sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CZ = "Police in Jihlava questioned Radek Vesely, 43, a former school bursar, on Monday. "
_HU = "Police in Pecs questioned Gabor Szekely, 58, over the death of his neighbour. "
_IE = "Gardai in Sligo questioned Eoin Reilly, 31, a taxi driver, about a burglary. "
_NI = "Police in Derry questioned Niall Connolly, 26, over an arson attack. "
_NL = "Prosecutors in Haarlem charged Joost Verhoeven, 52, with fraud over a land sale. "
_PK = "Police in Okara questioned Tariq Javed, 32, over the theft of a tractor. "
_BD = "Police in Bogura questioned Rafiqul Alam, 35, over missing relief wheat. "


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        (_CZ + "Vesely denies the charges.", "denial", "Radek Vesely"),
        (_CZ + "Vesely has rejected the accusations as absurd.", "denial", "Radek Vesely"),
        (_CZ + "Vesely was arrested on Friday.", "arrest", "Radek Vesely"),
        (_HU + "Szekely confessed to the killing in custody.", "confession", "Gabor Szekely"),
        (_HU + "Szekely has denied the allegations.", "denial", "Gabor Szekely"),
        (_HU + "Szekely was convicted of manslaughter.", "ruling", "Gabor Szekely"),
        (_IE + "Reilly was remanded in custody until next week.", "ruling", "Eoin Reilly"),
        (_NI + "Connolly was charged with arson on Thursday.", "charge", "Niall Connolly"),
    ],
)
def test_a_surname_read_as_an_adverb_is_the_verbs_subject(
    nlp: Language, text: str, kind: str, who: str
) -> None:
    assert who in accused_of(kind, nlp, text)


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        (_NL + "The 52-year-old denies all the charges.", "denial", "Joost Verhoeven"),
        (_PK + "The 32-year-old confessed to the theft.", "confession", "Tariq Javed"),
        (_BD + "The 35-year-old was later charged with embezzlement.", "charge", "Rafiqul Alam"),
    ],
)
def test_the_age_noun_opening_a_sentence_is_the_verbs_subject(
    nlp: Language, text: str, kind: str, who: str
) -> None:
    assert who in accused_of(kind, nlp, text)


def test_the_repaired_parse(nlp: Language) -> None:
    doc = nlp(_CZ + "Vesely denies the charges.")
    vesely = next(t for t in doc if t.text == "Vesely" and t.sent.start == t.i)
    assert (vesely.dep_, vesely.head.lemma_, vesely.pos_, vesely.ent_type_) == (
        "nsubj", "deny", "PROPN", "PERSON",
    )  # fmt: skip
    doc = nlp(_NL + "The 52-year-old denies all the charges.")
    old = next(t for t in doc if t.lower_ == "old")
    assert (old.dep_, old.head.lemma_, old.pos_) == ("nsubj", "deny", "NOUN")
    assert doc[old.i - 5].head.i == old.i  # "The" is the noun's


@pytest.mark.parametrize(
    "second",
    [
        "Lately, burglaries have risen in the district.",  # a real adverb before a comma
        "Only the driver was arrested.",  # a real adverb, and a subject of its own
        "Reportedly the van had false plates.",  # no PERSON ends in it
        "The 52-year-old victim was taken to hospital.",  # the phrase has its noun
        "Vesely's neighbour said the family was shocked.",  # a possessive, parsed right
    ],
)
def test_near_misses_keep_their_parse_and_accuse_no_one_more(nlp: Language, second: str) -> None:
    first = "Police in Jihlava arrested Radek Vesely, 43, on Monday over a fire at a depot."
    for kind in ("arrest", "charge", "denial", "confession", "ruling"):
        assert accused_of(kind, nlp, first + " " + second) == accused_of(kind, nlp, first)


def test_the_name_after_a_fronted_date_is_the_verbs_subject(nlp: Language) -> None:
    doc = nlp("On Saturday Asif Raza confessed to the murder before a magistrate.")
    raza, saturday = doc[3], doc[1]
    assert (raza.dep_, raza.head.lemma_) == ("nsubj", "confess")
    assert (saturday.dep_, saturday.head.text) == ("pobj", "On")
    text = (
        "Police arrested Sadia Khan and Bilal Ahmed. On Friday Judicial Magistrate Sadia "
        "Parveen granted three days' physical remand of the two suspects."
    )
    assert "Judicial Magistrate Sadia Parveen" not in accused_of("ruling", nlp, text)


@pytest.mark.parametrize(
    "second",
    [
        "On Friday police searched the depot.",  # a common noun: parsed right, left alone
        "On Friday, Judge Anna Novak adjourned the hearing.",  # a comma: parsed right
        "On Friday the court adjourned the hearing.",  # no name after the date
    ],
)
def test_a_fronted_date_without_a_glued_name_keeps_its_parse(nlp: Language, second: str) -> None:
    first = "Police in Jihlava arrested Radek Vesely, 43, on Monday over a fire at a depot."
    for kind in ("arrest", "charge", "denial", "confession", "ruling"):
        assert accused_of(kind, nlp, first + " " + second) == accused_of(kind, nlp, first)
