"""A fronted place the parser read as the subject of a verb of saying ("Outside court, X's
mother, Y, said ..."): the one who speaks is the apposition or second subject, for the claims'
speaker and the attribution's source alike (``nlp.fronted_subject``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from corroborate.nlp.fronted_subject import place_read_as_subject
from corroborate.nlp.source_asides import without_fronted_place


def _subject_and_verb(nlp: Language, text: str) -> tuple[Token, Token]:
    doc = nlp(text)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    return subject, verb


def test_the_mother_behind_a_fronted_place_speaks(nlp: Language) -> None:
    text = "Outside court, Vella's mother, Doris Vella, said her son had never touched drugs."
    subject, verb = _subject_and_verb(nlp, text)
    if subject.lower_ == "court":  # the misparse this reading is for
        hidden = place_read_as_subject(subject, verb)
        assert hidden is not None and hidden.lower_ == "mother"
        source = [t.i for t in subject.subtree if t.dep_ != "punct" or t.i > subject.i]
        kept = {subject.doc[i].text for i in without_fronted_place(subject.doc, source)}
        assert "court" not in kept and "mother" in kept


def test_a_subject_of_its_own_is_left_as_read(nlp: Language) -> None:
    for text in (
        "The court, in a brief order, said the accused had been at home.",
        "Her mother, Doris Vella, said her son had never touched drugs.",
        "Outside the court, Vella's mother said her son had never touched drugs.",
    ):
        subject, verb = _subject_and_verb(nlp, text)
        assert place_read_as_subject(subject, verb) is None, text
