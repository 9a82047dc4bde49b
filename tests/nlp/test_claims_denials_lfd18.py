"""The grammar lfd18 added to the denial reader: a lawyer told by the bare title after the
report named one ('"My client never handled the receipts," the lawyer argued':
``Counsel._bare_counsel``), and a quotation that goes on, with no reporting verb of its own,
right after one its speaker closed ('"...," the attorney said. "He never sold a sack."':
``quotes.said_next``), and nothing tying the client to the deed ("there was no evidence
linking her client to the fraud": ``unlinked.nothing_links``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = "Police charged Corin Vasey with fraud at the grain depot on Monday. "
_COUNSEL = "Vasey's counsel, Imke Dorsey, said the search had been unlawful. "


def test_the_lawyer_is_the_counsel_named_before(nlp: Language) -> None:
    text = _CHARGED + _COUNSEL + '"My client never handled the receipts," the lawyer argued.'
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_the_attorney_after_a_lawyer_named_for_his_client(nlp: Language) -> None:
    text = (
        _CHARGED + "Attorney Imke Dorsey, representing Vasey, opposed the remand. "
        '"My client has never sold a sack of grain," the attorney said.'
    )
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_the_prosecution_lawyer_speaks_for_no_client(nlp: Language) -> None:
    # guard: a word before the title tells another lawyer
    text = (
        _CHARGED + _COUNSEL + '"The accused never handled the receipts himself," the '
        "prosecution lawyer said."
    )
    assert accused_of("denial", nlp, text) == set()


def test_the_lawyer_of_one_no_one_accuses_clears_no_one(nlp: Language) -> None:
    # guard: the lawyer named before acts for a witness, not for the accused
    text = (
        _CHARGED + "The farmer's lawyer, Imke Dorsey, said the search had been unlawful. "
        '"My client never handled the receipts," the lawyer argued.'
    )
    assert accused_of("denial", nlp, text) == set()


def test_a_quotation_going_on_after_its_speaker(nlp: Language) -> None:
    text = (
        _CHARGED + _COUNSEL + '"My client was kept awake all night," the attorney said. '
        '"He never handled the receipts and he never sold a sack."'
    )
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_a_quotation_going_on_after_a_she_said(nlp: Language) -> None:
    text = (
        _CHARGED + _COUNSEL + '"My client was kept awake all night," she said. '
        '"He never handled the receipts."'
    )
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_a_quotation_in_a_new_paragraph_is_no_one_s_going_on(nlp: Language) -> None:
    # guard: a new paragraph may open another's words
    text = (
        _CHARGED + _COUNSEL + '"My client was kept awake all night," she said.\n'
        '"He never handled the receipts."'
    )
    assert accused_of("denial", nlp, text) == set()


def test_a_quotation_with_words_before_it_is_its_own(nlp: Language) -> None:
    # guard: words between the two quotations tell of another's
    text = (
        _CHARGED + _COUNSEL + '"My client was kept awake all night," she said. A clerk '
        'added: "He never handled the receipts."'
    )
    assert accused_of("denial", nlp, text) == set()


def test_no_evidence_linking_the_client_clears_him(nlp: Language) -> None:
    text = (
        _CHARGED + "His lawyer, Imke Dorsey, said there was no evidence linking her client to "
        "the fraud."
    )
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_not_a_single_word_connecting_the_client(nlp: Language) -> None:
    text = (
        _CHARGED + 'His lawyer, Imke Dorsey, told the jury there was "not a single receipt, '
        'photograph or word" connecting her client to the fraud.'
    )
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_nothing_connected_the_client(nlp: Language) -> None:
    text = _CHARGED + "His lawyer, Imke Dorsey, said nothing connected her client to the fraud."
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_evidence_linking_another_clears_no_one(nlp: Language) -> None:
    # guards: a tie affirmed, and a court's finding (no side's word)
    text = _CHARGED + "His lawyer, Imke Dorsey, said the ledger linked the clerk to the fraud."
    assert accused_of("denial", nlp, text) == set()
    text = _CHARGED + "The judge said there was no evidence linking Vasey to the fraud."
    assert accused_of("denial", nlp, text) == set()
