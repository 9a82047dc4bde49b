"""A claim of coercion its own sentence gives to the one whose confession it told before it:
"the judge held that the confession of X, recorded by magistrate Y, was voluntary and that
his later claim of torture was an afterthought" - "his" is X, the owner of the clause's
subject (``Pronouns._owner_subject``), and X confessed in that very sentence
(``TakenBackNouns._confessions_owned_before``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import claims_of

_STORY = (
    "KARACHI: A sessions court on Monday sentenced Faraz Haider to life for the murder of a "
    "shopkeeper but acquitted his cousin Kamil Haider. In the judgment, the judge held that "
    "the confession of Faraz recorded by Judicial Magistrate Tahir Siddiqui was voluntary "
    "and that his later claim of torture was an afterthought."
)


def _of_kind(nlp: Language, text: str, kind: str) -> set[str]:
    return {
        p.name for c in claims_of(nlp, text) if c.kind == kind
        for p in c.participants if p.role == "accused"
    }  # fmt: skip


def test_his_claim_of_torture_takes_back_the_confession_told_before_it(nlp: Language) -> None:
    assert _of_kind(nlp, _STORY, "retraction") == {"Faraz Haider"}


def test_a_claim_of_torture_with_no_confession_told_takes_nothing_back(nlp: Language) -> None:
    text = _STORY.replace("the confession of Faraz", "the evidence of the witness")
    text = text.replace("recorded by", "heard by")
    assert _of_kind(nlp, text, "retraction") == set()
