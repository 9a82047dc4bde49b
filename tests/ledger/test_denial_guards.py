"""A denial never makes someone accused whom nothing else accuses in that report: rejecting
a rival's story of being wronged answers no accusation against the rival (``claims.
victims_read`` in the ledger, ``denials.complains_of_being_wronged`` in the claims)."""

from __future__ import annotations

from spacy.language import Language

from tests.ledger.invented import accused_names, invented_ledger

CHARGED = "Prosecutors in Leeds charged Ellen Price with assault after a brawl in a bar on Friday."
# A politician calls a rival's story of being shot at a lie: the quote tells a crime done to
# her, and the attribution reads it as a denial naming her.
CALLED_A_LIAR = (
    "Mr. Hale was asked about Ellen Price. ''It's nonsense,'' Mr. Hale said on the radio."
    " ''She lies about everything, whether it's trips where she was being gunned down in a"
    " jeep or a boat; she's a liar.''"
)


def test_a_denial_does_not_answer_for_the_victim_of_the_deed_it_tells(nlp: Language) -> None:
    """Another report charges Ellen Price with assault; in this one she is only the one shot
    at in a story called a lie: no event of this report joins her allegation."""
    ledger, names = invented_ledger(nlp, CHARGED, CALLED_A_LIAR)
    against = [a for a in ledger.allegations if names[a.accused[0]] == "Ellen Price"]
    assert [e.document_id for a in against for e in a.events] == ["d0"]


def test_a_denial_of_the_charges_still_joins_them(nlp: Language) -> None:
    """The guard takes away only victims: her own denial of the charge still joins it."""
    denied = "Ellen Price denied the assault charge, her lawyer Tom Reed said on Monday."
    ledger, names = invented_ledger(nlp, CHARGED, denied)
    kinds = {(e.kind, e.document_id) for a in ledger.allegations
             if names[a.accused[0]] == "Ellen Price" for e in a.events}  # fmt: skip
    assert ("denial", "d1") in kinds


def test_rejecting_a_complaint_of_abduction_accuses_no_one(nlp: Language) -> None:
    text = (
        "Interior minister Omar Fadel on Tuesday rejected activist Laila Noor's claim that"
        " she had been abducted by intelligence agents, calling it a publicity stunt."
    )
    assert not accused_names(nlp, text) & {"Omar Fadel", "Laila Noor"}


def _deniers(nlp: Language, *texts: str) -> set[str]:
    ledger, names = invented_ledger(nlp, *texts)
    return {names[x] for a in ledger.allegations for e in a.events
            if e.kind == "denial" for x in a.accused}  # fmt: skip


def test_a_denial_read_for_one_accused_is_not_another_it_names(nlp: Language) -> None:
    """'The councillor testified that he ... had never met X': the grammar reads the
    councillor's denial; X, a co-accused turned state witness, is named in it as the one
    not met, and denies nothing by it."""
    text = (
        "Former councillor Peter Dlamini and driver Sibusiso Khoza were charged with the"
        " murder of activist Nandi Cele. Khoza turned state witness and told the court he"
        " drove the gunman. The councillor testified that he had been at a party meeting on"
        " the night of the killing and had never met Khoza."
    )
    found = _deniers(nlp, text)
    assert "Peter Dlamini" in found and "Sibusiso Khoza" not in found


def test_a_denial_conceded_is_no_denial(nlp: Language) -> None:
    """'his client did not deny meeting Y before the robbery': a negated verb of denying
    concedes; neither the client nor the one met is read to deny."""
    text = (
        "Police arrested Ruth Banda and Moses Tembo over the robbery of a shop in Zomba."
        " Tembo's lawyer, Grace Phiri, said her client did not deny meeting Banda before the"
        " robbery."
    )
    assert not _deniers(nlp, text) & {"Ruth Banda", "Moses Tembo"}
