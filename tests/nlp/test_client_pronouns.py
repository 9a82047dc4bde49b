"""``ClientPronouns``: a "he" or "his" whose nearest clause subject is "his client" is the
client the sentence names for the lawyer, not the accused the report last ruled on; a
pronoun with another subject nearer is left to the other readers. Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of

_BEFORE = (
    "Sevanaia Tora was granted bail by the magistrate. "
    "The trial of the two other accused, Ilaitia Moce and Vilimone Rasaku, is set for June. "
)


def test_his_in_a_clause_about_his_client_is_the_client(nlp: Language) -> None:
    found = analysis_of(nlp, _BEFORE + (
        "Moce's lawyer, Joeli Kuru, told the court that his client would challenge his "
        "caution interview, alleging that he had been threatened by a detective."
    ))  # fmt: skip
    assert settings_of(found, "retraction", "Ilaitia Moce") == {"custodial"}
    assert settings_of(found, "retraction", "Sevanaia Tora") == set()


def test_a_named_subject_nearer_than_the_client_keeps_the_pronoun(nlp: Language) -> None:
    found = analysis_of(nlp, _BEFORE + (
        "Moce's lawyer, Joeli Kuru, told the court that his client was innocent and that "
        "Tora had made admissions in his caution interview."
    ))  # fmt: skip
    assert settings_of(found, "confession", "Sevanaia Tora") == {"custodial"}
    assert settings_of(found, "confession", "Ilaitia Moce") == set()
