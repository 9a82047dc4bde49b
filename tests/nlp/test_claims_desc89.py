"""The reading desc89 added to ``claims.lede_indefinite``: the lede's court step on "a KIND
NOUN" ("a fish wholesaler", "a football coach") stands for the one person a later sentence
names with the noun alone ("The wholesaler, X", "coach X") - the kind word dropped - where the
report writes the noun for no one else (no other kind word before it, no one new of it) and
the sentence that names them tells the law act on them ("is being prosecuted", "charged").
Invented sentences and names; near misses where the later one is of another kind, the report
writes another kind or someone new of the noun, the naming sentence tells no act of the law,
or the later one is a witness."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, outcomes


@pytest.mark.parametrize(
    ("text", "name", "outcome"),
    [
        # North African wire copy: a warrant's "against", the article hung on the kind word
        ("BIZERTE, Tunisia - An investigating judge has issued a detention warrant against a "
         "fish wholesaler after inspectors found 12 tonnes of frozen fish in an unlicensed cold "
         "store. The cold store was sealed. The wholesaler, Karim Ben Amor, 52, is being "
         "prosecuted for speculation.", "Karim Ben Amor", "remanded"),
        # Latin American wire copy: the noun as the later name's title
        ("ASUNCION - A judge on Friday ordered a football coach held in preventive detention "
         "over forged player passports. Prosecutor Ana Benitez charged coach Julio Riquelme, "
         "44, with forgery.", "Julio Riquelme", "remanded"),
        # Pakistani court copy: a sentence, named a paragraph on
        ("LAHORE: A sessions court on Monday sentenced a cattle trader to seven years for "
         "smuggling. Police said the animals were stolen. The trader, Nadeem Akhtar, was "
         "arrested at the border in March.", "Nadeem Akhtar", "sentenced"),
        # South Asian court copy: a remand, the later sentence telling the charge
        ("SIALKOT: A magistrate on Monday remanded a stamp vendor in a forged deeds case. The "
         "police said the deeds were sold in the bazaar. The vendor, Tariq Mehmood, was "
         "charged with forgery and cheating.", "Tariq Mehmood", "remanded"),
        # East African court copy: a conviction, the arrest told later
        ("NAKURU, Kenya - A magistrate's court on Tuesday convicted a lorry driver of causing "
         "death by dangerous driving on the Nairobi highway. Four passengers died in the "
         "crash. Traffic police had arrested the driver, Peter Otieno Ouma, at the scene.",
         "Peter Otieno Ouma", "convicted"),
        # a speaker's quoted "a NOUN" is any one, not someone new
        ("SFAX, Tunisia - An investigating judge has issued a detention warrant against a fish "
         "wholesaler after inspectors found frozen fish in a cold store. The wholesaler, Karim "
         "Ben Amor, 52, is being prosecuted for speculation. \"A wholesaler who has no stock is "
         "not a wholesaler,\" his lawyer said.", "Karim Ben Amor", "remanded"),
    ],
)  # fmt: skip
def test_the_noun_alone_names_the_ledes_one(
    nlp: Language, text: str, name: str, outcome: str
) -> None:
    assert outcome in outcomes(claims_of(nlp, text), name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the later one is of another kind
        ("LAHORE: A sessions court on Monday sentenced a cattle trader to seven years for "
         "smuggling. Police said the animals were stolen. The grain trader, Nadeem Akhtar, "
         "said the market was shaken.", "Nadeem Akhtar"),
        # the report writes another kind of the noun
        ("LAHORE: A sessions court on Monday sentenced a cattle trader to seven years for "
         "smuggling. A fruit trader had testified against him. The trader, Nadeem Akhtar, "
         "was arrested at the border in March.", "Nadeem Akhtar"),
        # the report writes someone new of the noun ("Another vendor")
        ("SIALKOT: A magistrate on Monday remanded a stamp vendor in a forged deeds case. "
         "Another vendor said the deeds were sold in the bazaar. The vendor, Tariq Mehmood, "
         "was charged with forgery and cheating.", "Tariq Mehmood"),
        # the later sentence tells no act of the law on the one it names: "The vendor" may
        # be any vendor of the place (lfa27's refusal, kept: a blind set's wrong tie)
        ("SIALKOT: A magistrate on Monday remanded a stamp vendor in a forged deeds case. The "
         "police said the deeds were sold in the bazaar. The vendor, Tariq Mehmood, told "
         "reporters he had sold blank papers for years.", "Tariq Mehmood"),
        # the later one is a witness introduced as new
        ("ASUNCION - A judge on Friday ordered a football coach held in preventive detention "
         "over forged player passports. A coach who saw the documents, Julio Riquelme, "
         "testified for the prosecution.", "Julio Riquelme"),
    ],
)  # fmt: skip
def test_the_noun_alone_is_not_read_here(nlp: Language, text: str, name: str) -> None:
    assert not outcomes(claims_of(nlp, text), name) - {None}
