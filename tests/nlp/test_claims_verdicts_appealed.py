"""The readings out93 added to ``ConvictionAppealed``: a court step told as a noun its holder
owns, the verb telling only whether it was appealed.

- a sentence appealed or left unappealed ("the suspended sentence of X was not appealed",
  "X, whose sentence was not appealed", "X will appeal his sentence"): the sentence was
  passed, so X was convicted (``appealed_sentence_nouns``);
- an acquittal appealed or not ("prosecutors did not appeal the acquittal of X", "the
  prosecution appealed X's acquittal"): X was acquitted, if the report accuses X already;
  never the side that appeals, nor a judge whose acquittal "of X" it was;
- a sentence suspended by a court ("the court suspended the sentence of X"): a sentence
  passed (``verdict_verbs``: suspend).

Invented sentences and names, in European, Latin-American and wire styles; near misses that
must not fire; strict xfails for what is not built."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

LEDE = (
    "Police arrested Marco Ferrante, a grain broker, and Lucia Bassi, a notary, in March over "
    "a fraud at the port of Ancona.\n\n"
)
CONVICTED = ("convicted", "sentenced")


def _ruled(nlp: Language, text: str, outcomes: tuple[str, ...]) -> set[str]:
    return set().union(*(accused_of("ruling", nlp, LEDE + text, o) for o in outcomes))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The suspended sentence of the port's former notary, Lucia Bassi, who admitted "
            "she had signed the papers, was not appealed and is final.",
            "Lucia Bassi",
        ),
        (
            "The notary, Lucia Bassi, whose suspended sentence was not appealed, took no "
            "part in the hearing.",
            "Lucia Bassi",
        ),
        ("Ferrante will appeal his sentence, his lawyer said.", "Marco Ferrante"),
        ("The sentence of Ferrante was challenged by his family.", "Marco Ferrante"),
        (
            "The tribunal of Ancona suspended the sentence of Lucia Bassi, 53, under a "
            "conditional remission.",
            "Lucia Bassi",
        ),
        ("The judge suspended Bassi's two-year sentence.", "Lucia Bassi"),
    ],
)
def test_a_sentence_appealed_or_suspended_was_passed(nlp: Language, text: str, name: str) -> None:
    assert name in _ruled(nlp, text, CONVICTED)


@pytest.mark.parametrize(
    "text",
    [
        "Nor did prosecutors appeal the acquittal of the broker Marco Ferrante.",
        "Prosecutors did not appeal the acquittal of Ferrante.",
        "The prosecution appealed Ferrante's acquittal on Monday.",
    ],
)
def test_an_acquittal_appealed_or_not_was_given(nlp: Language, text: str) -> None:
    assert "Marco Ferrante" in accused_of("ruling", nlp, LEDE + text, "acquitted")


@pytest.mark.parametrize(
    "text",
    [
        # whoever appeals an acquittal is not its holder
        "Ferrante appealed the acquittal of the harbour master.",
        # a sentence asked for, not passed
        "The prosecutor sought a sentence of eight years for Ferrante.",
        # "appeal" for something else than a ruling
        "Ferrante appealed for calm after the verdict.",
        # suspended from a post, or something else than a sentence suspended
        "The council suspended Ferrante from his post pending the inquiry.",
        "The court suspended the hearing of the case against Ferrante until May.",
    ],
)
def test_no_ruling_where_nothing_was_passed_on_him(nlp: Language, text: str) -> None:
    assert "Marco Ferrante" not in _ruled(nlp, text, (*CONVICTED, "acquitted"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the possessive beside an "of" phrase gave the acquittal
        ("The prosecution appealed Judge Carla Rossi's acquittal of Ferrante.", "Carla Rossi"),
        # an acquittal appealed in another case: someone the report does not accuse
        (
            "The state has also appealed the acquittal of Paolo Conti in an unrelated "
            "smuggling case.",
            "Paolo Conti",
        ),
    ],
)
def test_an_acquittal_is_not_on_its_giver_nor_on_a_stranger(
    nlp: Language, text: str, name: str
) -> None:
    assert name not in accused_of("ruling", nlp, LEDE + text)


def test_the_acquittal_sought_is_no_outcome(nlp: Language) -> None:
    text = "The acquittal of Ferrante was sought by the defence."
    assert "Marco Ferrante" not in accused_of("ruling", nlp, LEDE + text, "acquitted")


@pytest.mark.xfail(strict=True, reason="a verdict told final by its state: not built")
def test_a_sentence_become_final(nlp: Language) -> None:
    assert "Lucia Bassi" in _ruled(nlp, "Bassi's suspended sentence became final.", CONVICTED)
