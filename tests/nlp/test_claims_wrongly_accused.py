"""People wrongly read as accused (prec35), on invented sentences: a name the parser hung on
a noun that already has its name (``listed_names.apposed_nearer``, on parses built by hand,
which the small parser makes only for some names), the police a remand is granted to
(``given_to``), a verdict told by a party (``party_told``), one placed among the victims
(``among_victims``)."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.given_to import given_to_custodians
from corroborate.nlp.claims.listed_names import apposed_nearer
from corroborate.nlp.claims.party_told import told_by_a_party
from tests.nlp.test_claims import accused_of


def _doc(words: str, heads: list[int], deps: str, pos: str) -> Doc:
    return Doc(
        spacy.blank("en").vocab,
        words=words.split(),
        heads=heads,
        deps=deps.split(),
        pos=pos.split(),
    )


def test_a_second_name_after_a_cousin_renames_the_cousin_not_the_brother() -> None:
    # "Farid" parsed as a second apposition of "brother", across "... murder of their cousin,"
    doc = _doc(
        "sentenced Goran to death and his brother Luka to life imprisonment for the murder "
        "of their cousin , farmer Farid .",
        [0, 0, 0, 2, 0, 6, 0, 6, 6, 8, 6, 10, 13, 11, 13, 16, 14, 6, 19, 6, 0],
        "ROOT dobj prep pobj cc poss conj appos prep pobj appos prep det pobj prep poss pobj "
        "punct compound appos punct",
        "VERB PROPN ADP NOUN CCONJ PRON NOUN PROPN ADP NOUN NOUN ADP DET NOUN ADP PRON NOUN "
        "PUNCT NOUN PROPN PUNCT",
    )
    assert apposed_nearer(doc[6], doc[19])
    assert not apposed_nearer(doc[6], doc[7])  # "his brother Luka": Luka is the brother


def test_a_name_after_a_title_in_an_of_phrase_is_the_titled_one() -> None:
    # "jailed Harsh, son of MP Kailash Sethi", "Sethi" parsed as an apposition of "son"
    doc = _doc(
        "jailed Harsh , son of MP Kailash Sethi , for life .",
        [0, 0, 1, 1, 3, 4, 7, 3, 1, 0, 9, 0],
        "ROOT dobj punct appos prep pobj compound appos punct prep pobj punct",
        "VERB PROPN PUNCT NOUN ADP PROPN PROPN PROPN PUNCT ADP NOUN PUNCT",
    )
    assert apposed_nearer(doc[3], doc[7])
    assert not apposed_nearer(doc[1], doc[3])  # "Harsh, son of ...": the son is Harsh


def test_a_remand_granted_to_investigators_holds_someone_else(nlp: Language) -> None:
    doc = nlp("The judge granted the CBI a five-day custody extension.")
    given = next(t for t in doc if t.dep_ == "dative")
    assert given_to_custodians(given)
    assert accused_of("ruling", nlp, doc.text) == set()


def test_a_verdict_confirmed_by_a_prosecutor_is_told_not_ruled(nlp: Language) -> None:
    lex = legal()
    told = nlp("Public prosecutor Amara Obi confirmed the verdict to the wire service.")
    ruled = nlp("Justice Amara Obi confirmed the verdict against Kwame Asante.")
    assert told_by_a_party(next(t for t in told if t.lemma_ == "confirm"), lex)
    assert not told_by_a_party(next(t for t in ruled if t.lemma_ == "confirm"), lex)


def test_one_among_the_victims_is_not_arrested_by_his_own_description(nlp: Language) -> None:
    text = "Among the victims, Sione Havili, who was detained at the border, said he was broke."
    assert accused_of("arrest", nlp, text) == set()
    guard = "Among the crew, Sione Havili, who was detained at the border, denied smuggling."
    assert accused_of("arrest", nlp, guard) == {"Sione Havili"}
