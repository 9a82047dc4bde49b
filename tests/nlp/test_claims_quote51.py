"""quote51's rule, on invented sentences: one who speaks never names himself "he", "she" or
"the suspect". A third-person pronoun inside a speaker's own quotation ('X said: "He told
investigators ..."', '"He ran," X said, "and he hid"') is never the speaker
(``speakers.SpeakerResolver._focus``): it goes to the one named before, or to no one; a
description for the accused in the clause his saying reports ("X said the suspect had
confessed") is the same rule, not built (xfail). Near
misses: indirect speech ("X said he had ...": he may be X), a quotation whose speaker says
"I", and a name inside the quote."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.speakers import SpeakerResolver
from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings


def _resolved(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    """Each he or she of ``text`` with the name the resolver gives it (None: no one)."""
    doc = nlp(text)
    resolver = SpeakerResolver(doc)
    out = []
    for token in doc:
        if token.lower_ in ("he", "she", "him", "her"):
            name = resolver.resolve([token])
            out.append((token.text, None if name == token.text else name))
    return out


@pytest.mark.parametrize(
    "text",
    [
        'Police Commissioner John Lungu said: "He admitted to investigators that he had sold '
        'the guns."',
        'Prosecutor Mary Cole told the court: "She admitted to investigators that she had sold '
        'the car."',
        # a quote split around its attribution: the second part is the speaker's too
        '"She ran," prosecutor Mary Cole said, "and she admitted that she had sold the car."',
    ],
)
def test_quoted_he_is_never_its_speaker(nlp: Language, text: str) -> None:
    assert all(name is None for _, name in _resolved(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        'A guard, Peter Banda, was arrested on Monday. Police commissioner John Lungu said: "He '
        'told investigators that he held the guard at gunpoint."',
        'Peter Banda was arrested on Friday. "He told investigators that he held the guard at '
        'gunpoint," police commissioner John Lungu said.',
        'Peter Banda was arrested on Friday. "He ran," prosecutor John Lungu said, "and he told '
        'investigators he had sold the guns."',
    ],
)
def test_quoted_he_goes_to_the_accused_named_before(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Peter Banda") == {"custodial"}
    assert "John Lungu" not in accused_of("confession", nlp, text)


_SUSPECT_LEFT = (
    'not built: "the suspect" of a speaker\'s own saying is still read as him (tried, it moved '
    "a wrongly accused into lf15; docs/claims.md quote51)"
)


@pytest.mark.xfail(strict=True, reason=_SUSPECT_LEFT)
def test_the_suspect_in_a_speakers_words_is_not_him(nlp: Language) -> None:
    # "the suspect" of the commissioner's own saying is not the commissioner, nor then the
    # "he" of his quotation after it
    text = (
        "Police commissioner John Lungu said the suspect had confessed. "
        '"He told investigators that he held the guard at gunpoint," Lungu said.'
    )
    assert "John Lungu" not in accused_of("confession", nlp, text)


@pytest.mark.xfail(strict=True, reason=_SUSPECT_LEFT)
def test_the_suspect_goes_to_the_one_arrested_before_the_speaker(nlp: Language) -> None:
    text = "After Peter Banda was arrested, Inspector Ravi Nair said the suspect had confessed."
    assert settings(nlp, text, "Peter Banda") == {"custodial"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # indirect speech: "he" may well be the speaker, and is read so
        ("Prosecutor Mary Cole said she had sold the car.", [("she", "Mary Cole")]),
        # the speaker says "I"; the "she" of her quote is someone else, here no one named
        ('Prosecutor Mary Cole said: "I know she sold the car."', [("she", None)]),
    ],
)
def test_near_misses(nlp: Language, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _resolved(nlp, text) == expected


def test_a_name_inside_the_quote_is_still_its_he(nlp: Language) -> None:
    # the speaker quotes what the accused said of himself: the name inside the quote is he
    text = (
        "Peter Banda was charged with murder. Inspector Ravi Nair said: "
        '"I was there when he confessed."'
    )
    assert "Peter Banda" in accused_of("confession", nlp, text)
    assert "Ravi Nair" not in accused_of("confession", nlp, text)
