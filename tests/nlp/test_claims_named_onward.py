"""An untied "the NOUN" whose one bearer the report names only after it ("The contractor
denied the charge ... The contractor, X, 52, was released on bail"): once the whole report is
read, the step is the one person the report introduced with that noun
(``claims.named_onward``); none where two bear it or the one is cast as the victim. Invented
sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims.named_onward import named_onward
from corroborate.records import Claim, DescribedParty, Participant
from tests.nlp.test_claims import accused_of, claims_of


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "Police arrested three men over the collapse of a school wall that killed two "
            "pupils. The contractor denied the charge, saying the design was at fault. The "
            "contractor, Ramesh Gupta, 52, was released on bail on Tuesday.",
            "denial",
            "Ramesh Gupta",
        ),
        (
            "Police arrested three men over the theft of cattle from a post near the river. "
            "The herdsman confessed during questioning that he had opened the kraal at night. "
            "The herdsman, Tumelo Kgosi, 22, had worked at the post for a year.",
            "confession",
            "Tumelo Kgosi",
        ),
        (
            "Three people were charged on Monday with the murder of a shopkeeper. The driver "
            "was remanded in custody. The shopkeeper, Peter Moyo, 45, was shot at his counter. "
            "The driver, James Banda, is 30.",
            "ruling",
            "James Banda",
        ),
        (
            "Police charged two men over the death of a worker at a quarry. The supervisor "
            "denied the charge. Witnesses said the supervisor, Daniel Kamau, had warned the "
            "owner.",
            "denial",
            "Daniel Kamau",
        ),
    ],
)
def test_the_noun_told_before_its_one_bearer_is_named_is_he(
    nlp: Language, text: str, kind: str, name: str
) -> None:
    assert accused_of(kind, nlp, text) == {name}


def _untied(nlp: Language, text: str, kind: str) -> list[Claim]:
    return [c for c in claims_of(nlp, text) if c.kind == kind and c.described]


@pytest.mark.parametrize(
    "text",
    [
        # two people bear the noun: "the guard" is neither
        "Two guards were charged over the robbery of a bank van. The guard denied the charge "
        "in court. The guard, John Mwale, was on duty that night. The guard, Peter Zulu, was "
        "off sick.",
        # the one bearer is the victim
        "Police arrested a man after a cyclist was killed on the highway. The driver denied "
        "the charge. The victim, the driver Peter Phiri, was 40.",
    ],
)
def test_no_one_or_another_part_leaves_the_noun_untied(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()
    assert _untied(nlp, text, "denial")


def _claim(participants: tuple[Participant, ...], nouns: tuple[str, ...]) -> Claim:
    described = tuple(DescribedParty(n, 40, 40 + len(n)) for n in nouns)
    return Claim("denial", 0, 80, (44, 50), participants, described=described)


def test_a_claim_with_an_accused_keeps_its_reading() -> None:
    accused = (Participant("Amina Bello", "accused", 0, 11),)
    claim = _claim(accused, ("clerk",))
    assert named_onward([claim], {"clerk": {"Musa Ali"}}, set()) == [claim]


def test_the_bearer_takes_the_noun_s_place() -> None:
    (claim,) = named_onward([_claim((), ("clerk",))], {"clerk": {"Musa Ali"}}, set())
    assert claim.described == ()
    assert claim.participants == (Participant("Musa Ali", "accused", 40, 45),)
    # cast apart (a witness): untied, as before
    (kept,) = named_onward([_claim((), ("clerk",))], {"clerk": {"Musa Ali"}}, {"Musa Ali"})
    assert kept.described and not kept.participants


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Police charged Ram Prasad Thapa, chairperson of Ward No 7 of the municipality, "
            "engineer Hari Sharma and clerk Gita Rai with fraud on Monday. The court released "
            "Thapa on bail and sent Sharma to custody. Rai was released on general date. The "
            "ward chair denied the charge outright.",
            "Ram Prasad Thapa",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a head noun's short form: 'the chair' after 'chairperson' is another key",
            ),
        ),
        pytest.param(
            "A magistrate on Tuesday jailed the owner of a bakery and his manager for selling "
            "bread made with spoiled flour. The magistrate also fined Karim Hassan, 58, and his "
            "manager Yusuf Adel. In his statement, the owner denied that the bakery had ever "
            "used spoiled flour.",
            "Karim Hassan",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the owner told only by the lede's parallel 'X and his manager Y', never "
                "by the noun beside his name",
            ),
        ),
    ],
)
def test_descriptions_not_built(nlp: Language, text: str, name: str) -> None:
    assert name in accused_of("denial", nlp, text)
