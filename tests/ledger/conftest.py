"""A story no Karachi report touches, for the update path (``ledger.update``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.ledger.build import AnalysedDocument
from tests.conftest import analyse_rows

TURTLES = (
    "Police in Lagos arrested Zebulon Quarrington on Monday. Prosecutors accused Zebulon"
    " Quarrington of smuggling turtles, Inspector Maribel Oyelaran told reporters."
)
AGAIN = "Zebulon Quarrington denied smuggling turtles, his lawyer Ignatius Vandermolen said."
# Zara Quinn shares Zebulon Quarrington's variant block (z:q) and is not alike; Zebulon
# Quarington is (one letter less).
QUINN = "Police arrested Zara Quinn in Leeds on Friday, accusing her of theft, a spokesman said."
# A lone surname: no blocking key links it to "Maribel Oyelaran", its last word does.
LONE = "Inspector Oyelaran said the turtles were seized."
MISSPELT = "Police say Zebulon Quarington smuggled parrots, a spokesman said on Friday."


@pytest.fixture(scope="session")
def stories(nlp: Language) -> list[AnalysedDocument]:
    """Two reports of the story (the second names the man of the first), one of another
    story whose woman shares his variant block, one that misspells him, and one that names
    the inspector by her surname alone."""
    rows = [
        {"id": "turtles-1", "text": TURTLES, "published": "2031-05-02"},
        {"id": "turtles-2", "text": AGAIN, "published": "2031-05-03"},
        {"id": "quinn", "text": QUINN, "published": "2031-05-04"},
        {"id": "misspelt", "text": MISSPELT, "published": "2031-05-05"},
        {"id": "lone", "text": LONE, "published": "2031-05-06"},
    ]
    return analyse_rows(nlp, rows)
