"""Signed quotations: a quotation, a dash and the name of who said it."""

from __future__ import annotations

from spacy.language import Language

from corroborate.extract import extract_text
from corroborate.nlp.pipeline import load_pipeline
from corroborate.nlp.quotes import find_quotations
from corroborate.nlp.roles import Frame, Placed
from corroborate.nlp.signed import add_signed, signed_quotations
from tests.nlp.conftest import roles_text

LETTERS = (
    "Readers wrote to the Harbour Gazette.\n\n"
    "“The new port tax will ruin us.” ― Amina Qadir\n"
    "“Nobody asked the fishermen.”― Tomas Reyes.\n"
    "“We were told nothing.”\u00a0— Port Meridian Traders Union (@pmtu), May 3\n"
)


def test_each_signed_quotation_is_attributed_to_its_signatory(nlp: Language) -> None:
    doc = nlp(LETTERS)
    found = [roles_text(LETTERS, p) for p in signed_quotations(doc, find_quotations(LETTERS))]
    assert found == [
        ("Amina Qadir", "―", "“The new port tax will ruin us.”"),
        ("Tomas Reyes", "―", "“Nobody asked the fishermen.”"),
        ("Port Meridian Traders Union", "—", "“We were told nothing.”"),
    ]


def test_dashes_that_sign_nothing_are_left_alone(nlp: Language) -> None:
    for text in (
        "“The tax is fair” — and the council agreed.",  # no name after the dash
        "“The tax is fair” — Amina Qadir said on Monday that it was not.",  # a sentence goes on
        "The tax is fair.\n\n– An immigrant himself –.\n\nShe said so.",  # no quotation before
        "“The tax is fair.”\n\n— Amina Qadir",  # the dash is on another line
    ):
        assert signed_quotations(nlp(text), find_quotations(text)) == [], text


def test_a_signature_replaces_other_attributions_of_its_quotation(nlp: Language) -> None:
    doc = nlp(LETTERS)
    quotations = find_quotations(LETTERS)
    first = quotations[0]
    guess = Placed(Frame(cue=[0]), [(0, 7)], [], [first])
    elsewhere = Placed(Frame(cue=[1]), [(8, 13)], [], [(0, 36)])
    kept = add_signed(doc, [guess, elsewhere], quotations)
    assert guess not in kept and elsewhere in kept and len(kept) == 4


def test_both_models_extract_signed_quotations(nlp: Language) -> None:
    for pipeline in (nlp, load_pipeline(None, "fast")):
        names = {a.source_name for a in extract_text(LETTERS, pipeline) if a.source_name}
        assert {"Amina Qadir", "Tomas Reyes"} <= names
