"""``known_wrong.knew_it_wrong`` on parses of invented sentences: the speaker's clause knows
the deed a pointing pronoun stands for was wrong."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.known_wrong import knew_it_wrong


def _first_i(nlp: Language, text: str) -> bool:
    doc = nlp(text)
    subject = next(t for t in doc if t.lower_ == "i" and t.dep_ == "nsubj")
    return knew_it_wrong(subject.head, subject)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I knew it was wrong.", True),
        ("I knew that this was illegal.", True),
        ("I did it, and I knew it was wrong.", True),
        ("I did not know it was wrong.", False),
        ("I knew it was not wrong.", False),
        ("I knew it was wrong to arrest her.", False),
        ("I knew what the owner did was wrong.", False),
        ("I knew the answer was wrong.", False),
        ("I did it.", False),
        ("If I had known it was illegal, I would have left.", False),
        ("I should have known it was wrong.", False),
    ],
)
def test_knew_it_wrong(nlp: Language, text: str, expected: bool) -> None:
    assert _first_i(nlp, text) is expected
