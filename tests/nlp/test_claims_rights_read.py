"""A confession made after the accused was read his rights (``kinds.custodial``: "read his
rights", "informed of her constitutional rights", "apprised of his rights" - the warning the
police give before they question a suspect in custody), and one told by a document's own
verb ("executed an extrajudicial confession", ``legal.confession_givers``). Invented
sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Victor Reyes was arrested on Friday. After he was read his Miranda rights, Reyes "
            "confessed to the shooting.",
            "Victor Reyes",
        ),
        (
            "Teresa Luz was arrested for the killing. After being informed of her "
            "constitutional rights, Luz signed a sworn statement admitting the killing.",
            "Teresa Luz",
        ),
        (
            "Marlon Ramos was arrested for the murder. Ramos, after being apprised of his "
            "rights, executed a confession naming the financier.",
            "Marlon Ramos",
        ),
    ],
)
def test_confession_after_the_rights_are_read_is_custodial(
    nlp: Language, text: str, name: str
) -> None:
    assert settings_of(analysis_of(nlp, text), "confession", name) == {"custodial"}


def test_executed_confession_is_a_confession(nlp: Language) -> None:
    text = "Marlon Ramos was arrested for the murder. Ramos executed an extrajudicial confession."
    assert settings_of(analysis_of(nlp, text), "confession", "Marlon Ramos")
