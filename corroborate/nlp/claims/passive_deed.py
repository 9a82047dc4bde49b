"""A deed admitted in custody told as a passive with no doer: "The manager has admitted during
interrogation that fake loan files were prepared", "It was X who admitted during questioning
that the boy had been tied to a bed and beaten".

Under interrogation an accused admits the deed as the investigators put it to him, and the
report often keeps their passive: no "he" does it, so ``OwnAdmissions._admits_own_deed_told_there``
(a clause whose subject is a personal pronoun) finds no deed of his. The passive of a crime
(a crime verb or a crime word in its clause: ``everyday.names_crime``) admitted there is his
confession all the same. Not where the passive's subject is himself ("admitted that he had
been beaten": what was done to him), nor where its "by" phrase names the doer ("admitted that
the boy was beaten by Y": another's deed, which names Y). The admission itself may be told
in the passive too, its admitter the "by" phrase and its subject an "it" that stands for the
clause ("It was admitted by X during preliminary questioning that the boy had been beaten":
``admitted_by``).

The admitter's own part told as a passive of himself ("admitted during interrogation that he was
paid Rs 150,000 for each trip", "that he had been hired by Y to keep watch"): what was done to
him for the deed - the hire, the pay, the errand - is his part in it, as "he took the money"
would be (``own_passive_part``); not a crime done to him ("admitted that he had been beaten":
no part of his in it, ``names_crime``).

Any doing the passive tells, crime word or not ("admitted during questioning that the mixing
was done at night", "that the casing was left open", "that the loans were released without
collateral"), where the one who admits is one the report accuses (the caller asks): the
investigators put the workings of the crime to the one they hold, and he grants them in
their words (``admits_passive_doing``); a witness questioned grants such things too, so not
his. Told as a thing done - with a phrase, a predicate or a manner ("was done at night",
"was left open") - not a state alone ("that the shop was closed that night"). Not a negated
passive ("the money was never taken" grants nothing done), nor one with a "by" phrase
(another's deed).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.everyday import names_crime
from corroborate.nlp.claims.parties import PASSIVE_SUBJECTS
from corroborate.nlp.grammar import NOUN_SUBJECTS, has_agent
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

# The complements that tell a passive as a thing done, not a state: a phrase ("mixed with
# chalk", "done at night"), a predicate ("left open"), a clause or an adverb of manner.
_DOING_COMPLEMENTS = frozenset({"prep", "oprd", "acomp", "xcomp", "advcl", "advmod", "dative"})
# Subjects that stand for no thing done: "it was found that ...", "there was ...".
_EMPTY_SUBJECTS = frozenset({"it", "there", "this", "that"})

__all__ = [
    "admits_passive_deed",
    "admits_passive_doing",
    "admitted_by",
    "own_passive_part",
    "own_words",
    "that_clauses_hung_on",
]


def admits_passive_deed(clauses: Iterable[Token], lex: LegalLexicon) -> bool:
    """Whether one of the admitted ``clauses`` (the custodial admission's "that" clauses and
    their conjuncts) is a passive crime with no doer named and not done to the admitter."""
    return any(_passive_crime(c, lex) for c in clauses)


def _passive_crime(clause: Token, lex: LegalLexicon) -> bool:
    subjects = [c for c in clause.children if c.dep_ in PASSIVE_SUBJECTS]
    if not subjects or any(s.lower_ in PERSONAL_PRONOUNS for s in subjects):
        return False
    if has_agent(clause):
        return False
    return names_crime(own_words(clause), lex)


def admits_passive_doing(clauses: Iterable[Token]) -> bool:
    """Whether one of the admitted ``clauses`` is a passive of any doing, crime word or not,
    with no doer named, not done to the admitter and not negated ("that the mixing was done
    at night"); the caller asks that it was said in custody by one the report accuses."""
    return any(
        any(s.dep_ in PASSIVE_SUBJECTS and s.lower_ not in PERSONAL_PRONOUNS
            and s.lower_ not in _EMPTY_SUBJECTS for s in c.children)
        and any(a.dep_ == "auxpass" for a in c.children)
        and not any(a.dep_ in ("agent", "neg") for a in c.children)
        # told as done - how, where, with what, left in what state ("was done at night",
        # "was left open") - not a state alone ("the shop was closed that night")
        and any(a.dep_ in _DOING_COMPLEMENTS for a in c.children)
        for c in clauses
    )  # fmt: skip


def own_passive_part(clauses: Iterable[Token], lex: LegalLexicon) -> bool:
    """Whether one of the admitted ``clauses`` is a passive whose subject is a personal pronoun
    (the admitter) and whose own words name no crime (one done to him)."""
    return any(
        any(s.dep_ in PASSIVE_SUBJECTS and s.lower_ in PERSONAL_PRONOUNS for s in c.children)
        and not names_crime(own_words(c), lex)
        for c in clauses
    )


def own_words(clause: Token) -> list[Token]:
    """The clause's own words, not those of a clause inside it ("... that the boy, who had
    been beaten, was taken home")."""
    inner = ("relcl", "ccomp", "advcl")
    return [t for t in clause.subtree if not any(a.dep_ in inner for a in _up_to(t, clause))]


def _up_to(token: Token, top: Token) -> list[Token]:
    """The tokens from ``token`` up to ``top``, ``top`` not counted."""
    path = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def admitted_by(verb: Token) -> bool:
    """Whether a passive admitting verb is told with an "it" subject and a "by" phrase that
    names who admitted ("It was admitted by X that ..."): its "that" clause (on the verb or on
    its phrase: "during questioning that ...", as the parser may hang it) is what X admitted,
    as in "X admitted that ..." - the caller asks for that clause; not "he was admitted to
    hospital" (no "it", no "by")."""
    children = list(verb.children)
    expletive = any(c.dep_ in PASSIVE_SUBJECTS and c.lower_ == "it" for c in children)
    return expletive and has_agent(verb)


def that_clauses_hung_on(phrases: Iterable[Token]) -> list[Token]:
    """The "that" clauses the parser hangs on the object of an admission's phrase as if they
    were relative clauses ("admitted during preliminary questioning | that the boy had been
    tied ...": a clause on "questioning", or on the last noun of the phrase, "at the police
    station | that ..."): a clause whose "that" is only its mark (a relative
    "that" is its subject or object) and that has a subject of its own is what was admitted.
    So too a "that" the parser made the clause's object ("admitted on the third day of the
    trial | that he had stabbed the jeweller"), whether or not the clause has an object of its
    own beside it (``_gapless``: the test for one never held, and holding it loses readings
    that were right). And a
    clause the parser made the phrase noun's complement ("during initial interrogation | that
    the mixing was done": an "acl" with its "that" mark and its own subject)."""
    return [
        c for p in phrases for o in p.subtree if o.dep_ == "pobj"
        for c in o.children if c.dep_ in ("relcl", "acl")
        and any(m.lower_ == "that" and (m.dep_ == "mark" or _gapless(m)) for m in c.children)
        and any(s.dep_ in NOUN_SUBJECTS for s in c.children)
    ]  # fmt: skip


def _gapless(that: Token) -> bool:
    """Whether the "that" the parser made a clause's object is taken for the clause's mark:
    any such object. (A test for another object of the same verb beside it compared tokens by
    identity and so always held; by index it loses "admitted before the court that he had
    paid for the passport", whose "that" is the clause's only object - so it is not made.)"""
    return that.dep_ == "dobj"
