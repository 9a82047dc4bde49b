"""Whom a verdict is on, told by its own phrase or clause: a decision an appeal court keeps or
sets aside, by whom it went against; a sentence, by the clause that gave it.

Appeal reports from civil-law courts (the Maghreb and the Gulf, Scandinavia, Latin America)
tell a conviction kept on appeal as the earlier decision confirmed: "the appeal court
confirmed the first-instance ruling against X", "confirmed the January ruling of the
district court that X was guilty of gross fraud"; common-law reports write "upheld the
decision against X". A ruling noun (``ruling_nouns``) that is not already a verdict noun
(``verdict_nouns``: "the judgment against X" is read as one) and no order (``order_nouns``:
"a deportation order against X" is another measure) is then a verdict kept or set aside,
under a verb that keeps or sets one aside (``verdict_verbs``: upheld or overturned), on
whom it is against or whom its clause says it found guilty (``verdict_adjectives``).

Not a ruling that names no one so ("upheld the ruling that the search was lawful": no
person found guilty; "confirmed the ruling": whose, the reader of owners and the clause
before decides), nor one found not guilty (an acquittal kept, which this does not read),
nor a decision given ("the court delivered its ruling", read by its content in
``Rulings._verdict_content``).

A sentence set aside or kept is named by the relative clause that tells who was given it
("overturned the eight-month sentence the district court had given X, 53, for benefit
crime"): the clause's verb awards a sentence (``verdict_verbs``: sentenced), the sentence
itself is what it gave, so a person its parse makes the clause's object (the apposed age
may move the recipient there) is the one it was given to (``given_in_clause``). Without
it, the verdict's owner is left to the report's last one ruled on - a wrong person.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.grammar import negated, prep_objects

__all__ = ["decided_against", "given_in_clause"]

# The outcomes of a verb that keeps or sets aside an earlier decision
_KEPT_OR_SET_ASIDE = frozenset({"upheld", "overturned"})
# How the parser hangs the clause of what a ruling found on its noun ("the ruling that X
# was guilty": a content clause, often parsed as a relative one)
_CONTENT_CLAUSES = frozenset({"acl", "relcl", "ccomp"})
# A clause's own subject, not the relative word ("which", "that") the parser may make it
_NAMING_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "PRP"})


def decided_against(noun: Token, outcome: str | None, lex: LegalLexicon) -> list[Token]:
    """Whom a ruling noun kept or set aside (``outcome``, the verb's) went against: the
    objects of its "against" phrase and the subjects of a clause of it that finds guilt;
    none where ``noun`` is no such ruling."""
    if outcome not in _KEPT_OR_SET_ASIDE:
        return []
    lemma = noun.lemma_.lower()
    if lemma not in lex.ruling_nouns or lemma in lex.verdict_nouns | lex.order_nouns:
        return []
    against = prep_objects(noun, ("against",))
    found = [
        s
        for c in noun.children
        if c.dep_ in _CONTENT_CLAUSES and _finds_guilt(c, lex)
        for s in c.children
        if s.dep_ == "nsubj" and s.tag_ in _NAMING_TAGS
    ]
    return [*against, *found]


def _finds_guilt(clause: Token, lex: LegalLexicon) -> bool:
    """Whether a clause says its subject was guilty ("that X was guilty of fraud"): a
    linking verb whose complement is a verdict adjective of conviction, not negated."""
    if clause.lemma_.lower() != "be" or negated(clause):
        return False
    return any(
        c.dep_ == "acomp" and lex.verdict_adjectives.get(c.lower_) == "convicted" and not negated(c)
        for c in clause.children
    )


def given_in_clause(noun: Token, lex: LegalLexicon) -> list[Token]:
    """The person a verdict noun's relative clause of awarding has as its object ("the
    sentence the court had given X"): the sentence is the thing given, so the object the
    parse gives the clause is its recipient."""
    if noun.lemma_.lower() not in lex.verdict_nouns:
        return []
    return [
        o
        for c in noun.children
        if c.dep_ == "relcl" and lex.verdict_verbs.get(c.lemma_.lower()) == "sentenced"
        for o in c.children
        if o.dep_ == "dobj" and o.pos_ == "PROPN"
    ]
