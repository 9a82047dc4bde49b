"""A share in the deed refused (``claims.no_part``): "his client had no role in the incident",
"never had any hand in it", "his client never knew the boys were in trouble"; and two more
answers of the accused: an account of what happened rejected ("rejected the police account",
``Answering._answers``) and a term served "for nothing" (``Answers._for_what_was_not_done``).
Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_ARRESTED = (
    "KISUMU: Police on Monday arrested herder Daniel Otieno Ouma over the killing of two "
    "traders at a cattle market. "
)
_CONVICTED = "A court in Multan convicted Adnan Sami and Faisal Rauf of the murder of a guard. "
_CHARGED = (
    "Four men pleaded not guilty. Landowner Karim Hussain Butt, who was arrested in July, "
    "stood in the dock alongside his sons. "
)


def test_a_lawyer_says_his_client_had_no_role_in_the_incident(nlp: Language) -> None:
    text = _ARRESTED + "His lawyer, Peter Kamau, said his client had no role in the incident."
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_never_had_any_hand_in_it(nlp: Language) -> None:
    text = _ARRESTED + "Ouma's brother, James Ouma, said Daniel never had any hand in it."
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_a_role_in_the_market_committee_denies_nothing(nlp: Language) -> None:
    # guard: a share held, not refused
    text = (
        _ARRESTED + "His lawyer, Peter Kamau, said his client had a role in the market committee."
    )
    assert accused_of("denial", nlp, text) == set()


def test_a_client_who_never_knew(nlp: Language) -> None:
    text = (
        _ARRESTED + "Ouma's counsel, Peter Kamau, told reporters that his client never knew the "
        "boys were in trouble until the police arrived."
    )
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_a_wife_who_did_not_know_where_he_went_denies_nothing(nlp: Language) -> None:
    # guard: the "she" who did not know is the speaker, not her kin
    text = _ARRESTED + "His wife said she did not know where he had gone that night."
    assert accused_of("denial", nlp, text) == set()


def test_the_police_account_rejected_in_a_342_statement(nlp: Language) -> None:
    text = _CONVICTED + "In his 342 statement, Faisal Rauf rejected the police account."
    assert accused_of("denial", nlp, text) == {"Faisal Rauf"}


def test_a_judge_who_rejects_an_account_answers_nothing(nlp: Language) -> None:
    # guard: only one already accused answers the accusation
    text = _CONVICTED + "Judge Amna Tariq rejected the account of the defence witness."
    assert accused_of("denial", nlp, text) == set()


def test_four_months_in_jail_for_nothing(nlp: Language) -> None:
    text = _CONVICTED + "Faisal Rauf said he had spent four months in jail for nothing."
    assert accused_of("denial", nlp, text) == {"Faisal Rauf"}


def test_a_trip_for_nothing_denies_nothing(nlp: Language) -> None:
    # guard: for nothing, but no term held
    text = _CONVICTED + "Faisal Rauf said he had driven to Lahore for nothing."
    assert accused_of("denial", nlp, text) == set()


def test_a_title_the_parser_read_as_a_verb(nlp: Language) -> None:
    # "advocate" before the lawyer's name is parsed as the sentence's verb
    text = (
        _ARRESTED + "Ouma stood silently in the dock. His lawyer, advocate Peter Kamau, later "
        "told the Nation that his client had nothing to do with the killing."
    )
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_the_speaker_the_parser_made_the_root(nlp: Language) -> None:
    # the parser hangs "called" on the name as if "a man called Y"
    text = (
        _CHARGED + "Karim Hussain Butt, speaking briefly to reporters as he was led out, called "
        "the case fabricated."
    )
    assert accused_of("denial", nlp, text) == {"Landowner Karim Hussain Butt"}


def test_a_neighbour_who_says_he_never_knew_denies_nothing(nlp: Language) -> None:
    # guard: only the accused's side answers the accusation
    text = _ARRESTED + "The market chairman said Ouma never knew the traders were carrying cash."
    assert accused_of("denial", nlp, text) == set()
