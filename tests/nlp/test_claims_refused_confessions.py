"""A statement the accused refused, declined or did not give is no confession
(``claims.refused``): the verb that gives it - the confessing verb itself, or the verb of
giving whose object a statement noun is - negated ("did not make", "never made", "would not
give") or the infinitive of a verb of refusing ("refused to make", "declined to confess").
Every positive case below read a custodial (or unknown) confession at 1b3347b7. Near misses:
a negation or refusal above the giving verb or beside it ("did not deny that he had
confessed", "did not hesitate to confess", "did not refuse to make a statement"), a statement
given and not taken back ("never retracted the statement he gave"), and others who refuse
(the owner of the boat, a lawyer, a neighbour) while the accused confesses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims_confessions_conf35 import settings

_LEDE = "Police in Tromsø arrested Henrik Dahl, 29, over the theft of a boat engine. "
_NAME = "Henrik Dahl"


@pytest.mark.parametrize(
    "text",
    [
        "Dahl refused to make a statement to the police.",
        "Dahl declined to give a statement to detectives.",
        "Dahl did not make any statement to the police.",
        "Dahl would not give a statement to investigators after his arrest.",
        "Dahl never made a statement to the police.",
        "Dahl declined to confess.",
        "Dahl declined to sign a confession at the police station.",
    ],
)
def test_a_statement_refused_or_not_given_is_no_confession(nlp: Language, text: str) -> None:
    assert settings(nlp, _LEDE + text, _NAME) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Dahl did not deny that he had confessed to the police.",
        "Dahl never retracted the statement he gave to the police.",
        "Dahl did not hesitate to confess to the police.",
        "Dahl did not refuse to make a statement to the police.",
        "Dahl made a statement to the police.",
        "Dahl refused bail and confessed to the police.",
        # others refuse; the accused confesses
        "The owner of the boat, Ole Berg, refused to make a statement to the police, but Dahl "
        "confessed to the detectives.",
        "Dahl's lawyer declined to comment, but Dahl confessed to the police.",
        "A neighbour would not give a statement to the police. Dahl confessed to detectives.",
    ],
)
def test_a_confession_beside_a_refusal_stays(nlp: Language, text: str) -> None:
    assert settings(nlp, _LEDE + text, _NAME) == {"custodial"}
