"""The noun of a part a name renames across a comma the parser did not read as an
apposition (``nlp/claims/renamed_before.py``, asked by ``Descriptions._described_role``), on
invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, roles


def _parts(nlp: Language, text: str) -> dict[str, set[str]]:
    return roles(claims_of(nlp, text))


@pytest.mark.parametrize(
    "text, name",
    [
        # "co-accused" split by the tokenizer, parsed as a participle clause
        (
            "A second co-accused, Younis Butt, passed away in the district jail last month.",
            "Younis Butt",
        ),
        # the name's own noun between the comma and the name: "accountant X"
        ("A fifth accused, accountant Abdul Memon, entered into a plea bargain.", "Abdul Memon"),
        # a second apposition after the name: the noun and the name parsed as two subjects
        ("Another suspect, Naveed Khoso, a cashier, fled in June.", "Naveed Khoso"),
        # an approver is an accomplice pardoned to testify, still one of the accused
        (
            "The case stood proved through the testimony of the approver, Ghulam Jatoi, a "
            "senior auditor, who had been granted a pardon.",
            "Ghulam Jatoi",
        ),
        ("Police said Rita had quarrelled with the accused, Tariq Aziz, on the day.", "Tariq Aziz"),
    ],
)
def test_an_accused_noun_before_the_comma_accuses_the_name(
    nlp: Language, text: str, name: str
) -> None:
    assert "accused" in _parts(nlp, text).get(name, set()), _parts(nlp, text)


def test_a_lawyer_fronted_before_the_clause_is_the_name_after_it(nlp: Language) -> None:
    """ "Through her lawyer, X, Y denied ...": X is the lawyer (the parser makes X the
    subject and Y its apposition)."""
    parts = _parts(nlp, "Through her lawyer, Anil Mehta, Priya Sen denied the charges.")
    assert "defence" in parts.get("Anil Mehta", set()), parts


@pytest.mark.parametrize(
    "text, name",
    [
        # the noun is a verb's object, not a phrase opening a clause
        ("After questioning the suspect, Sami Khan said the case was closed.", "Sami Khan"),
        ("After meeting the accused, Nadia Rauf wrote to the court.", "Nadia Rauf"),
        # an item of a list of names a verb takes
        (
            "The court summoned the complainant, Omar Latif, Dr Sana Iqbal and a fellow "
            "detainee, Bilal Hussain, who heard the beating, for the next hearing.",
            "Bilal Hussain",
        ),
    ],
)
def test_a_noun_a_verb_takes_renames_no_name_after_it(nlp: Language, text: str, name: str) -> None:
    assert "accused" not in _parts(nlp, text).get(name, set()), _parts(nlp, text)


def test_a_body_that_tells_is_no_part_of_the_name_after_it(nlp: Language) -> None:
    """ "According to the prosecution, X, along with others, fired ...": X is the subject,
    the prosecution the body that tells it (no other name follows X's comma)."""
    parts = _parts(
        nlp, "According to the prosecution, Uzair Khan, along with other co-accused, fired."
    )
    assert "prosecutor" not in parts.get("Uzair Khan", set()), parts
