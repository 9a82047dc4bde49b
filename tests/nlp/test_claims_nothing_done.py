"""Three answers of the accused's side read more widely: nothing done at all ("I have done
nothing", ``Protests._did_nothing``), a presence denied by "nowhere near" with no time of
its own (``alibis._nowhere_near``), and the verbs of saying that report a clause beside
"said" ("submitted", "repeated", "added", "explained": ``kinds.reporting_cues``). Invented
sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = (
    "LEEDS: Two brothers, Gary Holt and Shane Holt, were charged on Tuesday with the murder "
    "of a taxi driver, Imran Sadiq, who was found stabbed in his cab. "
)


def test_i_have_done_nothing_said_from_the_dock(nlp: Language) -> None:
    text = _CHARGED + 'As he was taken down, Gary Holt shouted: "I have done nothing."'
    assert accused_of("denial", nlp, text) == {"Gary Holt"}


def test_a_mother_says_her_son_did_nothing(nlp: Language) -> None:
    text = _CHARGED + "Shane Holt's mother said her son had done nothing."
    assert accused_of("denial", nlp, text) == {"Shane Holt"}


def test_police_did_nothing_to_help_denies_nothing(nlp: Language) -> None:
    # guard: a purpose after "nothing" tells a failing, not an innocence
    text = _CHARGED + "Shane Holt's mother said her son had done nothing to help the driver."
    assert accused_of("denial", nlp, text) == set()


def test_nowhere_near_the_rank_with_no_time(nlp: Language) -> None:
    text = _CHARGED + "Gary Holt's solicitor said his client was nowhere near the taxi rank."
    assert accused_of("denial", nlp, text) == {"Gary Holt"}


def test_nowhere_near_when_police_came_denies_nothing(nlp: Language) -> None:
    # guard: a time of its own makes it another moment
    text = (
        _CHARGED + "Gary Holt's solicitor said his client was nowhere near the house when "
        "police arrived."
    )
    assert accused_of("denial", nlp, text) == set()


def test_a_lawyer_submitted_that_his_client_was_at_home(nlp: Language) -> None:
    text = _CHARGED + "Shane Holt's barrister submitted that his client had been at home."
    assert accused_of("denial", nlp, text) == {"Shane Holt"}


def test_a_lawyer_repeated_that_her_client_was_at_home(nlp: Language) -> None:
    text = _CHARGED + "Gary Holt's solicitor, Ann Price, repeated that her client was at home."
    assert accused_of("denial", nlp, text) == {"Gary Holt"}
