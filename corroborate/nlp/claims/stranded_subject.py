"""The subject of a passive conjunct that the parser hung on the noun list before it: "the
judge sentenced X to death and Y to life, while Z was jailed for ten years for attempted
murder and their father, W, was acquitted" - "father" read as one more object of "for"
("attempted murder and their father"), "was acquitted" as a subjectless conjunct of the
main verb. A noun joined by "and" that closes right before the conjunct's own auxiliary
("..., W, was acquitted") is its subject: a noun list never runs on into a finite "was".

And the subject the parser split from the description apposed to it: "X, the young man found
loading a tanker on the night of the raid, was acquitted" is parsed with "found" the root,
both "X" and "man" its subjects, and "was acquitted" its subjectless clause. A verb has one
subject; a name and a noun right after its comma both taken for the subject of one verb are
a name and its apposition, and the passive clause after the description's closing comma is
the name's (``subject_split_from_description``).

And the subject a reduced participle clause took from the passive after it: "His nephew X,
said by the prosecution to have collected the money, has been declared a proclaimed
offender" is parsed with "said" the root, "nephew" its subject and "has been declared" its
subjectless clause. A participle with no auxiliary right after its subject's comma describes
that subject (a verb of the clause would need no comma); the passive clause that opens after
the description's closing comma is the subject's (``subject_of_a_described_subject``).

And the subject the parser took for the object of the verb of saying before it: "She said X,
in a recorded police interview, admitted opening parcels" is parsed with "X" the object of
"said" and "admitted" its subjectless clause. A verb of saying takes a clause, not a name, for
what is said; a name right after it, closed by a comma, then a phrase set off by commas and a
clause with no subject of its own, is that clause's subject (``subject_taken_for_object``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = [
    "stranded_subject",
    "subject_taken_for_object",
    "phrases_set_off_before",
    "subject_hung_in_a_list",
    "subject_of_a_described_subject",
    "subject_split_from_description",
]

# The words that open a phrase set off between a subject and its verb ("in", "during", "when").
_OPENING = frozenset({"ADP", "SCONJ"})
# The words of a clause that may stand between such a phrase's closing comma and its verb.
_BEFORE_VERB = frozenset({"aux", "auxpass", "advmod", "neg"})
# The words that stay with a noun it names or describes ("their father, W,").
_OWN = frozenset({"appos", "compound", "flat", "amod", "poss", "det", "punct", "nummod"})


def stranded_subject(verb: Token) -> Token | None:
    """The subject the parser stranded away from ``verb``, a passive clause with no subject
    of its own: in the noun list before it, or split from its apposed description."""
    return (
        subject_hung_in_a_list(verb)
        or subject_split_from_description(verb)
        or subject_of_a_described_subject(verb)
    )


def subject_taken_for_object(verb: Token, saying: frozenset[str]) -> Token | None:
    """The name ``verb`` (an active clause with no subject of its own) takes for its subject
    where the parser made it the object of the verb of saying (``saying``, lemmas) the clause
    hangs on: "said X, in his interview with detectives, had admitted ...". The name stands
    right after the verb of saying and its phrase closes at a comma; a phrase set off by
    commas follows, and the clause begins right after its closing comma."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "advcl") or head.lemma_.lower() not in saying:
        return None
    if any(c.dep_ in NOUN_SUBJECTS or c.dep_ == "mark" for c in verb.children):
        return None
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].pos_ != "PROPN" or objects[0].left_edge.i != head.i + 1:
        return None
    name = objects[0]
    doc = verb.doc
    comma = name.right_edge.i + 1
    # the set-off phrase opens right after the name's comma ...
    if comma + 2 >= verb.i or doc[comma].text != "," or doc[comma + 1].pos_ not in _OPENING:
        return None
    # ... and closes at a comma followed only by the clause's own auxiliaries and adverbs
    close = verb.i - 1
    while close > comma and doc[close].head == verb and doc[close].dep_ in _BEFORE_VERB:
        close -= 1
    return name if close > comma + 1 and doc[close].text == "," else None


def phrases_set_off_before(verb: Token, saying: frozenset[str]) -> list[Token]:
    """The phrases set off between ``verb`` and the subject the parser took for the object
    of the verb of saying (``subject_taken_for_object``), which the parser hangs on that verb
    of saying: "said X, in a recorded police interview, admitted ..." - where the clause's
    act was done, as a phrase hung on its own verb would tell it."""
    name = subject_taken_for_object(verb, saying)
    if name is None:
        return []
    return [c for c in verb.head.children if c.dep_ == "prep" and name.i < c.i < verb.i]


def subject_hung_in_a_list(verb: Token) -> Token | None:
    """The noun that ``verb`` (a passive conjunct with no subject of its own) takes for its
    subject where the parser made it the last conjunct of a noun list just before it: the
    conjunct's first word is its auxiliary, the token before it (past commas) belongs to a
    noun joined to an earlier noun by "and" or "or", and that noun's phrase ends there."""
    if verb.dep_ not in ("conj", "ccomp") or verb.pos_ != "VERB":
        return None
    first = verb.left_edge
    if first.dep_ not in ("aux", "auxpass") or first.head.i != verb.i:
        return None
    before = first.i - 1
    while before >= 0 and verb.doc[before].is_punct:
        before -= 1
    if before < 0 or before >= verb.i:
        return None
    noun = verb.doc[before]
    while noun.dep_ in _OWN and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.pos_ == "VERB":
        return None
    if noun.right_edge.i >= first.i:
        return None
    # joined by "and"/"or" right before its phrase: "... murder and their father"
    joiner = verb.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if joiner is None or joiner.dep_ != "cc" or joiner.head.i != noun.head.i:
        return None
    # the list belongs to the clause the conjunct is joined to, not to another clause after it
    return noun if noun.i < verb.i and verb.head.i < noun.i else None


def subject_split_from_description(verb: Token) -> Token | None:
    """The name ``verb`` (a passive clause with no subject of its own, its auxiliary right
    after a comma) takes for its subject where the parser made the verb it hangs on take two
    subjects: a name, then, right after the name's comma, a noun - the name's apposition."""
    if verb.dep_ not in ("ccomp", "conj") or verb.pos_ != "VERB":
        return None
    # the comma that closes the description may be the clause's own first word
    first = next((t for t in verb.subtree if not t.is_punct), verb)
    if first.dep_ not in ("aux", "auxpass") or first.head.i != verb.i or first.i == 0:
        return None
    if not verb.doc[first.i - 1].is_punct:
        return None
    subjects = [c for c in verb.head.children if c.dep_ in NOUN_SUBJECTS]
    if len(subjects) != 2:
        return None
    name, described = subjects
    if name.pos_ != "PROPN" or described.pos_ != "NOUN" or described.i > verb.i:
        return None
    # the description begins right after a comma that ends the name's own phrase
    comma = described.left_edge.i - 1
    if comma <= name.i or verb.doc[comma].text != ",":
        return None
    if any(t.i < comma and t.dep_ not in _OWN for t in name.subtree if t.i > name.i):
        return None
    return name


def _opens_after_comma(verb: Token) -> bool:
    """``verb`` (a clause of another verb) opens with its own auxiliary right after a comma."""
    if verb.dep_ not in ("ccomp", "conj") or verb.pos_ != "VERB":
        return False
    first = next((t for t in verb.subtree if not t.is_punct), verb)
    if first.dep_ not in ("aux", "auxpass") or first.head.i != verb.i or first.i == 0:
        return False
    return verb.doc[first.i - 1].is_punct


def subject_of_a_described_subject(verb: Token) -> Token | None:
    """The noun ``verb`` (a passive clause with no subject of its own, its auxiliary right
    after a comma) takes for its subject where the parser hung it on a participle that only
    describes that noun: "X, said by police to be the cashier, was remanded" - the participle
    ("said", "believed", "seen") has no auxiliary, follows its one subject's closing comma,
    and comes before the clause."""
    if not _opens_after_comma(verb):
        return None
    head = verb.head
    if head.tag_ not in ("VBN", "VBD") or head.i >= verb.i or head.i == 0:
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None  # "X was said to ...": a clause of its own, not a description
    if verb.doc[head.i - 1].text != ",":
        return None
    subjects = [c for c in head.children if c.dep_ in NOUN_SUBJECTS]
    if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    subject = subjects[0]
    # the subject's phrase closes at the comma before the participle
    between = range(subject.right_edge.i + 1, head.i)
    if subject.i >= head.i or any(not verb.doc[i].is_punct for i in between):
        return None
    return subject
