"""A verb of confessing the parser hung on a name as its participle, after the comma that
closes the name's relative clause: "X, who had refused food for two days, confessed"
(``answer_verbs._after_apposition``), on invented sentences. Near misses: the one the
relative clause is about is the confessor, not a name inside the clause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of


@pytest.mark.parametrize(
    "text, name",
    [
        ("Imran Ali, who had refused food for two days, confessed to the murder on Monday.",
         "Imran Ali"),
        ("Kamal Uddin, who was held at Tejgaon police station, confessed before a magistrate.",
         "Kamal Uddin"),
        ("Pavel Kral, who had first said he was at home, confessed to the burglary.",
         "Pavel Kral"),
    ],
)  # fmt: skip
def test_the_name_a_relative_clause_describes_confesses(
    nlp: Language, text: str, name: str
) -> None:
    assert name in accused_of("confession", nlp, text)


def test_a_name_inside_the_relative_clause_does_not_confess(nlp: Language) -> None:
    found = accused_of(
        "confession",
        nlp,
        "Imran Ali, whose lawyer Saima Noor had sought bail, confessed to the murder.",
    )
    assert "Saima Noor" not in found
