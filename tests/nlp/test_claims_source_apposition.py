"""The subject a parser hangs on the source of "according to" (``nlp/claims/source_apposition.py``,
asked by ``Parties._agents``, ``Parties._patients``, ``Descriptions`` and ``ListFellows``): the
source is never a party of the clause it attributes. Invented sentences, in the styles of
several regions' reporting."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of


def _steps(nlp: Language, text: str) -> dict[str, set[str]]:
    """Each accused name and the kinds of the claims that accuse it."""
    out: dict[str, set[str]] = {}
    for claim in claims_of(nlp, text):
        for p in claim.participants:
            if p.role == "accused":
                out.setdefault(p.name, set()).add(claim.kind)
    return out


@pytest.mark.parametrize(
    "text, source, party, kind",
    [
        # the run "Z, the NOUN, X," read as appositions of the source; "confessed" its participle
        (
            "According to Sub-Inspector Ramesh Yadav, the accused, Sunil Kumar, confessed "
            "during interrogation.",
            "Ramesh Yadav",
            "Sunil Kumar",
            "confession",
        ),
        (
            "According to police officer Jan Novak, the suspect, Petr Dvorak, confessed to "
            "the robbery.",
            "Jan Novak",
            "Petr Dvorak",
            "confession",
        ),
        # "to" left bare and the source parsed as the subject
        (
            "According to police inspector Bishnu Prasad Sharma, the driver, Ram Kumar "
            "Shrestha, confessed.",
            "Bishnu Prasad Sharma",
            "Ram Kumar Shrestha",
            "confession",
        ),
        # the source's name itself after its noun, parsed as the subject
        (
            "According to the officer in charge, Abul Kalam, the accused, Jamal Mia, confessed.",
            "Abul Kalam",
            "Jamal Mia",
            "confession",
        ),
        # a passive step, a denial and a retraction
        (
            "According to police spokesman Naveed Akhtar, the suspect, Shahid Rehman, was "
            "arrested on Sunday.",
            "Naveed Akhtar",
            "Shahid Rehman",
            "arrest",
        ),
        (
            "According to prosecutor Eva Dvorakova, the defendant, Jiri Prochazka, denied the "
            "charges.",
            "Eva Dvorakova",
            "Jiri Prochazka",
            "denial",
        ),
        (
            "According to his lawyer, Ahmed Hassan, the accused, Tariq Aziz, retracted his "
            "confession.",
            "Ahmed Hassan",
            "Tariq Aziz",
            "retraction",
        ),
        (
            "According to Detective Inspector Sofie Jensen, the man, Anders Holm, admitted "
            "the assault.",
            "Sofie Jensen",
            "Anders Holm",
            "confession",
        ),
    ],
)
def test_the_name_hung_on_the_source_is_the_subject(
    nlp: Language, text: str, source: str, party: str, kind: str
) -> None:
    steps = _steps(nlp, text)
    assert kind in steps.get(party, set())
    assert source not in steps


def test_the_accused_noun_hung_on_the_source_describes_the_subject(nlp: Language) -> None:
    """ "the accused" between the source and the subject is said of the subject."""
    steps = _steps(
        nlp,
        "According to Sub-Inspector Ramesh Yadav, the accused, Sunil Kumar, was sent to jail.",
    )
    assert steps == {"Sunil Kumar": {"accusation"}}


def test_a_source_is_no_item_of_the_subjects_list(nlp: Language) -> None:
    """The source, correctly parsed, is not walked back to as a fellow of the subject."""
    steps = _steps(
        nlp,
        "According to investigating officer Manoj Tiwari, Sunil Kumar confessed during "
        "interrogation.",
    )
    assert steps == {"Sunil Kumar": {"confession"}}


@pytest.mark.parametrize(
    "text, accused",
    [
        # near misses: the parser reads the subject, nothing to mend
        ("Asif Nawaz, according to police, confessed to the killing.", {"Asif Nawaz"}),
        ("According to police, the driver, Asif Nawaz, confessed to the killing.", {"Asif Nawaz"}),
        (
            "According to Inspector Tariq Mehmood, the driver Asif Nawaz confessed to the killing.",
            {"Asif Nawaz"},
        ),
        # a list of the subject's own, after a source with no name
        ("According to police, Bilal Khan and Irfan Shah confessed.", {"Bilal Khan", "Irfan Shah"}),
        # a teller's verb, not "according to": the teller is no party either
        ("Inspector Anwar Hussain said he had arrested Faisal Qureshi.", {"Faisal Qureshi"}),
    ],
)
def test_a_subject_the_parser_reads_is_kept(nlp: Language, text: str, accused: set[str]) -> None:
    assert set(_steps(nlp, text)) == accused
