"""A deed admitted bare makes its admitter a confessor, and so an accused
(``nlp/claims/admitted_deed.py``, conf96), on invented sentences and names.

"X admitted fishing in a protected area", "who admitted his part at trial", "was jailed after
admitting his part in loading the boat": a gerund the admitter does, or his own part, with no
crime word and no setting - in a crime's context (conf97): the report arrests, charges, tries or
punishes the admitter, the court hears the admission, or the deed is a crime word. A lawful
deed admitted by one the report accuses of nothing ("Senator X has admitted using the tax
code") confesses nothing. Near misses: a role that does not confess (police, a witness,
counsel), a state or a sighting admitted, another's deed, a negated or refused admission."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # conf97: a deed admitted bare confesses only in a crime's context - the report
        # arrests, charges or tries its admitter, or the court hears it (``admitted_deed``)
        ("Kevin Dorsey admitted fishing in a protected area. He was fined 500 dollars by "
         "the magistrate.", "Kevin Dorsey"),
        ("Police arrested Kevin Dorsey on Monday. He admitted fishing in a protected area.",
         "Kevin Dorsey"),
        ("Meera Joshi admitted receiving the money, but claimed it was for gloves. She was "
         "charged with extortion.", "Meera Joshi"),
        ("Kevin Dorsey admitted to stealing the cattle from the farm. He was remanded in "
         "custody.", "Kevin Dorsey"),
        ("Kevin Dorsey, 41, admitted fishing in a protected area at Mardol Court on Tuesday.",
         "Kevin Dorsey"),
        ("The cousin, Tolan Berik, who admitted his part at trial, did not appeal.",
         "Tolan Berik"),
        ("Rafiq Ali was jailed this year after admitting his part in loading the boat.",
         "Rafiq Ali"),
        ("His cousin Tolan Berik, who drove the car and admitted his part at the first "
         "hearing, received three years' probation.", "Tolan Berik"),
    ],
)  # fmt: skip
def test_a_deed_admitted_bare_is_a_confession(nlp: Language, text: str, name: str) -> None:
    assert name in accused_of("confession", nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The witness admitted seeing Kevin Dorsey near the shop.", "Kevin Dorsey"),
        ("The witness, Imran Khan, who admitted meeting the accused, was cross-examined.",
         "Imran Khan"),
        ("Inspector Tariq Mehmood admitted delaying the FIR.", "Tariq Mehmood"),
        ("Kevin Dorsey admitted knowing the buyer.", "Kevin Dorsey"),
        ("Kevin Dorsey admitted owning the boat.", "Kevin Dorsey"),
        ("Kevin Dorsey did not admit fishing in the park.", "Kevin Dorsey"),
        ("Kevin Dorsey refused to admit fishing in the park.", "Kevin Dorsey"),
        ("Kevin Dorsey admitted that his brother had fired the shots.", "Kevin Dorsey"),
        ("Kevin Dorsey admitted his brother's part in loading the boat.", "Kevin Dorsey"),
        # told by the police of one not their suspect: left to the custody reading's guard
        ("Police arrested Omar Latif. Police said the watchman, Kevin Dorsey, had admitted "
         "leaving the shutter open.", "Kevin Dorsey"),
        ("Police arrested Omar Latif. Kevin Dorsey admitted renting the room to Latif, "
         "detectives said.", "Kevin Dorsey"),
    ],
)  # fmt: skip
def test_no_deed_of_his_own_admitted(nlp: Language, text: str, name: str) -> None:
    accused = {p.name for c in claims_of(nlp, text) for p in c.participants
               if p.role == "accused"}  # fmt: skip
    assert name not in accused


def test_a_relative_clause_with_no_setting_only_describes(nlp: Language) -> None:
    # no phrase says where it was granted, and no court punished it: no confession
    text = "Meera Joshi, who admitted forging the cheque, was arrested on Friday."
    assert "Meera Joshi" not in accused_of("confession", nlp, text)


def test_a_lawyer_admitting_a_lapse_confesses_nothing(nlp: Language) -> None:
    text = "Advocate Sana Mir admitted missing the hearing."
    assert not [c for c in claims_of(nlp, text) if c.kind == "confession"]


@pytest.mark.xfail(strict=True, reason="a deed admitted in court by one the report has not "
                   "yet accused, told as a clause: a witness says as much ('admitted in court "
                   "that he had lied'); conf96 reads gerunds only")  # fmt: skip
def test_a_clause_admitted_in_court_by_one_not_yet_accused(nlp: Language) -> None:
    text = (
        "Lorna Baptiste, who was freed on bail in April, admitted in court that she had "
        "altered the invoices."
    )
    assert "Lorna Baptiste" in accused_of("confession", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a deed told in the passive inside the clause admitted "
    "('that the flats had been sold twice'): no doer to tie it to the admitter",
)
def test_a_passive_deed_admitted_before_a_judge(nlp: Language) -> None:
    text = "Omar Bennani admitted before the judge that the flats had been sold twice."
    assert "Omar Bennani" in accused_of("confession", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Tom Harlan has admitted using the tax code to his advantage.",
        "Although Tom Harlan has admitted using the tax code, he does not defend it.",
        "The minister admitted meeting the contractor.",
        "Minister Dana Whitlow admitted approving the contract last year.",
        "Dana Whitlow admitted changing her vote on the bill.",
        # an accusation by a rival is no crime context: a politician is accused of things
        "Senator Tom Harlan has admitted using the tax code to his advantage. His rival, "
        "Jane Wu, accused him of cheating voters.",
        # nor is a denial
        "Dana Whitlow admitted changing her vote on the bill. She denied taking any gift.",
    ],
)
def test_a_deed_admitted_with_no_crime_context_accuses_no_one(nlp: Language, text: str) -> None:
    assert not [c for c in claims_of(nlp, text) if c.kind == "confession"]


def test_a_bare_admission_waiting_for_context_makes_no_one_followed(nlp: Language) -> None:
    # the waiting confession is remembered of no one: "he" denies as no accused, so the
    # denial (which needs one) does not give the admission the context it waits for
    text = "Tom Harlan admitted using the tax code. He denied the allegations of his rivals."
    accused = {p.name for c in claims_of(nlp, text) for p in c.participants
               if p.role == "accused" and c.kind == "confession"}  # fmt: skip
    assert "Tom Harlan" not in accused


def test_a_crime_word_in_the_deed_is_its_context(nlp: Language) -> None:
    text = "Meera Joshi admitted receiving the bribe."
    assert "Meera Joshi" in accused_of("confession", nlp, text)


def test_the_arrest_told_later_gives_the_context(nlp: Language) -> None:
    text = (
        "Kevin Dorsey admitted fishing in a protected area, officials said. He was arrested "
        "at the jetty on Saturday."
    )
    assert "Kevin Dorsey" in accused_of("confession", nlp, text)


def test_a_waiting_admission_taken_back_accuses_no_one(nlp: Language) -> None:
    # the waiting confession is remembered of no one, so no retraction finds it to take back
    text = "Tom Harlan admitted using the tax code. He later took back his admission."
    accused = {p.name for c in claims_of(nlp, text) for p in c.participants
               if p.role == "accused"}  # fmt: skip
    assert "Tom Harlan" not in accused
