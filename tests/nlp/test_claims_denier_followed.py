"""One who denies the charge in his own name, where the report follows no accused yet, is
whom the next "he" or "she" stands for (``FollowedAccused._follow_the_accused``, lfd29): a
court report that opens on the case ("The district court has begun hearing a case of fraud")
and first names the accused in his denial ("X denied the charges before the court") tells
his next step, his confession taken back or his custody by a pronoun - as one who confessed
first already was. Near misses: counsel, kin or a complainant who deny by a noun of their
part, a pronoun's denial, and a report that already follows another accused. Invented
sentences and names, in the styles of several regions; no positive case read its step on
248a9c24."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (  # Bangladeshi district report: a step in the passive
            "DHAKA: A tribunal has framed charges in the Rupganj factory fire case.\n\n"
            "Md Jahangir Alam denied all the allegations. He was later sent back to Kashimpur "
            "jail.",
            "ruling",
            "Md Jahangir Alam",
        ),
        (  # Nepali English: the confession to the police taken back
            "KATHMANDU: The district court has begun hearing a case of fraud in foreign "
            "employment.\n\nBishnu Prasad Khanal denied the charges in his statement before "
            "the court. He said the confession he gave to the police had been prepared by the "
            "police.",
            "retraction",
            "Prasad Khanal",
        ),
        (  # Indian legal news: bail
            "The Bombay High Court on Tuesday heard the bail plea in a cheating case registered "
            "at Andheri.\n\nRakesh Mhatre denied the allegations levelled by the complainant. He "
            "was granted bail on a personal bond of Rs 50,000.",
            "ruling",
            "Rakesh Mhatre",
        ),
        (  # Bangladeshi district report: a statement under pressure
            "RAJSHAHI: A court on Sunday placed the accused on remand in the school fund "
            "case.\n\nRafiqul Islam denied the charges. He said his confessional statement had "
            "been recorded under pressure from the police.",
            "retraction",
            "Rafiqul Islam",
        ),
        (  # the confession the retraction tells, read through the same tie
            "RAJSHAHI: A court on Sunday placed the accused on remand in the school fund "
            "case.\n\nRafiqul Islam denied the charges. He said his confessional statement had "
            "been recorded under pressure from the police.",
            "confession",
            "Rafiqul Islam",
        ),
        (  # Urdu-press English: the step told in the passive, "later"
            "SUKKUR: The trial in the wheat stock case resumed on Wednesday.\n\nGhulam Mustafa "
            "Shar denied all the allegations. He was later sent back to the district jail.",
            "ruling",
            "Ghulam Mustafa Shar",
        ),
    ],
)
def test_one_who_denies_by_name_is_the_next_he(
    nlp: Language, text: str, kind: str, name: str
) -> None:
    assert name in accused_of(kind, nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # counsel denies for his client: the speaker goes on, no client named
            "MULTAN: A court heard the bail plea in the fertiliser case on Monday.\n\nHis "
            "counsel, Advocate Rana Asghar, denied the charges against his client. He said the "
            "statement had been written by the police.",
            "Rana Asghar",
        ),
        (  # a complainant by the noun of her part
            "The trial in the land case opened on Monday.\n\nThe complainant, Nasreen Bibi, "
            "denied that she had been paid. She said the police had written her statement.",
            "Nasreen Bibi",
        ),
        (  # kin by the noun of his tie
            "HYDERABAD: The court heard the case of the stolen covers.\n\nThe dealer's son, "
            "Faisal Nazir, denied the charges against his father. He said the police had "
            "written the statement.",
            "Faisal Nazir",
        ),
    ],
)
def test_one_who_denies_for_another_is_not_made_the_next_he(
    nlp: Language, text: str, name: str
) -> None:
    assert name not in accused_of("retraction", nlp, text)
    assert name not in accused_of("confession", nlp, text)


def test_a_report_that_follows_an_accused_keeps_him(nlp: Language) -> None:
    """Only where no accused is followed yet: "Police arrested X ... Y denied the charge.
    He was remanded" leaves the tie to the resolver, as before."""
    text = (
        "Police arrested Kashif Mehmood in Multan on Monday.\n\nKashif Mehmood denied the "
        "charges. He was sent to jail on judicial remand."
    )
    assert accused_of("ruling", nlp, text) == {"Kashif Mehmood"}
