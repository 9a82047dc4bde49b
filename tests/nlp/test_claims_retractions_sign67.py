"""Retractions told by constructions read since sign67, on invented sentences: the accused's
side says he signed or gave "it" under a word of coercion or after harm, want or a promise
("saying he signed it after two days in a cell without food"), where "it" is the statement
the same sentence has just named ("asked the magistrate to set aside his statement") and the
report told no confession before. A signed "it" that stands for another paper ("the bail
bond"), or one a witness, a prosecutor or an officer speaks of, takes nothing back."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_VERDUGO = "Police arrested Tomas Verdugo, a warehouse clerk, over the theft of copper cable. "
_OKAFOR = "Chidi Okafor, a bus conductor, was charged with robbery on Tuesday. "
_MWALE = "Grace Mwale was charged with embezzlement last month. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the accused, through his lawyer: the statement the main clause asks set aside
        (
            _VERDUGO + "Through his lawyer Verdugo asked the magistrate to set aside his "
            "statement to detectives, saying he signed it after two days in a cell without "
            "food.",
            "Tomas Verdugo",
        ),
        # counsel: the statement a preposition of the verb takes, signed on a promise
        (
            _VERDUGO + "His counsel objected to the statement, saying Verdugo signed it because "
            "detectives promised he would be released.",
            "Tomas Verdugo",
        ),
        # paraphrase: his confession, signed under threat
        (
            _OKAFOR + "Okafor asked the judge to exclude his confession, saying he signed it "
            "under threat from the arresting officers.",
            "Chidi Okafor",
        ),
        # a woman, the accused herself; signed without being able to read it
        (
            _MWALE + "Mwale urged the court to reject her statement, saying she signed "
            "it without being able to read it.",
            "Grace Mwale",
        ),
    ],
)
def test_signed_it_disowned(nlp: Language, text: str, who: str) -> None:
    assert accused_of("retraction", nlp, text) == {who}


@pytest.mark.parametrize(
    "text",
    [
        # "it" stands for another paper, named between
        _VERDUGO + "Verdugo told the court he had read the bail bond and signed it after two "
        "days in a cell.",
        _VERDUGO + "Verdugo asked the court to set aside his statement and grant him bail, "
        "saying he signed it after two days in a cell.",
        # a witness's own statement
        _VERDUGO + "A witness, Rina Salo, said she gave her statement to detectives and signed "
        "it after two days in a cell without food.",
        # the prosecution tells the statement signed, with no coercion
        _VERDUGO + "The prosecutor asked the court to admit his statement, saying he signed it "
        "before a magistrate.",
        # an officer who signed his own memo
        _OKAFOR + "The inspector produced the seizure memo, saying he signed it after the "
        "search under threat of a complaint.",
        # the accused's side, but no coercion, want or promise told
        _OKAFOR + "Okafor asked the judge to read his statement, saying he signed it at the "
        "police station.",
    ],
)
def test_nothing_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()
