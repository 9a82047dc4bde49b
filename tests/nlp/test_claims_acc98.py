"""The readings acc98 added, on invented sentences and names.

The complainant who names those he accuses, called by his name only in the complaint's "of"
phrase: "registered a case on the complaint of the victim's brother, Y, who nominated X"
(the relative clause on the complainant), and "The FIR was registered on the complaint of
Y's father, Z. He nominated X" (a pronoun opening the next sentence, where the sentence
before names no one but the complainant) - as "The complainant nominated X" always did
(``PapersSay._the_papers_say``). Near misses: a pronoun where the sentence before names
another person besides the complainant, a passive, a nomination with no complaint before
it, a saying verb."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of


def _accused(nlp: Language, text: str) -> set[str]:
    return {p.name for c in claims_of(nlp, text) for p in c.participants if p.role == "accused"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Police registered a murder case on the complaint of the victim's brother, Asif "
         "Raza, who nominated Bashir Khan and Imdad Ali.", {"Bashir Khan", "Imdad Ali"}),
        ("Police registered a case under sections 302 and 324 PPC on the complaint of the "
         "victim's brother, Asif Raza, who nominated Kamran Rauf, son of a landlord, his "
         "guards Bashir Khan and Imdad Ali, and the driver, Nadeem Ali.",
         {"Kamran Rauf", "Bashir Khan", "Imdad Ali", "Nadeem Ali"}),
        ("The FIR was registered on the complaint of the victim's father, Asif Raza. He "
         "nominated Bashir Khan and Imdad Ali.", {"Bashir Khan", "Imdad Ali"}),
        ("Police registered a murder case on the complaint of Salman's father, Asif Raza, "
         "under sections 302 and 34 of the PPC. He nominated Kamran Rauf's brothers, Bashir "
         "Khan and Imdad Ali, and their cousin Nadeem Ali.",
         {"Bashir Khan", "Imdad Ali", "Nadeem Ali"}),
    ],
)  # fmt: skip
def test_the_complainant_named_in_the_complaints_phrase_nominates_the_accused(
    nlp: Language, text: str, names: set[str]
) -> None:
    assert names <= _accused(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the sentence before names another person besides the complainant: "He" may be him
        ("Police arrested Kamran Rauf on the complaint of Asif Raza. He named Imdad Ali as "
         "his lawyer.", "Imdad Ali"),
        # the complainant's own name in the passive: he is nominated, no one by him
        ("Police registered a case on the complaint of Asif Raza. He was nominated by Imdad "
         "Ali.", "Imdad Ali"),
        # no complaint's "of" phrase before the pronoun
        ("The school registered a complaint of theft. He nominated Imdad Ali for the award.",
         "Imdad Ali"),
        # not a verb of naming
        ("The case was registered on the complaint of the victim's father, Asif Raza. He said "
         "Imdad Ali had helped him.", "Imdad Ali"),
        # the complainant himself is never the accused of his own nomination
        ("Police registered a murder case on the complaint of the victim's brother, Asif "
         "Raza, who nominated Bashir Khan.", "Asif Raza"),
    ],
)  # fmt: skip
def test_near_misses_of_the_complainant_nominating_accuse_no_one(
    nlp: Language, text: str, name: str
) -> None:
    assert name not in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="the complainant's list opening with a description "
    "whose name the report gives elsewhere ('nominated the landowner, his "
    "nephew X'): the landowner is not resolved to his name (lf32)",
)
def test_a_description_the_complainant_nominates_is_its_named_person(nlp: Language) -> None:
    text = (
        "Imdad Ali bought the fruit of an orchard from its owner, Kamran Rauf. The "
        "complainant nominated the landowner, his nephew Bashir Khan and a guard."
    )
    assert "Kamran Rauf" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a paper's list opening with a description noun and "
    "a firm ('The charge sheet names the company, X Ltd, and its director Y'): "
    "the list is not read (h17, lf36)",
)
def test_a_papers_list_opening_with_the_firm_is_read(nlp: Language) -> None:
    text = "The charge sheet names the company, Ravi Traders Ltd, and its director Kamran Rauf."
    assert "Kamran Rauf" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="'accused' tagged a participle with only an adjective "
    "or a number before it ('Two other accused, X and Y, who ..., remain "
    "absconding') is not read as the noun (h27)",
)
def test_two_other_accused_with_a_relative_clause(nlp: Language) -> None:
    text = (
        "Police arrested Kamran Rauf over the robbery. Two other accused, Bashir Khan and "
        "Imdad Ali, who supplied the gang with knives, remain absconding."
    )
    assert "Bashir Khan" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a firm told a legal person of a prosecution ('ordered "
    "the prosecution of X SARL as a legal entity', 'placed under investigation "
    "as a legal person'): firms missed in 12 read sets, in many forms (h27, lf34)",
)
def test_a_firm_prosecuted_as_a_legal_entity(nlp: Language) -> None:
    text = "The judge also ordered the prosecution of Ravi Traders Ltd as a legal entity."
    assert "Ravi Traders Ltd" in _accused(nlp, text)
