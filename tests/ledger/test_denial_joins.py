"""A denial that names no act ("X denied the charges", "his family said he was innocent")
answers what its own report alleges against X: it joins those allegations, not one of
"criminal charges" of its own (``build.group_steps``)."""

from __future__ import annotations

from spacy.language import Language

from tests.ledger.invented import invented_ledger


def _acts_and_kinds(nlp: Language, *texts: str) -> dict[str, set[str]]:
    ledger, names = invented_ledger(nlp, *texts)
    return {a.act: {e.kind for e in a.events} for a in ledger.allegations
            if names[a.accused[0]] == "Omar Haddad"}  # fmt: skip


def test_a_denial_of_the_charges_joins_the_acts_its_report_alleges(nlp: Language) -> None:
    text = (
        "Police arrested Omar Haddad for the murder of a shopkeeper in Leeds. In court on"
        " Monday, Haddad denied the charges."
    )
    acts = _acts_and_kinds(nlp, text)
    assert "denial" in acts["killing"]
    assert "criminal charges" not in acts


def test_the_joined_denial_keeps_who_spoke_it(nlp: Language) -> None:
    """The claims and the attribution read the same denial; the event kept is the one that
    names its speaker."""
    text = (
        "Police arrested Omar Haddad for the murder of a shopkeeper in Leeds. In court on"
        " Monday, Haddad denied the charges."
    )
    ledger, names = invented_ledger(nlp, text)
    denials = [e for a in ledger.allegations for e in a.events if e.kind == "denial"]
    assert [e.source for e in denials] == ["Omar Haddad"]


def test_his_family_s_word_joins_them_too(nlp: Language) -> None:
    text = (
        "Police arrested Omar Haddad for the murder of a shopkeeper in Leeds.\n\n"
        "His family, however, said he was innocent and had been framed."
    )
    assert "denial" in _acts_and_kinds(nlp, text)["killing"]


def test_a_denial_in_a_report_that_alleges_nothing_keeps_its_own(nlp: Language) -> None:
    """Another report alleges the killing; this one only tells the denial: it stays an
    allegation of its own, so that the denial is still his in this report."""
    charged = "Police arrested Omar Haddad for the murder of a shopkeeper in Leeds."
    denied = "Omar Haddad denied the charges on Monday, his lawyer Nina Ross said."
    ledger, names = invented_ledger(nlp, charged, denied)
    events = [(a.act, e.kind, e.document_id) for a in ledger.allegations
              if names[a.accused[0]] == "Omar Haddad" for e in a.events]  # fmt: skip
    assert ("killing", "charge", "d0") in events
    assert any(kind == "denial" and doc == "d1" for _, kind, doc in events)
