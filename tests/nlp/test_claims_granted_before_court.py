"""conf85: an accused's own answer to the charge said "before the court" or "before Judge Y" -
a verb of granting or admitting with a clause of his own deed ("Broker X accepted before the
court that he had prepared the letters", "X accepted before Judge Y that he had handed over
the syringes", "scrap dealer X admitted before the magistrate that he bought ...") - is a
judicial confession, whoever the report has called accused so far; and "X accepted the
facts", the civil-law wording of the charge accepted (``granted_before_court``). With its
guards: a time ("before the trial"), a deed not his, a clause negated, a complainant or
witness before the court, the court's own acceptance. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of
from tests.nlp.test_claims import confession_settings as settings

_HEARD = "The District Court heard the four accused on Monday. "
_ARRESTED = "Police arrested Dev Rana in March. "


def confessors(nlp: Language, text: str) -> set[str]:
    return {
        p.name
        for c in claims_of(nlp, text)
        if c.kind == "confession"
        for p in c.participants
        if p.role == "accused"
    }


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # Nepal's court statement: the accused named first at his own statement
        (
            "Sanjay Rai, the broker, accepted before the court that he had collected bags "
            "from the back gate, but said he believed they were surplus stock.",
            "Sanjay Rai",
        ),
        (
            "Hari Oli, however, accepted before the court that he had made one false claim, "
            "for a cow that was alive.",
            "Hari Oli",
        ),
        # an abbreviated procedure's acceptance before a named judge; the parser makes the
        # "that" clause after the name an adverbial one
        (
            "Nicolás Moreno accepted before Judge Carla Méndez that he had prepared and handed "
            "syringes to the trainer.",
            "Nicolás Moreno",
        ),
        # the name apposed to a subject that is no name
        (
            "One of the two brokers, Ramesh Kumar Yadav, also admitted before the court that "
            "he had paid for the passport, and was released on bail.",
            "Ramesh Kumar Yadav",
        ),
        # a verb of admitting before the magistrate, its deed no crime word
        (
            "In a related case, scrap dealer Moses Banda admitted before the magistrate that he "
            "bought the stolen cathodes knowing their origin.",
            "Moses Banda",
        ),
    ],
)
def test_an_answer_before_the_court_is_a_judicial_confession(
    nlp: Language, sentence: str, name: str
) -> None:
    assert settings(nlp, _HEARD + sentence, name) == {"judicial"}


def test_the_facts_accepted_confess(nlp: Language) -> None:
    text = _ARRESTED + "Dev Rana accepted the facts in an abbreviated procedure."
    assert settings(nlp, text, "Dev Rana") == {"judicial"}


@pytest.mark.parametrize(
    "sentence",
    [
        # a time, not the court
        "Dev Rana accepted before the trial that he had been paid.",
        # not his own deed
        "Dev Rana accepted before the court that the victim had been paid.",
        # a clause negated: a denial, not a confession
        "Dev Rana accepted before the court that he had not been at the farm.",
        # the court's acceptance; facts a clause spells out; not accepted
        "The court accepted the facts as charged.",
        "Dev Rana accepted the facts that he was at the farm.",
        "Dev Rana did not accept the facts.",
    ],
)
def test_no_confession(nlp: Language, sentence: str) -> None:
    assert confessors(nlp, _ARRESTED + sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The complainant, Hari Bista, accepted before the court that he had pardoned the men.",
        "Witness Hari Bista accepted before the court that he had sold the land.",
    ],
)
def test_another_party_before_the_court_confesses_nothing(nlp: Language, sentence: str) -> None:
    assert "Hari Bista" not in confessors(nlp, _HEARD + sentence)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the facts accepted in the sentence that first names him and sentences him: he is
        # not yet accused when the acceptance is read
        (
            "The well driller, Luis Mora, had already been sentenced in November to two years "
            "after he accepted the facts in an abbreviated procedure.",
            "Luis Mora",
        ),
        # his firm's deed, not told with his own pronoun
        (
            _HEARD + "Rajan Thapa accepted before the court that his firm sold the fluid "
            "without labels.",
            "Rajan Thapa",
        ),
        # the prosecution's account accepted, no fact of his own told
        (
            _HEARD + "Jhon Vera, 33, accepted the prosecution's account at a hearing before "
            "Judge Mónica Arce.",
            "Jhon Vera",
        ),
        # his admission told with a description only ("the driver"), his name sentences before
        (
            "Gábor Kiss, 46, was driving the truck when it hit the queue. In his interview with "
            "investigators, the driver acknowledged that he had put the magnet on the sensor.",
            "Gábor Kiss",
        ),
    ],
)
@pytest.mark.xfail(strict=True, reason="conf85: not built (one case each in the open sets)")
def test_not_built(nlp: Language, text: str, name: str) -> None:
    assert settings(nlp, text, name) - {"unknown", None}
