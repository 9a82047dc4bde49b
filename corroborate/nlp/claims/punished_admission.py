"""An admission told as the ground of a sentence: "X, who admitted ill-treating a resident,
was jailed for ten months", "Y was given a suspended sentence after admitting she had hidden
the money", "Z, who admitted possession of the drugs, was handed a two-year term".

Court reports tell a guilty plea so, in passing: the admission hangs on the clause that
punishes its admitter - a relative clause of the one sentenced, a phrase of time on the
sentencing verb, or a clause of time whose pronoun subject is the one sentenced ("X was fined
after he accepted the charge") - and what is admitted is any deed of his own, not only one
the crime words name ("washing her son's clothes" is the offence the court punished). A
court sentences on an admission made before it, so the admission is a plea (judicial). Not
where a phrase of the admission sets it elsewhere ("after admitting the theft to police",
"in a police interview": ``Settings`` reads that one), nor a negated or passive admission
("was admitted to hospital"), nor one hung on a verb that punishes no one ("X, who admitted
the affair, was found dead").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.terms import a_term
from corroborate.nlp.grammar import NOUN_SUBJECTS
from corroborate.nlp.kinds import setting_in

__all__ = ["PunishedAdmission", "punishing_head"]

# The phrases of time whose participle is the ground of the verb they hang on: "jailed after
# admitting", "sentenced on admitting", "fined upon admitting".
_OF_TIME = frozenset({"after", "on", "upon"})
# Dependents of the admission that may set where it was made ("to police", "in court",
# "during questioning").
_PHRASES = frozenset({"prep", "advcl", "npadvmod", "dative"})
# What a court's punishment reads as (the claims' labels, not words).
_PUNISHED = frozenset({"sentenced", "convicted"})
# What the admission admits: a gerund, a clause, a noun.
_ADMITTED = frozenset({"dobj", "xcomp", "ccomp", "pcomp"})


class PunishedAdmission:
    """An admission hung on its admitter's sentence: a plea."""

    # ``Reader``'s mixins define them; declared only, as a base it would reorder the
    # reader's chain (the class is last in it)
    doc: Doc
    lex: LegalLexicon
    _passive: Callable[[Token], bool]
    _jailed: Callable[[Token, str], list[Draft]]
    _received: Callable[[Token, str], list[Draft]]
    _term_awarded: Callable[[Token, str], list[Draft]]
    _phrasal: Callable[[Token, str], str]

    def _admitted_before_sentence(self, verb: Token) -> bool:
        """Whether the admitting ``verb`` is the plea its admitter was sentenced on: hung on
        a punishing verb as the relative clause of its subject ("X, who admitted ..., was
        jailed") or as a participle of time ("was jailed after admitting ..."), admitting
        something, set nowhere else by a phrase of its own, neither negated nor passive."""
        if self._passive(verb) or any(c.dep_ == "neg" for c in verb.children):
            return False
        if not any(c.dep_ in _ADMITTED for c in verb.children):
            return False  # "X, who admitted it": nothing said of what
        text = self.doc.text
        for p in verb.children:
            if p.dep_ in _PHRASES and setting_in(
                text[p.left_edge.idx : p.right_edge.idx + len(p.right_edge)]
            ) not in (None, "judicial"):
                return False  # "after admitting the theft to police" (not "at a hearing")
        punisher = punishing_head(verb)
        return punisher is not None and self._punishes(punisher)

    def _punishes(self, verb: Token) -> bool:
        """Whether ``verb`` tells a court's sentence or conviction of its subject: a ruling
        or sentencing verb that reads so ("was sentenced", "was fined"), or a punishment
        (``Punishments``: "was jailed for ten months", "was handed a two-year term", "was
        given a suspended sentence")."""
        lex = self.lex
        lemma = verb.lemma_.lower()
        if lex.ruling_verbs.get(lemma) in _PUNISHED or lex.sentencing_verbs.get(lemma) in _PUNISHED:
            return True
        if lex.verdict_verbs.get(self._phrasal(verb, lemma)) == "sentenced" and any(
            _a_sentence(o, lex) for o in verb.children if o.dep_ in ("dobj", "attr")
        ):  # "was given a suspended sentence", "was handed a two-year prison term"
            return True
        drafts = [
            *self._jailed(verb, lemma),
            *self._received(verb, lemma),
            *self._term_awarded(verb, self._phrasal(verb, lemma)),
        ]
        return any(d.outcome in _PUNISHED for d in drafts)


def _a_sentence(noun: Token, lex: LegalLexicon) -> bool:
    """A sentence a court awards, named as such: "a suspended sentence", "a prison term", "a
    fine", "14 years" (not "a decision", "a second term" in office)."""
    lemma = noun.lemma_.lower()
    if lemma in (lex.verdict_nouns | lex.fine_nouns) - lex.ruling_nouns - {"conviction"}:
        return True
    if lemma == "term":  # a prison's term, not an office's
        return any(c.lemma_.lower() in lex.prison_nouns for c in noun.children)
    return a_term(noun, lex)


def punishing_head(verb: Token) -> Token | None:
    """The verb the admission hangs on as its admitter's: "X, who admitted ..., was jailed"
    (a relative clause of the punished verb's subject) or "was jailed after admitting ..."
    (a participle of time with no subject of its own)."""
    if verb.dep_ == "relcl":
        noun = verb.head
        if noun.dep_ == "appos":  # "X's cousin, Y, who admitted ..., was jailed"
            noun = noun.head
        if noun.dep_ in NOUN_SUBJECTS and noun.head.pos_ in ("VERB", "AUX"):
            return noun.head
        return None
    if verb.dep_ == "advcl" and _of_time_by_the_same(verb):
        return verb.head if verb.head.pos_ in ("VERB", "AUX") else None
    phrase = verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and phrase.lower_ in _OF_TIME:
        if any(c.dep_ in NOUN_SUBJECTS for c in verb.children):
            return None
        return phrase.head if phrase.head.pos_ in ("VERB", "AUX") else None
    return None


def _of_time_by_the_same(verb: Token) -> bool:
    """ "was fined after he accepted the charge", "sentenced X to ten years after she admitted
    the theft": a finite clause of time whose subject is a personal pronoun - the one the
    sentence punishes, told again (a name there is someone else: "was jailed after Y
    admitted the theft" is Y's plea, not his)."""
    if not any(c.dep_ == "mark" and c.lower_ in _OF_TIME for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in NOUN_SUBJECTS]
    return bool(subjects) and all(s.tag_ == "PRP" for s in subjects)
