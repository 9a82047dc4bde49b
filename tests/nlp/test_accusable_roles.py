"""``claims.accusable_roles``: the one module that asks whom a role noun keeps from being
accused by his own words - of a confessor or one who gives an order (``may_be_accused``) and
of one who admits a deed told bare (``admitter_unaccusable``). Each reading keeps its own
roles (an official may be charged, a relative may admit his part); both live here, and the
modules that read confessions and bare admissions ask them here (rev98). Invented sentences."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims import accusable_roles, admitted_deed, confessed_acts

_CLAIMS = Path(accusable_roles.__file__).resolve().parent


def _subject(nlp: Language, text: str):  # noqa: ANN202 - a spaCy token
    doc = nlp(text)
    root = next(t for t in doc if t.dep_ == "ROOT")
    return next(c for c in root.children if c.dep_ == "nsubj")


@pytest.mark.parametrize(
    ("text", "accusable"),
    [
        ("The magistrate, Tomas Ferreira, admitted that he signed the order.", False),
        ("Tomas Ferreira, the victim, confessed that he opened the door.", False),
        ("The driver, Tomas Ferreira, confessed that he opened the door.", True),
    ],
)
def test_a_court_role_or_a_victim_is_no_confessor(
    nlp: Language, text: str, accusable: bool
) -> None:
    subject = _subject(nlp, text)
    assert accusable_roles.may_be_accused(subject, legal(), confessing=True) is accusable


@pytest.mark.parametrize(
    ("text", "unaccusable"),
    [
        ("The witness admitted meeting the buyer.", True),
        ("The SHO admitted failing to register the complaint.", True),
        ("His cousin admitted loading the boat.", False),
        ("The driver admitted loading the boat.", False),
    ],
)
def test_a_bare_admission_by_a_role_other_than_kin_accuses_no_one(
    nlp: Language, text: str, unaccusable: bool
) -> None:
    subject = _subject(nlp, text)
    assert accusable_roles.admitter_unaccusable([subject], legal()) is unaccusable


def test_the_role_questions_are_asked_in_one_module_only() -> None:
    """Neither reader defines its own role check any more: the confession reader and the
    bare-admission reader import it from ``accusable_roles``."""
    for module in (admitted_deed, confessed_acts):
        assert module.__file__ is not None
        tree = ast.parse(Path(module.__file__).read_text("utf-8"))
        defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
        assert not defined & {"may_be_accused", "_admitter_unaccusable", "admitter_unaccusable"}
    assert confessed_acts.may_be_accused is accusable_roles.may_be_accused
    assert admitted_deed.admitter_unaccusable is accusable_roles.admitter_unaccusable
