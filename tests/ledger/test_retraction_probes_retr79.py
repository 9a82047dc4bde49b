"""retr79's invented retraction probes (``tests/nlp/data/retraction_probes_retr79.json``): 38
short cases in Pakistani, Indian, Bangladeshi, Nepali, wire and other countries' styles, 30
telling a confession taken back ("repudiated his confessional statement", "disowned the video",
"denied making any confession" in a 313 examination, kin, a group, a later report only) and 8
near misses (a hostile witness, a co-accused's retraction, "refused to retract", "stood by his
confession", the prosecution withdrawing the confession). Each case is one ledger of its
reports (``tests.ledger.invented``); the question is whether the named accused's allegation
holds a retraction. A probe the ledger does not read yet is a strict xfail (its
``right_at_retr79`` is false), so a fix shows up: "revoked", "retracted her testimony", "moved
an application to retract", "forced to sign blank papers", "denied the statement he had given",
a bare "the defence" as the speaker."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from tests.ledger.invented import retracted_names

_DATA = Path(__file__).parent.parent / "nlp" / "data" / "retraction_probes_retr79.json"
_PROBES: list[dict[str, Any]] = json.loads(_DATA.read_text("utf-8"))["probes"]


@pytest.mark.parametrize(
    ("texts", "who", "wanted"),
    [
        pytest.param(
            p["texts"],
            p["name"],
            p["retraction_wanted"],
            id=f"{i:02d} {p['name']}",
            marks=[] if p["right_at_retr79"] else [pytest.mark.xfail(strict=True)],
        )
        for i, p in enumerate(_PROBES)
    ],
)
def test_retraction_probe(nlp: Language, texts: list[str], who: str, wanted: bool) -> None:
    # by surname: the probes ask whose confession was taken back, not how NER cut a name
    surnames = {n.split()[-1] for n in retracted_names(nlp, *texts)}
    assert (who.split()[-1] in surnames) is wanted
