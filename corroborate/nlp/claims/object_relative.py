"""The name of a noun an object relative clause describes, written after the clause.

"A guard whom the FIA accused of taking bribes, X, is absconding", "Another clerk whom the
bureau named in the case, X, has not reported for duty": the relative pronoun is the
clause's object, so the clause is done to the noun it describes, and the name apposed after
the clause renames that noun - a report introduces one it accuses by what he is, then what
was done to him, then his name. The parser hangs the name on the nearest noun before it
(the clause's own object, "bribes", "case"), and when the verb's form is also a participle
("named") it often reads "the bureau named in the case" as a noun with a participle - the
clause's subject as the one named - and hangs the relative pronoun elsewhere. This module
reads both back to the noun the clause describes.

So too a clause that describes its noun by what is his ("The tehsildar whose name surfaced in
the inquiry, X, has obtained bail"): its "whose" is the noun's own, so the clause is about
the noun as an object relative is, and the name after it renames the noun, not "inquiry".
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["misread_relative_antecedent", "renames_past_a_case", "renames_the_described"]

# The relative pronouns that stand for a person as a clause's object.
_OBJECT_PRONOUNS = frozenset({"whom", "who"})


def renames_the_described(head: Token, appos: Token) -> bool:
    """Whether a name apposed after an object relative clause on ``head`` renames ``head``
    rather than the clause's last noun: ``head`` a noun with no name before the clause
    ("A guard whom ..."), the clause's object its relative pronoun and its subject of its
    own ("whom the FIA accused"), the noun before the name no person's part
    (``role_nouns``): "accused of killing his girlfriend, Y" leaves Y the girlfriend."""
    if head.pos_ != "NOUN" or any(c.dep_ == "appos" and c.i < appos.i and c.pos_ == "PROPN"
                                  for c in head.children):  # fmt: skip
        return False
    clause = next((c for c in head.children if c.dep_ == "relcl" and c.i < appos.i), None)
    whose = clause is not None and _whose_relative(clause)
    if clause is None or not (_object_relative(clause) or whose):
        return False
    if not clause.left_edge.i < appos.left_edge.i - 1 <= clause.right_edge.i + 1:
        return False
    before = appos.doc[appos.left_edge.i - 1]
    noun = appos.doc[before.i - 1] if before.text == "," else before
    lex, lemma = legal(), noun.lemma_.lower()
    # a "whose" clause may end on a person of its own ("whose van hit the girl, Y"): Y hers
    person = whose and lemma in lex.people_nouns | lex.victim_words | lex.accused_nouns
    return lemma not in lex.role_nouns and noun.pos_ != "PROPN" and not person


def renames_past_a_case(head: Token, appos: Token) -> bool:
    """Whether a name apposed right after a case noun (``charge_nouns``) that closes a
    participle on ``head`` renames ``head``: "The clerk named in the case, X, has fled",
    "A trader booked in the FIR, X" - a case or a paper never bears a person's name, so the
    name is the unnamed noun's the participle describes. Not where ``head`` is itself an
    apposition ("X, the clerk named in the case, Y": one noun, one name)."""
    if head.pos_ != "NOUN" or head.dep_ == "appos":
        return False
    participle = next((c for c in head.children if c.dep_ == "acl" and c.i < appos.i), None)
    if participle is None or participle.right_edge.i + 1 != appos.left_edge.i - 1:
        return False
    before = appos.doc[appos.left_edge.i - 1]
    noun = appos.doc[before.i - 1]
    return before.text == "," and noun.lemma_.lower() in legal().charge_nouns


def _object_relative(clause: Token) -> bool:
    """A relative clause whose object is its relative pronoun and whose subject is a noun of
    its own ("whom the FIA accused"), not the pronoun ("who accused the FIA")."""
    pronoun = any(c.dep_ == "dobj" and c.lower_ in _OBJECT_PRONOUNS for c in clause.children)
    subject = any(c.dep_ in NOUN_SUBJECTS and c.tag_ not in ("WP", "WDT") for c in clause.children)
    return pronoun and subject


def _whose_relative(clause: Token) -> bool:
    """A relative clause one of whose own nouns is owned by its "whose" ("whose name surfaced
    in the inquiry", "whose shop the police raided"): the clause tells of its noun's own."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
            p.dep_ == "poss" and p.lower_ == "whose" for p in c.children)
        for c in clause.children
    )  # fmt: skip


def misread_relative_antecedent(verb: Token) -> Token | None:
    """The noun (or the name apposed after the clause) an object relative clause describes,
    where the parser read its verb as a participle on the clause's subject: "Another clerk
    whom the bureau named in the case", parsed as "the bureau" with "named in the case" hung
    on it and "whom" on another verb.
    The participle's noun is written right after a relative pronoun that is not its own, so
    it is the clause's subject; the noun before the pronoun is the one the clause is done
    to. None for a participle on any other noun ("the man named in the case")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.i > verb.i:
        return None
    subject = verb.head
    start = subject.left_edge.i
    if start < 2:
        return None
    pronoun = verb.doc[start - 1]
    if pronoun.lower_ not in _OBJECT_PRONOUNS or pronoun.head.i == verb.i:
        return None
    described = verb.doc[start - 2]
    if described.pos_ not in ("NOUN", "PROPN"):
        return None
    # the name apposed after the clause, which the parse hangs on the clause's subject: an
    # apposition of the subject itself would come right after it, before the verb
    after = [c for c in subject.children if c.dep_ == "appos" and c.i > verb.right_edge.i]
    return after[0] if after else described
