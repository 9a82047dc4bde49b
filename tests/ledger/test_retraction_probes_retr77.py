"""retr77's invented retraction probes (``tests/nlp/data/retraction_probes_retr77.json``): 50
short reports in Pakistani, Indian, Bangladeshi, Nepali, wire and other countries' styles, 40
telling a confession taken back ("resiled from his confession", "made to put his thumb on a
paper", "said the police had beaten the admission out of him") and 10 near misses (a witness who
withdrew her statement, "refused to retract", "stood by his confession"). Each report is one
ledger (``tests.ledger.invented``); the question is whether the named accused's allegation holds
a retraction. A probe the ledger does not read yet is a strict xfail (its ``right_at_retr77`` is
false), so a fix shows up: "revoked" and "refuted" as retraction words, "moved an application to
retract", a claim of beating with no confession word, and the witness's "her statement" near
miss."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from tests.ledger.invented import retracted_names

_DATA = Path(__file__).parent.parent / "nlp" / "data" / "retraction_probes_retr77.json"
_PROBES: list[dict[str, Any]] = json.loads(_DATA.read_text("utf-8"))["probes"]


@pytest.mark.parametrize(
    ("text", "who", "wanted"),
    [
        pytest.param(
            p["text"],
            p["name"],
            p["retraction_wanted"],
            id=f"{i:02d} {p['name']}",
            marks=[] if p["right_at_retr77"] else [pytest.mark.xfail(strict=True)],
        )
        for i, p in enumerate(_PROBES)
    ],
)
def test_retraction_probe(nlp: Language, text: str, who: str, wanted: bool) -> None:
    # by surname: the probes ask whose confession was taken back, not how NER cut a name
    surnames = {n.split()[-1] for n in retracted_names(nlp, text)}
    assert (who.split()[-1] in surnames) is wanted
