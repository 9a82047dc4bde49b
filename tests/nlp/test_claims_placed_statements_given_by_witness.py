"""A statement whose "his" or "her" stands for the clause's own subject where that subject is
written as a witness, a relative or a victim - "A witness, Y, recorded his statement before the
magistrate naming X", "The victim's brother, Y, recorded his statement under Section 164",
"Witness Y recorded his statement" - is that one's statement, never the confession of the
accused the report follows (``PlacedStatements._given_by_unaccused_party``); the accused's own
statement told the same way, and a magistrate "who recorded his statement", stay his judicial
confession. Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of

_ARRESTED = "Police arrested Javed Sandhu for the murder of a grocer in Chiniot. "


def _settings(nlp: Language, text: str) -> set[str | None]:
    return {
        c.setting
        for c in claims_of(nlp, _ARRESTED + text)
        if c.kind == "confession"
        and any(p.name == "Javed Sandhu" and p.role == "accused" for p in c.participants)
    }


@pytest.mark.parametrize(
    "told",
    [
        "An eyewitness, Arif Nadeem, recorded his statement under Section 164 before a judicial "
        "magistrate, naming Javed Sandhu as the killer.",
        "A witness, Arif Nadeem, recorded his statement before the magistrate implicating Javed "
        "Sandhu.",
        "The grocer's brother, Arif Nadeem, recorded his statement before a magistrate under "
        "Section 164, identifying Javed Sandhu.",
        "The grocer's son, Arif Nadeem, gave his statement before the magistrate against Javed "
        "Sandhu.",
    ],
)
def test_a_witness_or_relatives_own_statement_is_no_confession_of_the_accused(
    nlp: Language, told: str
) -> None:
    assert _settings(nlp, told) == set()


@pytest.mark.parametrize(
    "told",
    [
        # the accused's own statement, told the same way
        "Javed Sandhu recorded his statement under Section 164 before a judicial magistrate, "
        "admitting that he had stabbed the grocer.",
        "The accused, Javed Sandhu, recorded his confessional statement before a judicial "
        "magistrate.",
        "Javed Sandhu gave a confessional statement before the magistrate, describing how he "
        "attacked the grocer.",
        # the magistrate takes it down: still the accused's
        "Javed Sandhu was produced before Judicial Magistrate Sana Rafiq, who recorded his "
        "statement under Section 164.",
        "Javed Sandhu's confessional statement was recorded by the magistrate under Section 164.",
    ],
)
def test_the_accuseds_own_statement_stays_his_judicial_confession(nlp: Language, told: str) -> None:
    assert _settings(nlp, told) == {"judicial"}


@pytest.mark.xfail(
    strict=True,
    reason="the title word 'Witness' the parser hangs on the given name, not on the subject's "
    "head: not read (sig82's not done)",
)
def test_a_witness_titled_before_the_name(nlp: Language) -> None:
    told = (
        "Witness Arif Nadeem recorded his statement before a judicial magistrate, saying he saw "
        "Javed Sandhu running from the shop."
    )
    assert _settings(nlp, told) == set()
