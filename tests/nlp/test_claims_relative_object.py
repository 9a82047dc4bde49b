"""``subject_beyond_relative``: the pronoun object of a relative clause is the subject of the
clause the relative hangs in ("X was produced before M, who remanded him": X) - branch
out35."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims.relative_object import subject_beyond_relative
from tests.nlp.test_claims import claims_of, outcomes


def _beyond(nlp: Language, text: str) -> str | None:
    doc = nlp(text)
    pronoun = next(t for t in doc if t.lower_ == "him")
    subject = subject_beyond_relative(pronoun)
    return None if subject is None else subject.text


def test_the_subject_of_the_clause_the_relative_hangs_in(nlp: Language) -> None:
    text = "Salim Qazi was produced before Magistrate Nida Ali, who remanded him to jail."
    assert _beyond(nlp, text) == "Qazi"


def test_no_subject_beyond_an_object_pronoun_of_a_main_clause(nlp: Language) -> None:
    assert _beyond(nlp, "Magistrate Nida Ali remanded him to jail on Monday.") is None


def test_the_bound_accused_is_remanded_not_the_last_arrested(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Police arrested Salim Qazi and Faheem Dar on Monday. Constable Arif Lone was "
        "suspended and arrested on Tuesday. Salim was produced before Magistrate Nida Ali, "
        "who remanded him to three days' police custody.",
    )
    assert outcomes(found, "Salim Qazi") == {"remanded"}
    assert outcomes(found, "Arif Lone") == set()
