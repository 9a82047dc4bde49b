"""A count the report announced ("arrested four people") and the group words that stand for it
("for the four", "All four arrested accused"), a list item's describing participle; invented
sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.announced import (
    announced_counts,
    announced_with_others,
    definite_count,
    out_of_reach,
)
from corroborate.nlp.claims.item_phrases import opens_participle


def test_an_arrest_of_a_count_announces_it(nlp: Language) -> None:
    doc = nlp("Police in Hala have arrested four people. Three were named.")
    assert announced_counts(doc, len(doc), legal()) == {4}
    doc = nlp("Four men have been arrested over the robbery.")
    assert announced_counts(doc, len(doc), legal()) == {4}


def test_a_count_of_others_announces_nothing(nlp: Language) -> None:
    # witnesses heard, houses burnt: no group of people taken
    doc = nlp("The court heard four witnesses. Four houses were burnt.")
    assert announced_counts(doc, len(doc), legal()) == set()


def test_a_definite_count_is_counted_and_a_bare_one_is_not(nlp: Language) -> None:
    doc = nlp("The court granted a custody extension for the four.")
    four = next(t for t in doc if t.lower_ == "four")
    assert definite_count(four, legal()) == {4}
    doc = nlp("All four arrested accused were sent to police custody.")
    four = next(t for t in doc if t.lower_ == "four")
    assert definite_count(four.head if four.dep_ == "nummod" else four, legal()) == {4}
    doc = nlp("Police questioned four men at the station.")
    men = next(t for t in doc if t.lower_ == "men")
    assert definite_count(men, legal()) == set()


def test_one_absconding_is_out_of_reach(nlp: Language) -> None:
    doc = nlp("Rafiq Unar is absconding. Imtiaz Lund was arrested.")
    away = {doc[i].text for i in out_of_reach(doc, len(doc), legal())}
    assert "Unar" in away and "Lund" not in away


def test_every_conjunct_gone_into_hiding_is_out_of_reach(nlp: Language) -> None:
    doc = nlp(
        "The buyer, Naveed Bhatti, and his cousin, Kamran Bhatti, went into hiding. "
        "The clerk, Imtiaz Gondal, went to the court."
    )
    away = {doc[i].text for i in out_of_reach(doc, len(doc), legal())}
    assert {"Naveed", "Kamran"} <= away and "Gondal" not in away


def test_a_flight_before_the_window_is_not_counted(nlp: Language) -> None:
    # "after": only flights told from there on ("since the last arrest")
    doc = nlp("Rafiq Unar went into hiding. Police arrested him on Friday.")
    arrest = next(t.i for t in doc if t.lower_ == "arrested")
    assert out_of_reach(doc, len(doc), legal(), after=arrest) == set()
    assert "Unar" in {doc[i].text for i in out_of_reach(doc, len(doc), legal())}


def test_a_participle_after_a_comma_describes_the_item(nlp: Language) -> None:
    doc = nlp(
        "Those arrested are Dilli Basnet, 51, described by police as an agent; and Sita Yadav."
    )
    described = next(t for t in doc if t.lower_ == "described")
    assert opens_participle(described)
    assert not opens_participle(next(t for t in doc if t.lower_ == "arrested"))


def test_one_taken_with_others_announces_them_all(nlp: Language) -> None:
    # "along with N others" on the verb, on "along" or on a participle of the noun; "and N
    # others" a conjunct - announced apart from a plain count (``Counted`` holds it to as
    # many people as it counts)
    for text, size in (
        ("Police have arrested a port clerk posted at Varna docks along with three others.", 4),
        ("A port clerk was arrested along with two others on Monday.", 3),
        ("Police arrested a port clerk and two others on Monday.", 3),
    ):
        doc = nlp(text)
        assert announced_with_others(doc, len(doc), legal()) == {size}, text
        assert announced_counts(doc, len(doc), legal()) == set(), text


def test_others_seen_with_one_taken_are_no_count(nlp: Language) -> None:
    # a clause of what he did, not of who was taken
    doc = nlp("Police arrested a port clerk who had been seen with two others on Monday.")
    assert announced_with_others(doc, len(doc), legal()) == set()
