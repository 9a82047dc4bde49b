"""Who speaks when the speaker is told by kin or by a document (kin55): a he or she in the
words of one named as someone's kin, said by "he said", is the one they are kin to, and agrees
with them in sex (``SpokenFor._kin_who_spoke``); the owner of "the chairman's brother" is the
one introduced bare as "X, 54, chairman of Y" (``described_people._marked``, desc55's reading,
which holds kin55's bare title); a statement given as the speaker of a quotation speaks its
maker's word ('"...," the statement read': ``nlp.statement_owner``) - never a paper of the
police or the court. Each with a near miss that must read no denial. Invented sentences and
names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.readings import analysis_of, deniers
from tests.nlp.test_claims import accused_of

_COOPERATIVE = (
    "Police on Monday arrested the chairman and the manager of a savings cooperative that "
    "closed in May. Police said Orrin Lal Vask Tamang, 54, chairman of Westmark Savings "
    "Cooperative Ltd, was arrested in Pokhara, while the manager, Ravi Sen, 46, was held in "
    "Butwal. "
)
_DEPOSITOR = "Mina Roy, 38, owner of a tea stall, said she had lost her savings. "


def test_he_said_by_the_accused_brother_is_the_accused(nlp: Language) -> None:
    text = (
        _COOPERATIVE + "The chairman's younger brother, Dil Lal Vask Tamang, said his brother "
        'had lent money as any cooperative does. "He is innocent," he said.'
    )
    assert accused_of("denial", nlp, text) == {"Orrin Lal Vask Tamang"}


def test_a_deed_refused_in_the_brother_quote_after_a_relative_clause(nlp: Language) -> None:
    text = (
        _COOPERATIVE + "The chairman's younger brother, Dil Lal Vask Tamang, who was not on the "
        "board, said his brother had lent money as any cooperative does. "
        '"Loans went bad. He has not taken one rupee home," he said.'
    )
    assert accused_of("denial", nlp, text) == {"Orrin Lal Vask Tamang"}


def test_he_said_by_a_brother_of_one_described_with_an_article(nlp: Language) -> None:
    text = (
        _COOPERATIVE + "The manager's younger brother, Dil Sen, said his brother had only "
        'followed orders. "He is innocent," he said.'
    )
    assert accused_of("denial", nlp, text) == {"Ravi Sen"}


def test_the_brother_own_i_clears_no_one(nlp: Language) -> None:
    # near miss: the kin's "I" is his own word of himself, never the chairman's
    text = (
        _COOPERATIVE + "The chairman's younger brother, Dil Lal Vask Tamang, said the family "
        'would repay the depositors. "I was never on the board," he said.'
    )
    assert accused_of("denial", nlp, text) == set()


def test_a_depositor_brother_speaks_for_no_accused(nlp: Language) -> None:
    # near miss: the kin of one the report does not accuse
    text = (
        _COOPERATIVE + _DEPOSITOR + "The owner's younger brother, Dil Roy, said the family had "
        'lost everything. "He is a thief," he said.'
    )
    assert accused_of("denial", nlp, text) == set()


def test_a_bare_title_with_its_of_phrase_describes_the_name(nlp: Language) -> None:
    text = (
        "Police said Orrin Talbeck, 54, chairman of Westmark Savings Cooperative Ltd, was "
        "arrested in Pokhara and charged with embezzlement. The chairman's younger brother, Dil "
        "Talbeck, said his brother was innocent."
    )
    assert accused_of("denial", nlp, text) == {"Orrin Talbeck"}


def test_a_bare_title_of_a_victim_clears_no_one(nlp: Language) -> None:
    # near miss: "the owner" is the depositor so introduced, whom no one accuses
    text = (
        _COOPERATIVE + _DEPOSITOR + "The owner's younger brother, Dil Roy, said his sister was "
        "innocent."
    )
    assert accused_of("denial", nlp, text) == set()


_CHARGED = "Police arrested Orrin Talbeck and charged him with the murder of a shopkeeper. "


def test_the_statement_read_speaks_its_maker_word(nlp: Language) -> None:
    text = (
        _CHARGED + "In his statement to the court, Talbeck said he had been beaten in custody. "
        '"I never fired a shot. I was at my sister\'s house that evening," the statement read.'
    )
    assert deniers(analysis_of(nlp, text)) == {"Orrin Talbeck"}


def test_his_statement_read_speaks_its_owner_word(nlp: Language) -> None:
    text = _CHARGED + '"I never fired a shot," his statement read.'
    assert deniers(analysis_of(nlp, text)) == {"Orrin Talbeck"}


def test_the_charge_sheet_read_is_no_one_word(nlp: Language) -> None:
    # near miss: a paper of the police says no one's own word
    text = (
        _CHARGED + "The police filed the charge sheet on Monday. "
        '"The accused never fired a shot," the charge sheet read.'
    )
    assert deniers(analysis_of(nlp, text)) == set()


def test_a_police_statement_read_is_no_one_word(nlp: Language) -> None:
    # near miss: the statement the police made is no person's
    text = (
        _CHARGED + "In a statement, the police said the shopkeeper had been robbed. "
        '"He never fired a shot," the statement read.'
    )
    assert deniers(analysis_of(nlp, text)) == set()


def test_a_judge_she_the_resolver_gave_to_a_son_is_no_kin(nlp: Language) -> None:
    # near miss: "she said" is the judge's; the son named last is no speaker, and the
    # father he is son to is cleared by no one
    text = (
        "Judge Mary Okafor convicted Orrin Talbeck of fraud and discharged his son Dil Talbeck. "
        "The judge held that the son's confession had not been made freely. Without it, she "
        "said, there was no evidence placing him at the warehouse."
    )
    assert "Orrin Talbeck" not in accused_of("denial", nlp, text)


_EYE_CAMP = (
    "Police arrested Hari Prasad Mandal, who ran the eye camp, and his assistant Suresh "
    "Thakur on Wednesday. Among those who lost their sight is Gita Kumari Mandal, 68. "
)


def test_he_said_by_a_son_never_a_woman_of_the_surname(nlp: Language) -> None:
    # near miss: "Mandal's son" may be taken for the son of the woman named last; the "he"
    # of his quotation cannot stand for her, so no one she is gets a denial
    text = (
        _EYE_CAMP + "Mandal's son, Dinesh Mandal, said his father had only hired the team. "
        '"What happened inside he had no way to know," he said.'
    )
    assert "Gita Kumari Mandal" not in accused_of("denial", nlp, text)
