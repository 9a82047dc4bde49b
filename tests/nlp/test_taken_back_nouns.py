"""Retractions told by a noun or a participle, a claim of coercion, a statement the speaker
never made or signed under coercion, and whom "he" stands for after a confession
(``nlp.claims.taken_back_nouns``, ``nlp.claims.retractions``, ``nlp.claims.reader``). Each text
is invented; each would take a confession back that the reader missed before, and the
negatives keep a denial of the charge, a witness's retraction and a confession still standing
from being read as one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of

RETRACTED = [
    # a noun of taking back, owned by one who confessed
    (
        "Police arrested Bilal Khan on Monday. Khan confessed to killing his cousin. "
        "Khan's retraction of the confession came three weeks later.",
        "Bilal Khan",
    ),
    # a participle on the confession: the one confessor the report told
    (
        "Police arrested Kevin Brannigan in 2019. Brannigan confessed to detectives after a long "
        "interrogation. The recanted confession was excluded by the judge on Monday.",
        "Kevin Brannigan",
    ),
    # a claim noun whose clause says he confessed under coercion
    (
        "Faruk Mia was arrested in March and gave a confessional statement before a magistrate. "
        "The tribunal dismissed Mia's claim that he had confessed under torture.",
        "Faruk Mia",
    ),
    # a claim "of" coercion by one who confessed
    (
        "Zahid Iqbal was arrested in 2021. Iqbal confessed before a magistrate. The judge said "
        "his later claim of torture was an afterthought.",
        "Zahid Iqbal",
    ),
    # the owner a noun for the accused, the one confessor
    (
        "Andile Mokoena was convicted of murder. Mokoena had confessed before a magistrate. The "
        "appellant's version that he was coerced was found to be false, the appeal court said.",
        "Andile Mokoena",
    ),
    # his own statement, never made
    (
        "Sunil Verma was arrested for the murder of his neighbour and confessed to police. Verma "
        "told the judge he never made the statement.",
        "Sunil Verma",
    ),
    # coercion words: beaten out of him, at gunpoint, false
    (
        "Tendai Moyo was charged with the murder of a shopkeeper. He confessed to police. Moyo "
        "told the court that police had beaten the confession out of him.",
        "Tendai Moyo",
    ),
    (
        "Obinna Eze confessed to the kidnapping in a video released by police. Eze later said the "
        "video confession was made at gunpoint.",
        "Obinna Eze",
    ),
    (
        "Tom Baxter confessed to the murder in a police interview. Baxter now says his confession "
        "was false.",
        "Tom Baxter",
    ),
    # named the beating's victim in the sentence that takes the confession back
    (
        "Police arrested Dil Kumar Rai in June. Rai had admitted to the killing in his statement "
        "to the police, but when the police produced him before the court, he denied the charge, "
        "saying he had signed the statement after being beaten and threatened at the police "
        "office.",
        "Dil Kumar Rai",
    ),
    # "he" after a confession, where the report follows no accused yet
    (
        "Shafiqul Islam gave a confessional statement before a magistrate in Sylhet. Months later "
        "he retracted it, telling the tribunal it had been extracted through torture.",
        "Shafiqul Islam",
    ),
    # a lone surname for the full name that confessed
    (
        "Police said Dinesh Yadav had confessed to the robbery. Yadav later resiled from his "
        "statement before the sessions judge.",
        "Dinesh Yadav",
    ),
    # an admission is a statement
    (
        "Mark Ellison confessed to the arson in a police interview. Ellison later claimed the "
        "admission had been coerced.",
        "Mark Ellison",
    ),
    # a statement repudiated, the clause of saying telling it coerced
    (
        "Amirul Hakim was charged with the murder of a security guard. Amirul's cautioned "
        "statement, which he had repudiated, claiming he was beaten into signing it, was admitted "
        "by the judge.",
        "Amirul Hakim",
    ),
    # "it" signed under coercion, the coerced one named in the lawyer's clause
    (
        "Faizal Rahman was arrested in May and confessed to the police. The lawyer said Faizal had "
        "been beaten into signing it on the third day of his remand.",
        "Faizal Rahman",
    ),
    # a statement disowned, said to have been made in police custody
    (
        "Vikas Pandey was arrested for the forgery. At the trial court, Pandey disowned the "
        "admission attributed to him in police custody.",
        "Vikas Pandey",
    ),
]

NOT_RETRACTED = [
    (
        "Grace Wanjiru was charged with fraud. The prosecution withdrew the charges against "
        "Wanjiru on Tuesday.",
        "Grace Wanjiru",
    ),
    (
        "Omar Farooq was arrested for the killing. Farooq's claim of innocence was rejected by the "
        "court.",
        "Omar Farooq",
    ),
    (
        "Junaid Akram was charged with the murder. The witness, Aliya Noor, retracted her "
        "statement at the trial.",
        "Junaid Akram",
    ),
    (
        "Pradeep Nair was arrested for the murder. Nair confessed to police. His lawyer said the "
        "victim had been beaten with an iron rod.",
        "Pradeep Nair",
    ),
    (
        "Usman Tariq was arrested for the robbery. Tariq told the court the charges were false and "
        "fabricated by his rivals.",
        "Usman Tariq",
    ),
    (
        "Rohan Desai was arrested and confessed to the police. Desai denied the police statement, "
        "saying it was baseless.",
        "Rohan Desai",
    ),
]


@pytest.mark.parametrize(("text", "name"), RETRACTED)
def test_confession_taken_back(nlp: Language, text: str, name: str) -> None:
    assert settings_of(analysis_of(nlp, text), "retraction", name), text


@pytest.mark.parametrize(("text", "name"), NOT_RETRACTED)
def test_nothing_taken_back(nlp: Language, text: str, name: str) -> None:
    assert not settings_of(analysis_of(nlp, text), "retraction", name), text
