"""A lede that tells of one unnamed person, named in the next sentence
(``nlp/claims/ledes.py``), on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.extract import analyse_documents
from corroborate.records import Document
from tests.nlp.test_claims import accused_of, claims_of


def _accused(found: list, kind: str) -> set[str]:
    return {p.name for c in found if c.kind == kind for p in c.participants
            if p.role == "accused"}  # fmt: skip


def test_an_unnamed_member_of_a_body_confessing_is_the_one_named_next(nlp: Language) -> None:
    # "a member of the Eastern Freedom Party" is one unnamed person, not the party's
    # members: the confession and the arrest are the man the next sentence names
    found = claims_of(
        nlp,
        "The Varrow police on Sunday said that a member of the Eastern Freedom Party (EFP) "
        "arrested in Kellsby had confessed to killing two night watchmen. "
        "Osric Palmer alias Spark was detained in a raid on a flat near the canal, a police "
        "spokesman said.",
    )
    assert _accused(found, "confession") == {"Osric Palmer"}, found
    assert "Eastern Freedom Party" not in _accused(found, "arrest"), found


def test_a_bare_unnamed_confessor_is_not_bound_to_the_next_name(nlp: Language) -> None:
    # only one read as a body's members is ("a worker of the UHF ... had confessed"): bound
    # to whoever the next sentence names, a bare "a labourer confessed" listed officials and
    # relatives as accused on a blind set (docs/claims.md, the lead's merge of ex24)
    found = claims_of(
        nlp,
        "A farm labourer has confessed to poisoning his employer's cattle, police said. "
        "Dorian Hatch, 52, lost forty cows.",
    )
    assert "Dorian Hatch" not in _accused(found, "confession"), found


def test_members_counted_stay_a_group(nlp: Language) -> None:
    # a counted plural of members is the group's, not one person the next sentence names
    found = claims_of(
        nlp,
        "Police arrested 40 workers of the Eastern Freedom Party on Sunday. "
        "Osric Palmer, the alliance's leader, condemned the arrests.",
    )
    assert "Osric Palmer" not in _accused(found, "arrest"), found


def test_a_counted_lede_identified_in_its_own_sentence_waits_for_no_names(
    nlp: Language,
) -> None:
    # "two suspects identified as X and Y" are named there, however NER took the names: the
    # next sentence's two suspects are others
    text = (
        "KARACHI: The Coast Police have arrested seven suspects, including members of a gang "
        "based in Old Wharf, during targeted operations in the city.\n\nAccording to a police "
        "spokesperson, the force carried out a targeted raid in the Harbour Town area and "
        "arrested two suspects identified as Bilal alias Chacha and Irfan alias Toota. They "
        "are allegedly associated with the Old Wharf gang and were running a gambling den in "
        "the area.\n\nThe police also raided a location in Salt Town and arrested two "
        "suspected criminals, Nadeem Qureshi alias Kala and Sohail Akhtar alias Bunty. They are "
        "allegedly involved in multiple cases of street crime.\n\nDuring raids carried out in "
        "the Fishgate and Kellsby areas, the police apprehended three suspected burglars. They "
        "were identified as Tahir Rasool alias Mota, Owais alias Chand and Kashif Nadeem."
    )
    # the whole document's reading (its dateline and paragraphs), as a report is read
    [analysis] = analyse_documents([Document("d", text)], nlp)
    found = analysis.claims
    second = text.index("According")
    lede = [c for c in found if c.kind == "arrest" and c.start == second]
    assert not [p for c in lede for p in c.participants if p.name == "Nadeem Qureshi"], found


def test_a_plural_lede_told_by_a_bare_participle_after_court(nlp: Language) -> None:
    """ "Three men appeared in court charged with murder. X, 24, Y, 21, and Z, 22, all of
    Laventown, were not called upon to plead": the participle's unnamed group is the
    subject of the clause it hangs on; "all of" a place is where the list is from, no
    item of it."""
    text = (
        "Three men appeared in court yesterday charged with the murder of a drummer. "
        "Keron Ashby, 24, Devon Layne, 21, and Tyrell Mapp, 22, all of Laventown, were not "
        "called upon to plead."
    )
    assert accused_of("charge", nlp, text) >= {"Keron Ashby", "Devon Layne", "Tyrell Mapp"}


@pytest.mark.parametrize(
    ("text", "kind", "outcome", "names"),
    [
        (
            "A shopkeeper and his driver were convicted on Friday of selling stolen phones. "
            "Rajesh Menon, 44, and Arun Pillai, 23, were jailed for two years each.",
            "ruling",
            "convicted",
            {"Rajesh Menon", "Arun Pillai"},
        ),
        (
            "A teacher and a bus driver were acquitted on Thursday of assaulting a pupil. "
            "Maria Gonzalez and Peter Johnson wept in the dock.",
            "ruling",
            "acquitted",
            {"Maria Gonzalez", "Peter Johnson"},
        ),
        (
            "A landlord and his agent have been charged with fraud. The landlord, Peter "
            "Johnson, and the agent, David Clarke, will appear in court next month.",
            "charge",
            None,
            {"Peter Johnson", "David Clarke"},
        ),
    ],
)
def test_a_lede_of_unnamed_people_joined_by_and_is_named_next(
    nlp: Language, text: str, kind: str, outcome: str | None, names: set[str]
) -> None:
    """ "A bakery owner and his driver were acquitted ... The owner, X, and the driver, Y,
    ...": a co-ordination of singular unnamed people counts them as "two men" does."""
    assert accused_of(kind, nlp, text, outcome=outcome) == names


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence names three: not the two the lede told of
        "A shopkeeper and his driver were convicted on Friday of selling stolen phones. "
        "Rajesh Menon, Arun Pillai and Suresh Nair ran the market stall.",
        # a name in the lede's own phrase names one of them there
        "A shopkeeper and his driver, Arun Pillai, were convicted on Friday of selling stolen "
        "phones. Rajesh Menon and Suresh Nair testified against them.",
    ],
)
def test_a_lede_pair_binds_no_other_names(nlp: Language, text: str) -> None:
    assert not accused_of("ruling", nlp, text, outcome="convicted") & {
        "Rajesh Menon",
        "Suresh Nair",
    }
