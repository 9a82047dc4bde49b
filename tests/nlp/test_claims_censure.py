"""A ruling verb in its sense of censure (``nlp.claims.censure``): "Senators condemned X for
the remarks" is criticism, no sentence; "condemned X to death" and a court's or a judge's
"condemned" still sentence. Sentences and names are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of


@pytest.mark.parametrize(
    "text",
    [
        "The senator condemned Ada Korr for her remarks on Tuesday.",
        "Critics condemned the Harbour Party for the attacks on the port.",
        "The mayor condemned Piet Lanning, calling his remarks vile.",
        "Piet Lanning was condemned by party leaders for the remark.",
    ],
)
def test_censure_sentences_no_one(nlp: Language, text: str) -> None:
    assert accused_of("ruling", nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The court condemned Piet Lanning to death in 2004.", {"Piet Lanning"}),
        ("Judge Ada Korr condemned Oren Tabb to life in prison.", {"Oren Tabb"}),
        ("The tribunal condemned Piet Lanning and Oren Tabb.", {"Piet Lanning", "Oren Tabb"}),
        ("Piet Lanning, who was condemned to death in 2009, died in prison.", {"Piet Lanning"}),
        (
            "Two young men, Piet Lanning and Oren Tabb, have been condemned on the word of "
            "rival witnesses.",
            {"Piet Lanning", "Oren Tabb"},
        ),
    ],
)
def test_a_sentence_by_a_court_or_with_a_punishment_stays(
    nlp: Language, text: str, accused: set[str]
) -> None:
    assert accused_of("ruling", nlp, text, "sentenced") == accused
