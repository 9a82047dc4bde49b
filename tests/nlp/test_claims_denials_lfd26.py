"""Knowledge denied where a pronoun or the parse hides whose it is, lfd26: a he or she that
agrees with the possessive on the speaker's own noun ("Her counsel told the court she never
knew ...", "His father said he did not know ...") is that possessive's owner, not the speaker;
and a copula's "who" clause that denies knowing knows for the copula's subject ("she was an
illiterate woman who never knew the papers were false") - ``claims.unknowing``. Invented
sentences and names, in the words of reports from several countries; paraphrases that must
read and near misses that must not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_GUJRAT = "Police arrested Salma Begum, 35, over a bank fraud in Gujrat. "
_CUMILLA = "Police arrested Abdul Karim, 35, a site manager, in Cumilla over stolen relief rice. "
_POKHARA = "Police arrested Sita Gurung, 29, in Pokhara over a land fraud on Sunday. "
_TARTU = (
    "Prosecutors in Tartu charged Marek Tamm, 44, a warehouse manager, with smuggling cigarettes. "
)
_KISUMU = "Detectives arrested Grace Achieng, 31, over the theft of fertiliser in Kisumu. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the speaker's possessive owns the pronoun
        (
            _GUJRAT + "Her counsel told the court she never knew the papers were false.",
            "Salma Begum",
        ),
        (_CUMILLA + "His father said he did not know the rice was stolen.", "Abdul Karim"),
        (
            _TARTU + "His lawyer told reporters he did not know what the lorry carried.",
            "Marek Tamm",
        ),
        # the copula's "who" clause
        (
            _GUJRAT + 'Her counsel told the court she was "an illiterate woman who never knew'
            ' the papers were false".',
            "Salma Begum",
        ),
        (
            _CUMILLA
            + "His lawyer said Karim was a caretaker who never knew the sacks were stolen.",
            "Abdul Karim",
        ),
        (
            _KISUMU + "Achieng's lawyer said her client was a cleaner who did not know what the"
            " boxes held.",
            "Grace Achieng",
        ),
    ],
)
def test_knowledge_denied_is_a_denial(nlp: Language, text: str, who: str) -> None:
    assert who in accused_of("denial", nlp, text)


def test_no_way_of_knowing_still_read(nlp: Language) -> None:
    """Read before lfd26 too ("no way of knowing" is a noun of ignorance, asked by
    ``_clears`` with no guard on the pronoun), kept."""
    text = _POKHARA + "Her lawyer said she had no way of knowing the deeds were forged."
    assert "Sita Gurung" in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun does not agree with the speaker's possessive: she may be the wife
        _CUMILLA + "His wife said she did not know where he had gone.",
        _CUMILLA + "His wife said she was a housewife who never knew about his business.",
        # not the accused's side
        _CUMILLA + "The judge said Karim was a man who never knew remorse.",
        _CUMILLA + "The victim's father said his son was a boy who never knew the men.",
        _TARTU + "A neighbour said he did not know what the lorry carried.",
        # knowing not denied
        _GUJRAT + "Her counsel told the court she was a clerk who knew every customer.",
        _GUJRAT + "Her counsel said she was not a woman who never knew her duties.",
    ],
)
def test_knowledge_not_denied_reads_nothing(nlp: Language, text: str) -> None:
    assert not accused_of("denial", nlp, text)


# All one did, narrowed by "only", where the parser hangs the deed's thing as no object
# (``narrowed_objects``): a phrasal or prepositional thing, a free relative, a conjunct's.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            _POKHARA + "Her lawyer said Gurung had only filled in the forms that her clients"
            " brought.",
            "Sita Gurung",
        ),
        (
            _CUMILLA + "His counsel said Karim had only signed for the sacks at the gate.",
            "Abdul Karim",
        ),
        (
            _TARTU + "Tamm told the court he had only countersigned what the director approved.",
            "Marek Tamm",
        ),
        (
            _KISUMU + "Her lawyer said Achieng had only explained to the officers how the scale"
            " works.",
            "Grace Achieng",
        ),
        (
            _GUJRAT + "Her counsel said she had only sorted and packed what was handed to her.",
            "Salma Begum",
        ),
    ],
)
def test_only_doing_a_thing_is_a_denial(nlp: Language, text: str, who: str) -> None:
    assert who in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a time, not a thing
        _CUMILLA + "His lawyer said Karim had only arrived after the raid.",
        _CUMILLA + "His lawyer said Karim had only returned on Monday.",
        # more than one thing done
        _CUMILLA + "His lawyer said Karim had not only filled in the forms but also signed them.",
        # not the accused's side
        _CUMILLA + "Police said Karim had only filled in the forms to hide the theft.",
        _CUMILLA + "The prosecutor said Karim had only signed for the sacks to cover the loss.",
    ],
)
def test_only_not_a_narrowed_deed_reads_nothing(nlp: Language, text: str) -> None:
    assert not accused_of("denial", nlp, text)
