"""Contact with the crime refused (``claims.contact_denied``): a negated verb of meeting with
someone or somewhere not the subject's own ("her husband had never met the grocer", "never
dealt with any inspector"), or a negated verb of being at a place the report points at ("his
client had not been at Kolarova Street"), with no time of its own, said by the accused's side
of one the report accuses already. Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = (
    "BRNO: Two warehousemen, Stefan Horak and Milan Kuba, were on Monday charged with the "
    "murder of a grocer, Adam Rys, who was stabbed at a market on Kolarova Street. "
)


def test_a_wife_says_her_husband_never_met_the_victim(nlp: Language) -> None:
    text = _CHARGED + "Horak's wife, Lenka Horak, said her husband had never met the grocer."
    assert accused_of("denial", nlp, text) == {"Stefan Horak"}


def test_never_dealt_with_anyone_of_a_kind(nlp: Language) -> None:
    text = _CHARGED + "Kuba's lawyer said his client had never dealt with any market inspector."
    assert accused_of("denial", nlp, text) == {"Milan Kuba"}


def test_not_at_the_named_street(nlp: Language) -> None:
    text = _CHARGED + "Kuba's lawyer, Jiri Pech, said his client had not been at Kolarova Street."
    assert accused_of("denial", nlp, text) == {"Milan Kuba"}


def test_ones_own_people_not_seen_deny_nothing(nlp: Language) -> None:
    # guard: one's own children, and a time of its own ("since May"), are no crime's
    text = _CHARGED + "Horak's wife said her husband had not seen his children since May."
    assert accused_of("denial", nlp, text) == set()


def test_not_at_home_when_police_came_denies_nothing(nlp: Language) -> None:
    # guard: an officer's word, of his own house, at a moment not the crime's
    text = _CHARGED + "Inspector Petr Cerny said Kuba was not at his flat when officers arrived."
    assert accused_of("denial", nlp, text) == set()


def test_a_witness_who_never_met_the_victim_denies_nothing(nlp: Language) -> None:
    # guard: one the report accuses of nothing
    text = _CHARGED + "A neighbour, Irena Mala, said she had never met the grocer."
    assert accused_of("denial", nlp, text) == set()
