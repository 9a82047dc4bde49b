"""An amount of money ends a person's name (``nlp.mentions.amounts``): a fine or a bail
amount written right after a name ("fined Tariq Mehmood Rs100,000") is no part of it, an
amount alone is no person, and an organisation's name keeps its figure ("Channel 4").
Each sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.numbers import number_words
from corroborate.nlp.claims import find_claims
from corroborate.nlp.mentions import find_mentions
from corroborate.nlp.quantities import find_quantities


def _names(nlp: Language, text: str, kind: str = "person") -> set[str]:
    found = find_mentions(nlp(text))
    return {m.name for m in found if m.type == kind} | {
        m.alias for m in found if m.type == kind and m.alias
    }


def _any_amount(names: set[str]) -> bool:
    marks = number_words().currencies
    return any(
        any(c.isdigit() for c in n) or any(w in marks or w[:2] in marks for w in n.split())
        for n in names
    )


# A person named right before an amount: each sentence, the names it must give whole.
PEOPLE_BEFORE_AMOUNTS = [
    (
        "The magistrate fined Ghulam Haider Solangi Rs200,000 and Nadeem Akhtar Rs50,000 "
        "for the assault.",
        {"Ghulam Haider Solangi", "Nadeem Akhtar"},
    ),
    (
        "The court fined Zubair Ahmed Rs 75,000 and sent him to jail for two years.",
        {"Zubair Ahmed"},
    ),
    (
        "The judge granted bail to Sanjeev Kumar Yadav against surety bonds of Rs 50,000 each.",
        {"Sanjeev Kumar Yadav"},
    ),
    (
        "The court fined Abdul Karim Tk 3,000 for filing a false case.",
        {"Abdul Karim"},
    ),
    (
        "Judge Rana Thapa fined accused Anil Thapa NPR 10,000 for the brawl.",
        {"Anil Thapa"},
    ),
]


@pytest.mark.parametrize(("text", "whole"), PEOPLE_BEFORE_AMOUNTS)
def test_an_amount_after_a_name_is_no_part_of_it(nlp: Language, text: str, whole: set[str]) -> None:
    names = _names(nlp, text)
    assert whole <= names, names
    assert not _any_amount(names), names


@pytest.mark.xfail(
    strict=True,
    reason="the amount is cut off a name NER typed a firm, but the typing does not yet make "
    "the given-name-led rest a person; no open set holds the shape",
)
def test_a_name_typed_a_firm_before_an_amount_is_a_persons(nlp: Language) -> None:
    text = "The tribunal fined Rafiqul Haque Tk 5,000 for filing a false case."
    assert "Rafiqul Haque" in _names(nlp, text)


def test_a_firm_typed_name_loses_the_amount_after_it(nlp: Language) -> None:
    text = "The tribunal fined Rafiqul Haque Tk 5,000 for filing a false case."
    found = find_mentions(nlp(text))
    assert not _any_amount({m.name for m in found}), [m.name for m in found]


def test_an_amount_alone_is_no_name(nlp: Language) -> None:
    text = (
        "Police said Rs 4.5 million was recovered from the house of Imtiaz Baig. "
        "The court ordered Tk 80,000 paid to the victim's family."
    )
    found = find_mentions(nlp(text))
    assert not _any_amount({m.name for m in found}), [m.name for m in found]
    assert "Imtiaz Baig" in _names(nlp, text)


def test_an_organisations_figure_stays(nlp: Language) -> None:
    text = (
        "Channel 4 reported that 7-Eleven had settled. "
        "The magistrate fined accused Rehana Bibi Rs10,000 on Monday."
    )
    bodies = _names(nlp, text, "organization")
    assert {"Channel 4", "7-Eleven"} <= bodies, bodies
    assert "Rehana Bibi" in _names(nlp, text)


def test_a_currency_code_before_an_amount_is_no_firm(nlp: Language) -> None:
    text = "Judge Rana Thapa fined Suman Gurung NPR 5,000. NPR reported the hearing."
    codes = [m for m in find_mentions(nlp(text)) if m.name == "NPR"]
    assert len(codes) == 1 and codes[0].start > text.index("."), codes  # the broadcaster


def test_a_dollar_amount_stays_out_of_every_name(nlp: Language) -> None:
    text = "Judge Ellen Park ordered defendant Marcus Ellery to pay $2m to the family."
    found = find_mentions(nlp(text))
    assert not _any_amount({m.name for m in found}), [m.name for m in found]


def test_the_currency_marks_are_one_list() -> None:
    words = number_words()
    assert words.currency_mark("Rs") and words.currency_mark("Tk.")
    assert words.currency_mark("Rs100,000") and words.currency_mark("US$2m")
    assert not words.currency_mark("Rsx") and not words.currency_mark("Tariq")
    # the quantities reader normalises money with the same marks
    (amount,) = find_quantities("a fine of Rs 5m")
    assert amount.unit == words.currencies["Rs"]


def _accused(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    claims, _ = find_claims(doc, find_mentions(doc))
    return [p.name for c in claims if c.kind == "ruling" for p in c.participants]


def test_the_party_fined_is_the_name_the_parse_hung_on_the_mark(nlp: Language) -> None:
    # the parser makes "Rs" the object and the name its compound: the name is the party
    text = "The court fined Bishnu Rai Rs 20,000 for the assault."
    assert _accused(nlp, text) == ["Bishnu Rai"]


@pytest.mark.xfail(
    strict=True,
    reason="'fined X Rs 50,000 and handed him a term': 'him', the dative of a conjunct with "
    "no subject, is not read as the first conjunct's object (parallel_objects reads a direct "
    "object only), so it falls to the person ruled on before; not built this session",
)
def test_him_after_a_fine_is_the_fined(nlp: Language) -> None:
    text = (
        "The court convicted Dil Bahadur Karki of theft. The court fined Bishnu Rai "
        "Rs 20,000 and handed him a suspended jail term."
    )
    assert _accused(nlp, text).count("Dil Bahadur Karki") == 1
