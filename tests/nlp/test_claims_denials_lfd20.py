"""The grammar lfd20 added to the denial reader: a verb of harm done only to things, which
"never" or an object counted down to nothing refuses as any deed ("my father has never
touched it", "he never touched a single drum": ``done_to_a_thing.harms_only_things``); an
object refused by its own "no" ("my client signed no false invoice":
``done_to_a_thing.none_of_the_kind``); a deed refused as a habit ("he does not steal cattle":
``done_to_a_thing.refuses_the_kind``); everything denied ("the manager had denied everything
in his statement": ``done_to_a_thing.denies_it_all``); and no one who saw the accused at the
deed ("not a single witness has seen him touch a drum", "there is not one witness who saw
him cut anything": ``unseen.seen_by_no_one``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from corroborate.nlp.claims.unseen import seen_by_no_one
from tests.nlp.test_claims import accused_of

_ARRESTED = "Police arrested Corin Vasey over the theft of diesel from the depot on Monday. "


def _denied_by(nlp: Language, said: str) -> set[str]:
    return accused_of("denial", nlp, _ARRESTED + said)


# a verb of harm done to a thing


def test_never_touched_it_said_by_the_son(nlp: Language) -> None:
    said = 'His son, Omar Vasey, said: "My father has never touched it."'
    assert _denied_by(nlp, said) == {"Corin Vasey"}


def test_never_touched_the_diesel(nlp: Language) -> None:
    assert _denied_by(nlp, '"I have never touched the diesel," Vasey said.') == {"Corin Vasey"}


def test_did_not_touch_a_single_drum(nlp: Language) -> None:
    said = "Vasey's lawyer said his client did not touch a single drum."
    assert _denied_by(nlp, said) == {"Corin Vasey"}


def test_touched_the_drum_refuses_nothing(nlp: Language) -> None:
    # guard: no "never", no object counted down to nothing
    said = "Vasey's lawyer said his client did not touch the drum that day."
    assert _denied_by(nlp, said) == set()


def test_harm_to_a_person_stays_the_harm_reading(nlp: Language) -> None:
    # a person harmed is denies_harming's, and clears only one accused: a victim's words do not
    text = (
        "Police arrested Corin Vasey over the beating of Omar Tahir at the depot. "
        'Tahir\'s brother, Ravel Tahir, said: "My brother never touched anyone."'
    )
    assert accused_of("denial", nlp, text) == set()


# an object refused by its own "no"


def test_signed_no_false_invoice(nlp: Language) -> None:
    said = 'His lawyer said: "My client signed no false invoice."'
    assert _denied_by(nlp, said) == {"Corin Vasey"}


def test_gave_no_orders_and_took_no_decisions(nlp: Language) -> None:
    said = '"He gave no orders and he took no decisions," his lawyer said.'
    assert _denied_by(nlp, said) == {"Corin Vasey"}


def test_took_no_diesel_said_by_the_accused(nlp: Language) -> None:
    assert _denied_by(nlp, '"I took no diesel from that depot," Vasey said.') == {"Corin Vasey"}


def test_no_reply_and_no_statement_are_words_not_given(nlp: Language) -> None:
    # guards: words not given are no deed refused
    for said in (
        "His lawyer said Vasey made no reply when charged.",
        "His lawyer said Vasey made no statement to the police.",
    ):
        assert _denied_by(nlp, said) == set(), said


def test_a_search_that_found_no_diesel_is_no_deed(nlp: Language) -> None:
    # guard: the subject is no person
    assert _denied_by(nlp, "His lawyer said the search found no diesel.") == set()


# everything denied


def test_the_manager_denied_everything(nlp: Language) -> None:
    said = (
        "The manager, Corin Vasey, was sent to jail. "
        "The manager, too, had denied everything in his statement."
    )
    assert _denied_by(nlp, said) == {"Corin Vasey"}


def test_denies_it_all(nlp: Language) -> None:
    assert _denied_by(nlp, "Vasey denies it all.") == {"Corin Vasey"}


def test_not_denying_everything_denies_nothing(nlp: Language) -> None:
    # guards: a negated verb of denying, and one who is not the accused
    assert _denied_by(nlp, "Vasey did not deny everything.") == set()
    assert _denied_by(nlp, "The depot's owner denied everything.") == set()


# no one who saw the accused at the deed


def test_not_a_single_witness_has_seen_him(nlp: Language) -> None:
    said = "His lawyer argued that not a single witness has seen him touch a drum."
    assert _denied_by(nlp, said) == {"Corin Vasey"}


def test_there_is_not_one_witness_who_saw_him(nlp: Language) -> None:
    said = '"There is not one witness who saw him cut or carry anything," his lawyer said.'
    assert _denied_by(nlp, said) == {"Corin Vasey"}


def test_found_no_witness_who_saw_him(nlp: Language) -> None:
    said = (
        "His lawyer said the prosecution had found no diesel at his house and no witness "
        "who saw him take any."
    )
    assert _denied_by(nlp, said) == {"Corin Vasey"}


def test_nobody_saw_my_client_near_the_depot(nlp: Language) -> None:
    said = "His lawyer said nobody had seen his client near the depot."
    assert _denied_by(nlp, said) == {"Corin Vasey"}


def test_seen_by_a_witness_or_by_no_one_since_monday(nlp: Language) -> None:
    # guards: one who did see him; a person missing, not a deed unseen; a judge's finding
    for said in (
        "His lawyer said a witness saw Vasey take the diesel.",
        "His mother said nobody has seen him since Monday.",
        "The judge observed that no witness saw Vasey at the depot.",
    ):
        assert _denied_by(nlp, said) == set(), said


def test_a_thing_no_one_saw_is_no_person_seen(nlp: Language) -> None:
    doc: Doc = nlp("No witness saw the tanker leave the depot.")
    assert seen_by_no_one(doc[2]) == []


# a deed refused as a habit


def test_does_not_grind_bricks(nlp: Language) -> None:
    said = 'His lawyer said: "My client sells fuel. He does not steal diesel."'
    assert _denied_by(nlp, said) == {"Corin Vasey"}


def test_does_not_steal_cattle_after_the_name(nlp: Language) -> None:
    said = '"Mr Vasey has run a garage for 25 years. He does not steal cattle," his lawyer said.'
    assert _denied_by(nlp, said) == {"Corin Vasey"}


def test_one_occasion_or_one_thing_is_no_habit(nlp: Language) -> None:
    # guards: a past "did not" with a definite object, a state of one thing, a modal
    for said in (
        '"He did not grind the bricks," his lawyer said.',
        '"He does not own the depot," his lawyer said.',
        '"He will not take questions," his lawyer said.',
        # a duty left undone is the omission a charge of evasion tells, no deed refused
        "Vasey told the rally that he does not pay taxes.",
        '"He does not pay taxes," his lawyer said.',
    ):
        assert _denied_by(nlp, said) == set(), said


def test_a_thing_harmed_is_no_thing_handled(nlp: Language) -> None:
    # guard: a verb of harm that does not handle its thing ("kicked the door") refuses no deed
    said = "Vasey's lawyer said his client never kicked the depot door."
    assert _denied_by(nlp, said) == set()
