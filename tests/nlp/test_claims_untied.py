"""An accused told only by "the NOUN" for a person that the report ties to no name is kept on
the claim as an untied description (``Claim.described``, ``nlp/claims/untied.py``), never as
a party or a name; the noun a report writes beside a person is kept on the mention
(``Mention.description``, read by ``read_claims``). Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims import read_claims
from corroborate.nlp.mentions import find_mentions
from corroborate.records import Claim
from tests.nlp.test_claims import claims_of


def _described(claims: list[Claim], kind: str, outcome: str | None = None) -> set[str]:
    return {
        d.noun
        for c in claims
        if c.kind == kind and (outcome is None or c.outcome == outcome)
        for d in c.described
    }


def _named(claims: list[Claim]) -> set[str]:
    return {p.name for c in claims for p in c.participants}


# --- the untied description kept, in paraphrases --------------------------------------


def test_an_untied_agent_who_withdrew_his_confession(nlp: Language) -> None:
    claims = claims_of(nlp, "At the trial the courier withdrew the confession he had made.")
    assert _described(claims, "retraction") == {"courier"}
    assert not any(n.startswith("(") or "courier" in n for n in _named(claims))


def test_an_untied_co_accused_joined_by_and_shares_the_named_one_s_step(nlp: Language) -> None:
    # the sentence's reading found an accused for "sentenced" (Henrik Solberg): it stands,
    # and the untied "dealer" co-ordinated with him shares the step, never in his place
    text = "The tribunal sentenced the dealer and the cashier, Henrik Solberg, to five years."
    claims = claims_of(nlp, text)
    ruling = [c for c in claims if c.kind == "ruling" and c.outcome == "sentenced"]
    assert [p.name for c in ruling for p in c.participants] == ["Henrik Solberg"]
    assert _described(claims, "ruling", "sentenced") == {"dealer"}


@pytest.mark.parametrize(
    ("text", "kind", "outcome", "noun", "named"),
    [
        # the noun first, the name beside another noun ("the clerk, X")
        ("The sessions court sentenced the agent and the clerk, Tariq Mehmood, to seven "
         "years each.", "ruling", "sentenced", "agent", "Tariq Mehmood"),
        # the noun and a bare name, the court's many verbs
        ("The court acquitted the watchman and Sanjay Verma for want of evidence.",
         "ruling", "acquitted", "watchman", "Sanjay Verma"),
        ("The judge jailed the foreman and Pieter Brouwer for three years.",
         "ruling", "sentenced", "foreman", "Pieter Brouwer"),
        ("The additional sessions judge granted bail to the storekeeper and Ramesh Thapa.",
         "ruling", "bail", "storekeeper", "Ramesh Thapa"),
        ("The district court in Kathmandu remanded the broker and Bikash Karki to custody.",
         "ruling", "remanded", "broker", "Bikash Karki"),
        ("A Khulna court placed the driver and his helper, Kamal Uddin, on a five-day remand.",
         "ruling", "remanded", "driver", "Kamal Uddin"),
        ("The High Court upheld the conviction of the driver and Gulzar Baloch.",
         "ruling", "upheld", "driver", "Gulzar Baloch"),
        # the parse hangs the noun on the name ("the courier/nmod and ... Novak")
        ("The district court in Brno convicted the courier and Tomas Novak of fraud.",
         "ruling", "convicted", "courier", "Tomas Novak"),
        # the name first; the police's step as well as a court's
        ("Tomas Hruby and the courier were convicted of fraud on Friday.",
         "ruling", "convicted", "courier", "Tomas Hruby"),
        ("Police arrested the cashier and Jiri Kolar on Monday.",
         "arrest", "arrested", "cashier", "Jiri Kolar"),
    ],
)  # fmt: skip
def test_an_untied_co_accused_in_paraphrases(
    nlp: Language, text: str, kind: str, outcome: str, noun: str, named: str
) -> None:
    claims = claims_of(nlp, text)
    assert _described(claims, kind, outcome) == {noun}, text
    assert named in _named([c for c in claims if c.kind == kind and c.outcome == outcome])
    assert not any(n.startswith("(") for n in _named(claims))


@pytest.mark.parametrize(
    "text",
    [
        # the noun joined to no accused: victims, the bench, counsel, a bystander
        "The agent and the guard were injured in the attack, police said.",
        "The judge and the prosecutor questioned Henrik Solberg.",
        "The lawyer and his client, Henrik Solberg, left the court.",
        "The magistrate and the clerk, Tariq Mehmood, signed the order.",
        # no one of the noun's own: counted, "a", "his", "the second"
        "The court sentenced the two drivers and Shahid Iqbal.",
        "The court sentenced a driver and Shahid Iqbal.",
        "The court sentenced his driver and Shahid Iqbal.",
        "The court sentenced the second driver and Shahid Iqbal.",
        # joined by "or", "but not": not the same part of the step
        "The court will sentence the driver or Shahid Iqbal on Monday.",
        "The court sentenced Shahid Iqbal but not the driver.",
    ],
)
def test_no_untied_co_accused_where_the_noun_shares_no_accused_s_step(
    nlp: Language, text: str
) -> None:
    claims = claims_of(nlp, text)
    assert not any(c.kind in ("ruling", "arrest") and c.described for c in claims), text


def test_the_followed_accused_of_a_description_s_denial_stays(nlp: Language) -> None:
    text = (
        "The court granted bail to Henrik Solberg on Monday. The 40-year-old courier has "
        "denied all the allegations."
    )
    claims = claims_of(nlp, text)
    denial = [c for c in claims if c.kind == "denial"]
    assert {p.name for c in denial for p in c.participants} == {"Henrik Solberg"}
    assert not any(c.described for c in claims)


def test_bail_granted_to_an_untied_description(nlp: Language) -> None:
    for text in (
        "The magistrate released the courier on bail on Friday.",
        "The courier was granted bail on Friday.",
    ):
        assert _described(claims_of(nlp, text), "ruling", "bail") == {"courier"}, text


def test_an_untied_description_denies_the_charge(nlp: Language) -> None:
    claims = claims_of(nlp, "The storekeeper denied the charge before the bench.")
    assert _described(claims, "denial") == {"storekeeper"}


def test_the_noun_beside_a_name_is_kept_on_its_mention(nlp: Language) -> None:
    text = "The courier, Ola Brekke Dahl, 38, was arrested at the ferry terminal on Monday."
    doc = nlp(text)
    mentions = find_mentions(doc)
    _, _, nouns = read_claims(doc, mentions)
    by_name = {m.name: nouns.get((m.start, m.end)) for m in mentions if m.type == "person"}
    assert by_name == {"Ola Brekke Dahl": "courier"}


# --- near misses: nothing untied ----------------------------------------------------


def test_a_description_the_report_ties_is_the_named_party(nlp: Language) -> None:
    text = (
        "The courier, Ola Brekke Dahl, was arrested at the ferry terminal. The courier later "
        "withdrew his confession."
    )
    claims = claims_of(nlp, text)
    retraction = [c for c in claims if c.kind == "retraction"]
    assert {p.name for c in retraction for p in c.participants} == {"Ola Brekke Dahl"}
    assert not any(c.described for c in claims)


def test_a_victim_told_by_a_description_is_no_untied_accused(nlp: Language) -> None:
    claims = claims_of(nlp, "The courier was shot dead outside the ferry terminal.")
    assert not any(c.described for c in claims)


def test_a_judge_or_a_lawyer_is_no_untied_description(nlp: Language) -> None:
    claims = claims_of(nlp, "The judge granted bail. The lawyer denied the charge.")
    assert not any(c.described for c in claims)


def test_a_thing_is_no_untied_description(nlp: Language) -> None:
    claims = claims_of(nlp, "Police said the statement was withdrawn and the van was seized.")
    assert not any(c.described for c in claims)


def test_an_indefinite_or_owned_description_is_not_untied(nlp: Language) -> None:
    text = "A courier was arrested on Monday. His driver denied the charge."
    assert not any(c.described for c in claims_of(nlp, text))


def test_one_of_two_bearers_is_left_untied_to_no_one(nlp: Language) -> None:
    text = (
        "The courier, Ola Brekke Dahl, and another courier, Jens Vik, were arrested. A "
        "magistrate granted the second courier bail."
    )
    claims = claims_of(nlp, text)
    assert not any(c.described for c in claims)


def test_a_pronoun_after_an_untied_description_is_read_as_before(nlp: Language) -> None:
    text = (
        "Henrik Solberg was arrested at the ferry terminal on Monday. The courier was "
        "questioned too. He was remanded in custody."
    )
    claims = claims_of(nlp, text)
    assert not any(n.startswith("(untied)") for n in _named(claims))


def test_reading_a_report_again_gives_the_same_records(nlp: Language) -> None:
    text = (
        "The courier, Ola Brekke Dahl, was arrested on Monday. The tribunal sentenced the "
        "dealer and the cashier, Henrik Solberg, to five years. The storekeeper denied it."
    )
    first, second = (read_claims(nlp(text), find_mentions(nlp(text))) for _ in range(2))
    assert first == second


def test_what_a_lawyer_says_of_the_noun_is_read_for_his_client(nlp: Language) -> None:
    text = (
        "Henrik Solberg, the director of the depot, was charged with fraud. His lawyer, "
        "Petter Lund, said the pharmacist was being framed by a former employee."
    )
    claims = claims_of(nlp, text)
    assert not any(c.described for c in claims)


def test_what_the_police_say_of_the_noun_is_kept_untied(nlp: Language) -> None:
    text = "Inspector Petter Lund said the courier had admitted the theft during questioning."
    assert _described(claims_of(nlp, text), "confession") == {"courier"}
