"""The grammar desc61 added for a lede's parts named by description in any of the shapes the
report introduces a person with a noun: a title before the name ("patwari X had demanded
..."), the noun apposed after it ("X, a surveyor with the lands office"), as well as "the NOUN,
X" (``LedeParts._introduced_with``, asking ``DescribedPeople._describing_noun`` and
``_titles_written``); and a lede's part owned by a pronoun for the part before it ("arrested a
patwari and his private munshi"), one more person as "a munshi" would be. Invented sentences
and names; paraphrases in other countries, orders and titles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, outcomes

# The lede's parts, then each named by a title, an apposition either side, then both ruled on.
_NAMED_PARTS = [
    (  # a title in lower case before the name; "his" part named "the munshi, X"
        "The anti-graft squad on Tuesday arrested a patwari and his private munshi in a raid "
        "at the revenue office. The complainant, Yaqoob Dar, said that patwari Nisar Ahmed "
        "Lone had demanded Rs400,000 to enter the mutation. The marked notes were recovered "
        "from a drawer used by the munshi, Asif Mir, the officer said. On Wednesday the two "
        "were produced before Special Judge Rana Akram, who sent them to jail on judicial "
        "remand.",
        {"Nisar Ahmed Lone", "Asif Mir"},
    ),
    (  # Kenya: a description apposed after the name, the other part "the surveyor, X"
        "Detectives in Kisumu on Monday arrested a land registrar and a surveyor over forged "
        "title deeds. Residents said Peter Otieno, a land registrar at the county office, had "
        "refused to release the files. The surveyor, James Mboya, told reporters he had only "
        "drawn the maps. On Tuesday the two were arraigned and remanded in custody for ten "
        "days.",
        {"Peter Otieno", "James Mboya"},
    ),
    (  # the lede in the passive, the title first in the sentence's object
        "A customs clerk and his driver were arrested at the border post on Friday. "
        "Investigators questioned customs clerk Ana Lima about the missing seals for hours. "
        "The driver, Rui Costa, was found with the cash. On Saturday a magistrate remanded "
        "the two in custody for a week.",
        {"Ana Lima", "Rui Costa"},
    ),
]


@pytest.mark.parametrize(("text", "accused"), _NAMED_PARTS)
def test_a_ledes_parts_named_by_title_or_apposition(
    nlp: Language, text: str, accused: set[str]
) -> None:
    # on main the titled or apposed part is never named: the lede and "the two" read one
    found = claims_of(nlp, text)
    for name in accused:
        assert "remanded" in outcomes(found, name), name


def test_a_title_the_complainant_bears_is_no_part(nlp: Language) -> None:
    # near miss: the one introduced as a patwari is the complainant, no accused
    text = (
        "The anti-graft squad on Tuesday arrested a tehsildar and his munshi in a raid. "
        "The complainant, patwari Nisar Ahmed Lone, said the tehsildar had demanded money."
    )
    assert "Nisar Ahmed Lone" not in accused_of("arrest", nlp, text)


def test_two_bearers_of_a_partss_noun_name_no_part(nlp: Language) -> None:
    # near miss: the lede's one clerk, and a sentence naming two clerks: neither is the part
    text = (
        "A customs clerk and his driver were arrested at the border post on Friday. "
        "The seals were issued by customs clerk Ana Lima and customs clerk Rita Sousa."
    )
    found = accused_of("arrest", nlp, text)
    assert "Ana Lima" not in found and "Rita Sousa" not in found


def test_a_kin_part_owned_by_the_first_is_no_part(nlp: Language) -> None:
    # near miss: "his son" is kin, which a lede's parts never take (``LegalLexicon.may_be_charged``)
    text = (
        "Police on Monday arrested a trader and his son over the fake stamps. "
        "Officials said trader Omar Haddad ran the shop."
    )
    assert "Omar Haddad" not in accused_of("arrest", nlp, text)
