"""Every name co-ordinated with an allegation's target is accused as the target is, by the
same source (invented reports, through ingest and ``build_ledger``)."""

from __future__ import annotations

from spacy.language import Language

from tests.ledger.invented import invented_ledger


def _alleged_by(nlp: Language, *texts: str) -> dict[str, set[str]]:
    """Each accused's name -> the sources of the allegation events against them."""
    ledger, names = invented_ledger(nlp, *texts)
    out: dict[str, set[str]] = {}
    for allegation in ledger.allegations:
        for a in allegation.accused:
            sources = {e.source for e in allegation.events
                       if e.kind == "allegation" and e.source}  # fmt: skip
            out.setdefault(names[a], set()).update(sources)
    return out


def test_each_name_of_a_listed_target_is_accused_by_the_source(nlp: Language) -> None:
    """Two parties accused together, three men said to have done one act, parties a report
    lists as including two: each named one has the source's allegation, not the first
    alone."""
    alleged = _alleged_by(
        nlp,
        "Police accused the Harbour League and the Hill Front of running extortion rackets.",
        "Investigators said Omar Fitch, Basil Roe and Danish Ahmed had robbed the depot.",
        "A tribunal report claimed that several parties in the city, including the Harbour"
        " League and the Green Union, have militant wings.",
    )
    assert "Police" in alleged.get("Hill Front", set())
    assert "Investigators" in alleged.get("Basil Roe", set())
    assert "Investigators" in alleged.get("Danish Ahmed", set())
    assert "Green Union" in alleged and "Harbour League" in alleged


def test_a_name_co_ordinated_with_a_victim_is_not_taken_for_an_accused(nlp: Language) -> None:
    """The conjuncts of a target are accused only as the target is: the victims of a killing
    stay victims, and a person is not joined to an organisation's list."""
    alleged = _alleged_by(
        nlp,
        "Police said gunmen killed Sana Mir and Basil Roe outside the court.",
        "Police accused the Hill Front and its leader, Omar Fitch, of extortion.",
    )
    assert not {"Sana Mir", "Basil Roe"} & set(alleged)
