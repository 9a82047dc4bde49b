"""lfcd22's constructions: whose confession a lawyer's challenge to it tells, where the text
names the accused only by a word NER mistypes or by a pronoun within the statement's phrase.

- A lone surname NER typed a place after the full name of a person ("Charges were filed
  against Igor Tarasov ... Tarasov has been in custody since August. His new lawyer ...
  the statement he gave to police"): the mention stage ties the word to the person, and
  the claim reader now reads the same span as a person (``claims.person_typed``), so "His"
  and "he" continue the accused, not another one charged or the prosecutor.
- A pronoun inside the phrase of a statement or confession noun that is its clause's subject
  ("X's counsel told the court that the statement attributed to him was never made", "the
  statement he is said to have given"): the statement is no one's antecedent, so the
  pronoun is the one client the speaking lawyer is named for in the sentence
  (``ClientPronouns._statement_holding``) - not the group the report listed last.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims import find_claims
from corroborate.nlp.mentions import find_mentions
from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_CHARGED = (
    "Charges were filed last week against Igor Tarasov, 31, and Peeter Saar, 46. "
    "Prosecutor {pro} said the investigation had now linked the group to 90 burglaries.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _CHARGED.format(pro="Kairi Lepp") + "Tarasov has been in custody since August. His "
        "new lawyer, Liis Rand, told the court that the statement he gave to police should "
        "not be used.",
        _CHARGED.format(pro="Maarja Kuusk") + "Tarasov has been in custody since August. His "
        "new lawyer, Anu Kivi, told the court that the statement he gave to police should "
        "not be used.",
        # another verb and noun: the confession made to detectives, argued against
        _CHARGED.format(pro="Kairi Lepp") + "Tarasov has been held since August. His lawyer, "
        "Liis Rand, argued that the confession he made to detectives had been obtained "
        "without a lawyer present.",
    ],
)
def test_a_surname_typed_a_place_is_the_accused(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Igor Tarasov") == {"custodial"}
    assert "Peeter Saar" not in accused_of("confession", nlp, text)


def test_a_place_stays_a_place(nlp: Language) -> None:
    # near miss: a place no person's mention covers keeps NER's type and is no party
    text = (
        "Police in Narva arrested Igor Tarasov over the burglaries. Narva has seen 40 "
        "break-ins this year. Tarasov told detectives that he had taken the tools."
    )
    doc = nlp(text)
    find_claims(doc, find_mentions(doc))
    assert {e.text for e in doc.ents if e.label_ == "GPE"} >= {"Narva"}
    assert "Narva" not in accused_of("confession", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The chargesheet names three accused: Rohan Pillai, his cousin Manu Joseph, and their "
        "friend Shibu Varghese. It relies on the statements of nine witnesses and a forensic "
        "report. At the bail hearing, Rohan's counsel had told the court that the statement "
        "attributed to him by the police was never made.",
        "Police arrested Rohan Pillai and Manu Joseph over the assault. Rohan and Manu were "
        "released on bail in June. At the bail hearing, Pillai's counsel told the court that "
        "the confession attributed to him by the police was never made.",
    ],
)
def test_the_statement_attributed_to_him_is_the_clients(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == {"Rohan Pillai"}
    assert accused_of("retraction", nlp, text) == {"Rohan Pillai"}


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun owns the statement: not this construction, and no one else's
        "Police arrested Rohan Pillai and Manu Joseph over the assault. Manu's counsel said "
        "he would ask the court to throw out the statement.",
        # a prosecutor speaks: no client to bind the pronoun to
        "Police arrested Rohan Pillai and Manu Joseph over the assault. Rohan and Manu were "
        "released on bail in June. The prosecutor told the court that the statement he gave "
        "to the police was voluntary.",
    ],
)
def test_no_client_bound(nlp: Language, text: str) -> None:
    assert "Rohan Pillai" not in accused_of("retraction", nlp, text)
    assert "Manu Joseph" not in accused_of("confession", nlp, text)
