"""A lede's statement before a magistrate whose maker it tells only by the charge ("The agent
accused of selling forged licences has recorded a confessional statement before a
magistrate"), named as the next sentence's subject (``claims.charged_lede``, bound by
``Ledes._unnamed_one`` and ``Reader.run``). Invented sentences; the golden list is what the
reader reads now, the strict xfails the forms it does not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of
from tests.nlp.test_claims import accused_of

_READ = [
    (
        "SARGODHA: The agent accused of selling forged arms licences has recorded a "
        "confessional statement before a magistrate, naming the clerk. Rana Zahid Mehmood, "
        "who is held in the district jail on judicial remand, appeared before Judicial "
        "Magistrate Ayesha Kanwal under Section 164 last month.",
        "Rana Zahid Mehmood",
    ),
    (
        "MINGORA: The labour contractor accused of digging out 41 sculptures has confessed "
        "before a judicial magistrate, while the truck driver was released on bail. Sher "
        "Khan alias Mistri recorded his statement before Judicial Magistrate Saima Gul, court "
        "officials said.",
        "Sher Khan",
    ),
    (
        "MULTAN: The owner of the unit accused of bottling the syrup has recorded a "
        "confessional statement before a judicial magistrate. Rana Akhtar Hussain, who had "
        "been absconding since the unit was sealed, was arrested in April.",
        "Rana Akhtar Hussain",
    ),
]


@pytest.mark.parametrize(("text", "name"), _READ)
def test_the_charged_one_of_the_lede_is_the_next_subject(
    nlp: Language, text: str, name: str
) -> None:
    assert name in accused_of("confession", nlp, text)
    assert settings_of(analysis_of(nlp, text), "confession", name) == {"judicial"}


@pytest.mark.parametrize(
    "text",
    [
        # a confession to the police: only a statement before a court is bound so
        "LAHORE: The agent accused of selling forged licences has confessed to the police. "
        "Rana Zahid Mehmood, the complainant, said he had paid the agent twice.",
        # not the lede: a later sentence's description stays the reader's as before
        "LAHORE: Police arrested two men over forged arms licences on Monday. The agent "
        "accused of selling them has recorded a confessional statement before a magistrate. "
        "Rana Zahid Mehmood, a shopkeeper, said he had paid the agent twice.",
        # a noun told before (no participle of the charge): "the agent" is no one unnamed
        "LAHORE: The agent has recorded a confessional statement before a magistrate. Rana "
        "Zahid Mehmood, a shopkeeper, said he had paid him twice.",
    ],
)
def test_no_one_else_is_made_the_confessor(nlp: Language, text: str) -> None:
    assert "Rana Zahid Mehmood" not in accused_of("confession", nlp, text)


def test_a_judge_named_next_is_not_the_confessor(nlp: Language) -> None:
    text = (
        "SAHIWAL: The warder arrested in the contraband case has recorded a confessional "
        "statement before a magistrate. Additional Sessions Judge Rukhsana Parveen heard the "
        "bail petition of his superior on Wednesday."
    )
    assert "Rukhsana Parveen" not in accused_of("confession", nlp, text)


@pytest.mark.xfail(strict=True, reason="named only in a later sentence's reported clause")
def test_named_past_a_sentence_between(nlp: Language) -> None:
    text = (
        "SAHIWAL: The warder arrested in the contraband case has recorded a confessional "
        "statement before a magistrate under Section 164. The statement came up as the "
        "judge heard a bail petition. The prosecutor told the court that Mudassar Iqbal had "
        "appeared before Judicial Magistrate Asma Kanwal on May 16."
    )
    assert "Mudassar Iqbal" in accused_of("confession", nlp, text)
