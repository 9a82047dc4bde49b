"""The grammar lfd17 added to the denial reader: a deed refused for all time under "never"
with an object it was done to (``not_the_doer.denies_ever_doing``: "my client never handled
the slips"), and a "for" phrase fronted before a lawyer who speaks ("For X, lawyer Y told the
court ...", ``Counsel._acting_for``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from corroborate.nlp.claims.not_the_doer import denies_ever_doing
from tests.nlp.test_claims import accused_of

_CHARGED = "Police charged Corin Vasey with fraud at the grain depot on Monday. "


def _verb(nlp: Language, text: str, lemma: str) -> Token:
    return next(t for t in nlp(text) if t.lemma_ == lemma)


def test_never_with_an_object_refuses_the_deed(nlp: Language) -> None:
    assert denies_ever_doing(_verb(nlp, "She said he never handled the receipts.", "handle"))
    assert denies_ever_doing(_verb(nlp, "He had never sold a sack to the mill.", "sell"))


def test_never_of_a_state_or_a_not_refuses_no_deed(nlp: Language) -> None:
    # guards: a state ("been", "had") and one occasion missed ("did not attend")
    assert not denies_ever_doing(_verb(nlp, "He has never had a licence.", "have"))
    assert not denies_ever_doing(_verb(nlp, "He did not sign the register.", "sign"))
    assert not denies_ever_doing(_verb(nlp, "She had never seen the ledger.", "see"))


def test_counsel_says_her_client_never_handled_the_receipts(nlp: Language) -> None:
    text = _CHARGED + "His lawyer, Imke Dorsey, said her client never handled the receipts."
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_counsel_says_the_described_client_never_bought_grain(nlp: Language) -> None:
    text = (
        _CHARGED + "His lawyer, Imke Dorsey, said the merchant had never bought a sack from "
        "the depot."
    )
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_counsel_says_her_client_was_never_in_trouble(nlp: Language) -> None:
    # guard: a life without trouble is a plea in mitigation, no deed refused
    text = _CHARGED + "His lawyer, Imke Dorsey, said her client had never been in trouble."
    assert accused_of("denial", nlp, text) == set()


def test_a_victim_s_kin_saying_he_never_got_the_money_clears_no_one(nlp: Language) -> None:
    # guard: said of one the report accuses of nothing
    text = _CHARGED + "The farmer's wife said her husband never received the money."
    assert accused_of("denial", nlp, text) == set()


def test_a_for_phrase_fronted_before_the_lawyer_names_her_client(nlp: Language) -> None:
    text = (
        _CHARGED + "For Corin Vasey, attorney Imke Dorsey argued that the books were kept by "
        'others. "My client never entered that office," she said.'
    )
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_a_for_phrase_of_no_name_gives_the_lawyer_no_client(nlp: Language) -> None:
    # guard: "For his part" names no one, so "she" stays the lawyer's own word
    text = (
        "Police charged Corin Vasey with fraud. The depot's manager, Olwen Pryce, was not "
        "charged. For her part, attorney Imke Dorsey argued that the books were kept by others. "
        '"The depot never lost a sack," she said.'
    )
    assert accused_of("denial", nlp, text) == set()


def test_never_done_for_a_person_refuses_no_deed(nlp: Language) -> None:
    # guard: "showed him the statement" may be the officer's deed the client's side tells of
    assert not denies_ever_doing(_verb(nlp, "He never showed him the statement.", "show"))


def test_a_verb_of_harm_is_left_to_its_own_reading(nlp: Language) -> None:
    # guard: "never hit the car" harms no one (``harm_denied.denies_harming`` decides)
    assert not denies_ever_doing(_verb(nlp, "He had never hit the car.", "hit"))
