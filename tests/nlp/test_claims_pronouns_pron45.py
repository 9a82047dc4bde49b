"""Whom a "he" continues after a sentence whose subject is a person who speaks and which
names the accused beside that person ("X's elder brother, Y, said his brother ..."): inside
the speaker's quotation, the one accused it names ('"He was not there"': a speaker never says
"he" of himself; ``Pronouns._one_accused_among``); in the narration after a subject that is
the accused himself with a noun apposed ("The taxi driver, X, ... The court sent him back"),
that accused; but a "he said" outside the quotation is the speaker again
(``speaker_goes_on``), not the accused he speaks of. Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of

# two accused: the first named, the second ruled on last (the one a bare "he" falls to)
_TRIAL = (
    "The trial of Musa Dlamini and Peter Sithole is set for March. "
    "Dlamini has been in custody since May. Sithole remains out on bail. "
)


@pytest.mark.parametrize(
    "speaker",
    [
        "Dlamini's elder brother, Sipho Mthembu, who runs a spaza shop, said his brother had "
        'been at work that night. "He was not there. Anyone at the depot can say it," he said.',
        "Dlamini's wife, Zanele Mthembu, said her husband had been denied a lawyer of his "
        'choice. "He has done nothing wrong. Those words are not his," she said.',
    ],
)
def test_a_he_in_a_kin_speakers_quotation_is_the_accused_named(nlp: Language, speaker: str) -> None:
    # not Sithole, ruled on last: the speaker speaks of the one accused the sentence names
    assert accused_of("denial", nlp, _TRIAL + speaker) == {"Musa Dlamini"}


def test_a_pronoun_after_the_accused_with_a_noun_apposed_is_that_accused(
    nlp: Language,
) -> None:
    text = _TRIAL + (
        "The taxi driver, Musa Dlamini, had earlier recorded a confessional statement before "
        "magistrate Ruth Ndlovu, in which he said he hit Ayanda Zulu with a pipe. "
        "The court sent him back to custody."
    )
    assert accused_of("ruling", nlp, text, outcome="remanded") == {"Musa Dlamini"}


def test_a_kin_speakers_he_said_after_the_quotation_is_the_speaker(nlp: Language) -> None:
    # near miss: the "he" of "he said" is the brother speaking on, not Arjun, the accused he
    # names; read as Arjun, "my brother" would be the brother himself and the denial lost
    text = (
        "Police arrested Rekha Solanki and her husband, Arjun Solanki, on Monday. The couple "
        "were sent to police custody till Friday. Arjun's elder brother, Kamal Bhatt, who "
        'drives a school van, said his brother was a photographer "who filmed weddings, not '
        'traders". "The police need a story because an officer is involved. My brother has '
        'never met this trader," he said outside the court.'
    )
    claims = claims_of(nlp, text)
    denials = [c for c in claims if c.kind == "denial" and "never met" in text[c.start : c.end]]
    assert [{p.name for p in c.participants if p.role == "accused"} for c in denials] == [
        {"Arjun Solanki"}
    ]
