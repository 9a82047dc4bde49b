"""Whose coerced confession a second "that" clause tells (``coerced_owners._coerced_named``):
"X testified that Sergeant Y wrote it and that he only signed where the sergeant pointed" -
the signing is the second clause's, whose subject is "he", so the statement taken back is
the speaker's side's (X's), never Y's, who wrote it: the officer is no confessor, whether NER
types him a person or a body. The first clause's named subject is still the one coerced
where the confession is in that clause ("the lawyer said X had been beaten into signing it").
Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_KHUMALO = "Themba Khumalo, a security guard, was charged with murder in March. "
_ODHIAMBO = "Police charged Brian Odhiambo, a matatu driver, with robbery last year. "
_SALO = "Marta Salo, a cashier, was charged with fraud in May. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the officer wrote it; he (the accused who testified) only signed
        (
            _KHUMALO + "Khumalo had testified that Detective Sergeant Lerato Dube wrote it and "
            'that he "only signed where the sergeant pointed".',
            "Themba Khumalo",
        ),
        # a constable written with his rank, the accused told the court
        (
            _ODHIAMBO + "Odhiambo told the court that Constable Peter Wanjala wrote the "
            "statement and that he only signed where the constable pointed.",
            "Brian Odhiambo",
        ),
        # a woman; an inspector
        (
            _SALO + "Salo testified that Inspector Juha Niemi wrote it and that she only "
            "signed where the inspector pointed.",
            "Marta Salo",
        ),
        # the officer named with no rank, so a person to NER (the base took him)
        (
            _ODHIAMBO + "Odhiambo told the court that Peter Wanjala wrote the statement and "
            "that he only signed where Wanjala pointed.",
            "Brian Odhiambo",
        ),
    ],
)
def test_the_signer_of_the_second_clause_takes_it_back(nlp: Language, text: str, who: str) -> None:
    assert accused_of("retraction", nlp, text) == {who}


@pytest.mark.parametrize(
    "text",
    [
        _KHUMALO + "Khumalo had testified that Detective Sergeant Lerato Dube wrote it and "
        'that he "only signed where the sergeant pointed".',
        _ODHIAMBO + "Odhiambo told the court that Constable Peter Wanjala wrote the "
        "statement and that he only signed where the constable pointed.",
        _ODHIAMBO + "Odhiambo told the court that Peter Wanjala wrote the statement and "
        "that he only signed where Wanjala pointed.",
    ],
)
def test_the_officer_who_wrote_it_confesses_nothing(nlp: Language, text: str) -> None:
    read = accused_of("confession", nlp, text) | accused_of("retraction", nlp, text)
    assert not any(n.endswith(("Dube", "Wanjala")) for n in read)


@pytest.mark.xfail(
    strict=True,
    reason="not built: where the statement read is the first clause's 'it' ('Y wrote it'), "
    "_coerced_named takes its writer Y, a person, for the one coerced; the second clause's "
    "signer is not consulted (no open set holds this shape with a person-typed writer)",
)
def test_a_person_who_wrote_it_is_not_the_one_coerced(nlp: Language) -> None:
    text = (
        _SALO + "Salo testified that Juha Niemi wrote it and that she only signed where "
        "Niemi pointed."
    )
    assert accused_of("retraction", nlp, text) == {"Marta Salo"}
