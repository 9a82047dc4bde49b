"""Retractions told by constructions read since retr48, on invented sentences: a statement
said given for a promise ("after the police promised to free his brother", "because the
officers had promised him bail"); a lawyer's name set off by commas after "his counsel" that
the parser hung apart from it (the lawyer speaks for the client, never as the confessor); and
where a confession taken back was made, told by the words between the statement and its
clause's verb ("the confessional statement recorded by the magistrate under Section 164 was
extracted") - each with its guards: the same grammar telling no taking back, or another's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of

_CHARGED = "Police charged Anwar Jatoi with the murder. "
_CONFESSED = _CHARGED + "Jatoi confessed before a magistrate. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a statement given for a promise: the inducement the law treats as a threat
        (
            _CONFESSED + "Jatoi told the court that his statement had been given after the "
            "police promised to free his brother.",
            "Anwar Jatoi",
        ),
        (
            _CONFESSED + "Jatoi said he signed the statement only because the officers had "
            "promised him bail.",
            "Anwar Jatoi",
        ),
        # "his counsel, Y," hung apart by the parser: Y speaks for the client
        (
            _CONFESSED + "But at Monday's hearing his counsel, Imran Bashir Khan, filed an "
            "application saying the statement had been extracted under torture.",
            "Anwar Jatoi",
        ),
    ],
)
def test_taken_back(nlp: Language, text: str, who: str) -> None:
    assert accused_of("retraction", nlp, text) == {who}


@pytest.mark.parametrize(
    "text",
    [
        # the promise is what the confession tells, or the prosecution says none was made
        _CHARGED + "In his statement to the magistrate, Jatoi said the gang leader had "
        "promised him money for the killing.",
        _CONFESSED + "The prosecutor said the police had promised Jatoi nothing.",
        # the lawyer set off by commas says nothing of the statement
        _CONFESSED + "But at Monday's hearing his counsel, Imran Bashir Khan, filed an "
        "application for bail.",
    ],
)
def test_not_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


def test_setting_from_the_words_before_the_verb(nlp: Language) -> None:
    """The words between the statement and its clause's verb are the statement's own: a
    confession recorded under Section 164 is judicial; the tribunal the retraction is told
    to is not where a statement with no words of its own was made."""
    placed = _CHARGED + (
        "Jatoi told the tribunal that the confessional statement recorded by the magistrate "
        "under Section 164 was extracted under torture."
    )
    settings = {c.setting for c in claims_of(nlp, placed) if c.kind == "confession"}
    assert settings == {"judicial"}
    bare = _CHARGED + (
        "Jatoi confessed to police. Jatoi told the tribunal that the statement was extracted "
        "under torture."
    )
    settings = {c.setting for c in claims_of(nlp, bare) if c.kind == "confession"}
    assert "judicial" not in settings
    # a relative of taking back inside the words before the verb tells where it was taken
    # back ("at trial"), not where it was made
    relative = _CHARGED + (
        "The judge said the admissions made in the third interview, which Jatoi later "
        "repudiated at trial, should have been excluded."
    )
    settings = {c.setting for c in claims_of(nlp, relative) if c.kind == "confession"}
    assert "judicial" not in settings
