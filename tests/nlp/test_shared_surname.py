"""A bare surname two people of a report bear: the one the report named first with it when
the other is introduced as a relative ("Karim Baig and his nephew, Jawad Baig"), no one
when the two were named together as a pair ("Karim Baig and Jawad Baig"); the nearest
bearer before it when they were named apart (``nlp.mentions.kin.surname_bearer``). The
claim reader and the mention stage read it by the one rule, and the ledger keeps the
reader's person. Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.mentions import find_mentions
from tests.ledger.invented import invented_ledger
from tests.nlp.test_claims import claims_of

CONVICTED_WITH_NEPHEW = (
    "An anti-terrorism court on Monday found Karim Baig and his nephew, Jawad Baig, guilty of"
    " kidnapping a trader's son."
)
CONVICTED_TOGETHER = (
    "An anti-terrorism court on Monday found Karim Baig and Jawad Baig guilty of kidnapping a"
    " trader's son."
)
DENIED = (
    " In his statement under Section 342, Baig denied the charges and said he had been"
    " implicated over a land dispute."
)


def _deniers(nlp: Language, text: str) -> set[str]:
    return {p.name for c in claims_of(nlp, text) if c.kind == "denial" for p in c.participants}


def _denied_in_ledger(nlp: Language, text: str) -> set[str]:
    ledger, names = invented_ledger(nlp, text)
    return {
        names[x]
        for a in ledger.allegations
        if any(e.kind == "denial" for e in a.events)
        for x in a.accused
    }


def test_the_surname_is_the_one_whose_relative_the_other_is(nlp: Language) -> None:
    assert _deniers(nlp, CONVICTED_WITH_NEPHEW + DENIED) == {"Karim Baig"}


def test_the_ledger_keeps_the_readers_person(nlp: Language) -> None:
    """Karim Baig's allegation carries the denial; his nephew's does not."""
    assert _denied_in_ledger(nlp, CONVICTED_WITH_NEPHEW + DENIED) == {"Karim Baig"}


def test_the_relative_named_first_leaves_the_surname_to_the_other(nlp: Language) -> None:
    text = (
        "A sessions court in Gilgit convicted Jawad Baig and his uncle, Karim Baig, of arson"
        " on Friday. Baig denied the charge."
    )
    assert _deniers(nlp, text) == {"Jawad Baig"}
    assert _denied_in_ledger(nlp, text) == {"Jawad Baig"}


def test_a_pair_named_together_leaves_the_surname_to_no_one(nlp: Language) -> None:
    """Neither is a relative told apart: which Baig denied, the report does not say."""
    text = CONVICTED_TOGETHER + DENIED
    assert not _deniers(nlp, text) & {"Karim Baig", "Jawad Baig"}
    assert _denied_in_ledger(nlp, text) == set()


def test_the_mention_stage_reads_the_same_rule(nlp: Language) -> None:
    def bare(text: str) -> list[str]:
        start = text.rindex("Baig denied")
        return [m.name for m in find_mentions(nlp(text)) if m.start == start]

    assert bare(CONVICTED_WITH_NEPHEW + DENIED) == ["Karim Baig"]
    assert bare(CONVICTED_TOGETHER + DENIED) == ["Baig"]


def test_bearers_named_only_after_the_surname_do_not_unsettle_it(nlp: Language) -> None:
    """The surname written before a pair of that surname is named stands, as before, for
    the one bearer named ahead of it."""
    text = (
        "A court in Quetta acquitted Naseer Baloch of extortion on Tuesday. Baloch had denied"
        " the charge. Police had also booked his aides Zubair Baloch and Zafar Baloch."
    )
    assert _deniers(nlp, text) == {"Naseer Baloch"}
