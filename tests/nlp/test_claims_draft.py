"""``claims.draft``'s two last steps of a reader: ``accusation_of`` (rev91: the "a Draft of
an accusation with them as accused, or none" ten readers wrote out - sought, warrants,
fugitives, named as, branded, probed, disclosed givers, spared trial, alleged deeds,
aftermath) beside ``confession_of``. Invented sentence."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims.draft import Named, accusation_of, confession_of


def test_an_accusation_of_no_one_is_none(nlp: Language) -> None:
    doc = nlp("Police are searching for Tarek Aziz.")
    assert accusation_of(doc[2], []) == []
    assert confession_of(doc[2], []) == []


def test_an_accusation_holds_each_accused_once(nlp: Language) -> None:
    doc = nlp("Police are searching for Tarek Aziz.")
    tarek = Named("Tarek Aziz", 24, 34)
    [draft] = accusation_of(doc[2], [tarek, tarek])
    assert draft.kind == "accusation"
    assert draft.cue.i == 2
    assert draft.accused == [tarek]
    assert [role for role, _ in draft.parties.values()] == ["accused"]
