"""A "his" or "her" that opens a sentence after a sentence whose subject is a description
bound to one named accused ("His driver, X, was jailed. ... The driver, too, had denied
everything. His counsel argued ...") stands for that accused, not for the accused the report
ruled on last (tie69). Invented sentences; near misses where the rule must not fire: the
judge or the victim as the subject before, two people as that subject, another man named in
that sentence, a pronoun of the other sex."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

# the driver is named first, his employer ruled on last: the one the report followed
_DRIVER = (
    "A court in Brno jailed a bakery driver, Lukas Novak, for a year for smuggling "
    "cigarettes. His employer, Petr Dvorak, was sentenced to two years. "
)
_CASHIER = (
    "A court in Brno jailed a cashier, Jana Horakova, for a year for fraud. Her manager, "
    "Eva Kralova, was sentenced to two years. "
)
_INADMISSIBLE = "His lawyer also argued that the admission recorded by police was inadmissible."


@pytest.mark.parametrize(
    ("kind", "text", "who"),
    [
        # the lf20 shape: "too", a denial, then counsel's argument
        (
            "retraction",
            _DRIVER + "The driver, too, had denied everything at the trial. " + _INADMISSIBLE,
            "Lukas Novak",
        ),
        # paraphrase: asked set aside, the record of his police interview
        (
            "retraction",
            _DRIVER + "The driver, too, had denied everything at the trial. His lawyer asked "
            "the judge to set aside the record of his first police interview.",
            "Lukas Novak",
        ),
        # paraphrase: counsel told the court, the confession he made
        (
            "retraction",
            _DRIVER + "The driver had always denied knowing what was in the boxes. His counsel "
            "told the court that the confession he made at the police station was "
            "inadmissible.",
            "Lukas Novak",
        ),
        # a woman: her lawyer, after "the cashier" (her manager ruled on last)
        (
            "retraction",
            _CASHIER + "The cashier had denied the charge throughout. Her lawyer asked the "
            "judge to exclude the confession she made at the police station.",
            "Jana Horakova",
        ),
        # a denial: "his client" of the lawyer the opening "His" ties
        (
            "denial",
            _DRIVER + "The driver was taken to the cells after the verdict. His lawyer said "
            "his client had always denied the charge.",
            "Lukas Novak",
        ),
    ],
)
def test_possessive_after_described_subject(nlp: Language, kind: str, text: str, who: str) -> None:
    assert accused_of(kind, nlp, text) == {who}


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        # the judge as the subject before: never "his"
        (
            "retraction",
            _DRIVER + "The judge had rejected every plea of the defence. " + _INADMISSIBLE,
        ),
        (
            "denial",
            _DRIVER + "The judge was taken ill after the verdict. His lawyer said his "
            "client had always denied the charge.",
        ),
        # the victim as the subject before
        (
            "retraction",
            _DRIVER + "The victim, a shop assistant named Karel Blaha, had been beaten in the "
            "raid. " + _INADMISSIBLE,
        ),
        # two people as the subject before: either may be "his"
        (
            "retraction",
            _DRIVER
            + "The driver and the owner had denied everything at the trial. "
            + _INADMISSIBLE,
        ),
        # another man named in the sentence before may be "his" as well
        (
            "retraction",
            _DRIVER
            + "The driver had told the court that Dvorak ran the business. "
            + _INADMISSIBLE,
        ),
        # the other sex: "her" is not the driver
        (
            "denial",
            _DRIVER + "The driver was taken to the cells after the verdict. Her lawyer said her "
            "client had always denied the charge.",
        ),
    ],
)
def test_not_the_described_subject(nlp: Language, kind: str, text: str) -> None:
    found = accused_of(kind, nlp, text)
    assert "Lukas Novak" not in found
    assert not found & {"Karel Blaha"}
