"""A fronted place the parser read as the subject: "Outside court, X's mother, Y, said ...".
The parser takes the sentence's opening preposition for an adjective of a bare noun ("Outside"
of "court") and that noun for the subject of the verb of saying, so the attribution's source
and the claims' speaker became "court" - a court speaking, where the mother speaks. Shared by
the attribution roles (``nlp.roles.source_of``) and the claims' speaker (``SpokenFor``), so
one reading decides who speaks.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.grammar import OWN_SUBJECT_DEPS
from corroborate.nlp.person_words import person_word

__all__ = ["fronted_apposed", "place_read_as_subject"]


def place_read_as_subject(subject: Token, verb: Token) -> Token | None:
    """ "Outside court, X's mother, Y, said ...", "Outside court, a solicitor for X read a
    statement ...": the parser reads the fronted preposition as an adjective of a bare noun
    and that noun as the verb's subject, the one who speaks hung on it as an apposition (or
    a conjunct) or made a second subject of the same verb. The speaker is that one. Only a
    bare noun whose one modifier opens the sentence and which a comma closes ("Outside
    court,"): a subject of its own is never cut off from its verb so."""
    doc = subject.doc
    if subject.pos_ != "NOUN" or subject.i < 1 or subject.i + 1 >= len(doc):
        return None
    opener = doc[subject.i - 1]
    if opener.i != subject.sent.start or opener.head.i != subject.i:
        return None
    if opener.dep_ not in ("amod", "advmod") or doc[subject.i + 1].text != ",":
        return None
    second = [c for c in verb.children
              if c.dep_ == "nsubj" and subject.i < c.i < verb.i]  # fmt: skip
    if second:
        return second[0]
    # (the parser hangs the name as an apposition, or as a conjunct the comma joins)
    named = [c for c in subject.children if c.dep_ in ("appos", "conj") and c.i < verb.i]
    return next((c for c in named if person_word(c)), None)


def fronted_apposed(name: Token) -> bool:
    """ "Outside the court, Thapa, who had been suspended, embraced his wife", "After the
    hearing, Okafor, looking tired, left": the parser hangs the clause's subject, set off by
    its own commas, as an apposition on the object of the preposition that opens the
    sentence, and the clause's verb is left with no subject. The name is that subject, and
    no court, hearing or station it was hung on describes it. Only where the preposition
    opens the sentence and hangs on a verb after the name that has no subject of its own
    ("Before the judge, Ms Rao, the accused kept silent": the judge renamed, a subject
    there)."""
    if name.dep_ != "appos" or name.head.dep_ != "pobj":
        return False
    preposition = name.head.head
    verb = preposition.head
    if preposition.dep_ != "prep" or preposition.i != name.sent.start:
        return False
    if verb.pos_ not in ("VERB", "AUX") or verb.i < name.i:
        return False
    return not any(c.dep_ in OWN_SUBJECT_DEPS for c in verb.children)
