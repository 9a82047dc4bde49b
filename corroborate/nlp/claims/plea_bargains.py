"""A conviction told as a plea bargain made or approved: "X entered into a plea bargain with
the bureau", "Y struck a plea deal with prosecutors", "the court approved the plea bargain of
Z", "W's plea agreement was accepted by the judge"; and an admission made by one ("V is serving
nine years after admitting his part under a plea deal": ``_admitted_by_bargain``); and an
admission told as the content of an agreement or settlement, or of making one ("concluded an
agreement with the prosecutor in which he admitted his guilt": ``_admitted_in_settlement``).

A plea bargain is a guilty plea traded for a lesser charge or term, so its maker stands
convicted, and confessed before the court, as one who pleads guilty does ("pleaded guilty"
reads both); and a sentence or conviction passed "under a plea agreement" was passed on that
plea ("X was given a suspended sentence under a plea agreement": ``_punished_by_bargain``): the
person subject of a verb of making one (``bargain_making_verbs``), or, a court approving it
(``bargain_approving_verbs``), its owner. The bargain is a noun of ``plea_bargain_nouns``
with a plea noun before it ("plea bargain", "plea deal"); one only offered, refused, sought
or possible is none (the reader's negation and modality come first, and the verbs of making
and approving name only what was done).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS, Parties
from corroborate.nlp.grammar import prep_objects

__all__ = ["PleaBargains"]

# The words that, before "which", tie a relative clause of admitting to the agreement it is
# made in: "an agreement in which he admitted", "a settlement under which he acknowledged".
_IN_WHICH = frozenset({"in", "under", "by"})

# The words that open an admission's phrase of the bargain it is made by: "under a plea deal",
# "in a plea agreement", "through a plea bargain", "as part of a plea deal".
_BY_BARGAIN = frozenset({"under", "in", "through", "as"})

# What a court's punishment reads as (the claims' labels, not words).
_PUNISHED = frozenset({"sentenced", "convicted"})


class PleaBargains(Parties):
    """Convictions told as a plea bargain made or approved."""

    def _plea_bargained(self, verb: Token, lemma: str) -> list[Draft]:
        lex = self.lex
        making = lemma in lex.bargain_making_verbs
        if not making and lemma not in lex.bargain_approving_verbs:
            return self._done_by_bargain(verb)
        held = [c for c in verb.children if c.dep_ in ("dobj", *PASSIVE_SUBJECTS)]
        held += prep_objects(verb, ("into",))  # "entered into a plea bargain"
        bargains = [b for b in held if self._plea_bargain(b)]
        if not bargains:
            return []
        if making:
            subjects = self._names_of_children(verb, ACTIVE_SUBJECTS)
            makers = [n for n in subjects if self._is_person(n)]
        else:
            makers = [n for b in bargains for n in self._owners(b) if self._is_person(n)]
        if not makers:
            return []
        return _pleaded_by_bargain(verb, makers)

    def _plea_bargain(self, noun: Token) -> bool:
        """ "a plea bargain", "the plea-bargain", "his plea deal": a bargain noun with a plea
        noun before it in its phrase."""
        lex = self.lex
        if noun.lemma_.lower() not in lex.plea_bargain_nouns:
            return False
        before = noun.doc[noun.left_edge.i : noun.i]
        return any(t.lemma_.lower() in lex.plea_nouns for t in before)

    def _done_by_bargain(self, verb: Token) -> list[Draft]:
        """ "X had returned Rs 40 million under a plea bargain approved by the court", "Y
        paid back the money as part of a plea deal": what a person does under a bargain of
        their own is the bargain carried out, so they stand convicted as its maker does. Only
        an active verb's person subject is read: "the bureau recovered the money under a plea
        bargain" names no maker, and "was offered" or "refused" a bargain is none (the
        reader's negation and modality come first; a bargain offered is no phrase of it)."""
        if verb.pos_ != "VERB" or verb.dep_ == "xcomp" or self._passive(verb):
            return []  # "refused to repay it under a plea deal": a complement, not done
        if verb.lemma_.lower() in self.lex.admission_verbs:
            return []  # an admission under a bargain: ``AnswerVerbs`` reads it
        if any(c.dep_ == "neg" for c in verb.children) or not self._admitted_by_bargain(verb):
            return []
        # "the former Assistant Controller, X, had returned ...": the name apposed to a
        # subject is the one who acts (a capitalised title may be typed a person too)
        subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
        heads = [a for s in subjects for a in s.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
        found = [n for h in heads if (n := self._name_at(h)) is not None]
        found = found or self._names_of_children(verb, ACTIVE_SUBJECTS)
        makers = [n for n in found if self._is_person(n)]
        if not makers:
            return []
        return _pleaded_by_bargain(verb, makers)

    def _punished_by_bargain(self, verb: Token, drafts: list[Draft]) -> list[Draft]:
        """ "X was given a two-year suspended sentence under a plea agreement", "Y, who was
        convicted last year under a plea agreement, testified", "the court gave Z a suspended
        sentence under a plea deal": a sentence or conviction whose own phrase (the verb's, or
        that of the sentence it gives) names a plea bargain was passed on the guilty plea the
        bargain trades, so each one it punishes (the accused of ``drafts``, the rulings
        already read from ``verb``) confessed before the court. Not a sentence merely near a
        bargain ("rejected the plea deal and was sentenced": the phrase is the verb's own)."""
        given = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        if not any(self._admitted_by_bargain(t) for t in (verb, *given)):
            return []
        punished = [
            n
            for d in drafts
            if d.kind == "ruling" and d.cue.i == verb.i and d.outcome in _PUNISHED
            for n in d.accused
            if self._is_person(n)
        ]
        if not punished:
            return []
        plea = Draft("confession", verb, "guilty_plea")
        plea.add(punished, "accused")
        return [plea]

    def _plea_under_bargain(self, verb: Token) -> bool:
        """ "X entered the plea before Judge Y under a plea agreement with the prosecutors",
        "entered his plea under an agreement with the Attorney General's office": a plea
        entered whose own phrase names a bargain is the guilty plea the bargain trades (no one
        pleads not guilty under one). The verb's object is the plea itself, so the bargain
        noun needs no plea noun of its own ("under an agreement"). A plea that tells its own
        answer ("a plea of not guilty") is read by ``_plea`` first."""
        lex = self.lex
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in lex.plea_nouns for c in verb.children):
            return False
        return any(b.lemma_.lower() in lex.plea_bargain_nouns for b in self._bargain_phrases(verb))

    def _bargain_phrases(self, verb: Token) -> list[Token]:
        """The nouns of ``verb``'s phrases that may name the bargain it is done by: "under a
        plea deal", "in a plea agreement", "as part of a plea deal" (the object of "of" under
        "part")."""
        phrases = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in _BY_BARGAIN]
        held = [o for p in phrases for o in p.children if o.dep_ == "pobj"]
        held += [o for h in held for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        return held

    def _admitted_by_bargain(self, verb: Token) -> bool:
        """ "after admitting his part under a plea deal", "admitted the offence as part of a
        plea agreement": an admission whose own phrase ("under", "in", "through", "as part
        of") names a plea bargain is made by it - a plea of guilt, in court, whatever is
        admitted ("his part" names no crime of its own). (Any act's phrase: ``_done_by_bargain``
        reads the act itself.)"""
        return any(self._plea_bargain(b) for b in self._bargain_phrases(verb))

    def _admitted_in_settlement(self, verb: Token) -> bool:
        """ "X concluded an agreement with the prosecutor in which he admitted his guilt", "Y
        agreed to a settlement in which he acknowledged driving the van", "Z had concluded a
        plea agreement with the prosecution, admitting that he drove the van", "W admitted his
        guilt under a settlement with prosecutors": an admission told as what an agreement or
        settlement of the accused holds (a relative clause on it, or on the prosecution it is
        made "with"), as the participle of making one, or with the agreement as its phrase, is
        a confession whatever it names: where prosecutors settle a case by the accused's
        admission (civil-law systems' plea agreements), the court approves the agreement and
        the admission in it, so it is made in court (judicial). Not an admission negated ("in
        which he admitted no wrongdoing", "without admitting"). (An admission "under a plea
        deal" is a guilty plea: ``_admitted_by_bargain``, asked first.)"""
        if any(c.dep_ == "neg" for c in verb.children) or _denied_object(verb):
            return False
        if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
            return False  # "settled without admitting liability"
        nouns: list[Token] = []
        if verb.dep_ == "relcl" and _in_which(verb):
            nouns.append(verb.head)
            if verb.head.dep_ == "pobj" and verb.head.head.lower_ == "with":
                nouns.append(verb.head.head.head)  # "an agreement with the prosecutor in which"
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and _making(verb.head, self.lex):
            making = verb.head
            nouns += [c for c in making.children if c.dep_ == "dobj"]
            nouns += prep_objects(making, ("into", "to"))  # "entered into", "agreed to"
        nouns += self._bargain_phrases(verb)
        return any(n.lemma_.lower() in self.lex.plea_bargain_nouns for n in nouns)


def _pleaded_by_bargain(verb: Token, makers: list[Named]) -> list[Draft]:
    """A plea bargain's maker stands convicted, and confessed: the bargain is a plea of
    guilty made before the court that approves it (``guilty_plea``: judicial), as "pleaded
    guilty" reads both."""
    plea = Draft("confession", verb, "guilty_plea")
    plea.add(makers, "accused")
    draft = Draft("ruling", verb, "convicted")
    draft.add(makers, "accused")
    return [plea, draft]


def _in_which(verb: Token) -> bool:
    """ "in which he admitted", "under which he acknowledged": the relative clause says what
    the noun it hangs on holds, not what was done near it ("the day on which")."""
    return any(
        c.dep_ == "prep" and c.lower_ in _IN_WHICH and any(o.lower_ == "which" for o in c.children)
        for c in verb.children
    )


def _making(verb: Token, lex: LegalLexicon) -> bool:
    """A verb of making an agreement ("concluded", "signed", "entered into") or of agreeing
    to one ("agreed to a settlement")."""
    lemma = verb.lemma_.lower()
    return lemma in lex.bargain_making_verbs or lemma in lex.settlement_agreeing_verbs


def _denied_object(verb: Token) -> bool:
    """ "admitted no wrongdoing": the object says nothing was admitted."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(d.dep_ in ("det", "neg") and d.lower_ in ("no", "none") for o in objects
               for d in o.children)  # fmt: skip
