"""Suspects let go after their arrest: "Police also detained X but released him after
questioning", "X was detained for questioning and later allowed to go", "X, who was
detained with the three, was freed after interrogation".

A verb of freeing (``freeing_verbs``), or of letting (``letting_verbs``) with a verb of going
(``leaving_verbs``) as its complement, joined to an arrest's verb - its conjunct, or the verb
whose subject the arrest's relative clause describes - tells that the ones arrested are held
no more. Not a release on bail or on terms ("released on bail", "freed on bond"): that is a
court's ruling, read as one, and whoever is bailed may still appear with the others. What it
is for: a count of those arrested ("the three arrested men were sent to judicial custody",
``Counted._underwent``) counts only those still held.

Questioning let go (``_questioned_then_freed``): "X was questioned for seven hours and
released", "X has been questioned and let off", "X, who had been taken in for questioning,
was released without charge". Questioned alone, X may be a witness; let go after it, X was
held as a suspect: an accusation, with no step undergone - not an arrest, so that a count
of the arrested after it ("Both arrested accused were remanded") never takes X in.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS, Parties
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import prep_objects

__all__ = ["Released"]


class Released(Parties):
    """Who of a sentence's arrested were let go in it."""

    def _released(self, drafts: list[Draft]) -> set[str]:
        """The names of the accused of this sentence's arrests whose arrest verb is joined
        to a release ("detained ... but released him", "detained ... and allowed to go")."""
        out: set[str] = set()
        for draft in drafts:
            if draft.kind != "arrest" or not draft.accused:
                continue
            names = {n.name for n in draft.accused}
            if any(self._lets_go(r, names) for r in _joined(draft.cue)):
                out |= names
        return out

    def _lets_go(self, verb: Token, arrested: set[str]) -> bool:
        """Whether ``verb`` frees someone held, unconditionally, and no one but the
        ``arrested`` it names ("arrested X and released Y" frees Y, not X)."""
        lex = self.lex
        lemma = verb.lemma_.lower()
        letting = lemma in lex.letting_verbs and any(
            c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in lex.leaving_verbs
            for c in verb.children
        )
        # "questioned and let off": the phrasal verb of freeing ("let_off")
        phrasal = [f"{lemma}_{c.lower_}" for c in verb.children if c.dep_ == "prt"]
        if lemma not in lex.freeing_verbs and not letting and not lex.freeing_verbs & {*phrasal}:
            return False
        if any(c.dep_ == "neg" for c in verb.children):
            return False
        terms = lex.bail_nouns | lex.release_terms
        if any(o.lemma_.lower() in terms or o.lower_ in terms for o in prep_objects(verb, ("on",))):
            return False  # "released on bail": a court's ruling
        freed = [c for c in verb.children if c.dep_ in ("dobj", *PASSIVE_SUBJECTS)]
        named = [n.name for c in freed if c.pos_ == "PROPN" for n in self._names(c)]
        return all(n in arrested for n in named)

    def _questioned_then_freed(self, verb: Token, lemma: str) -> list[Draft]:
        """A suspect told by his questioning and a release joined to it: a passive verb of
        questioning (``interrogation_verbs``: "X was questioned under warning ... and
        released"), or a passive verb whose "for" phrase is questioning ("X, who had been
        taken in for questioning, was released"), with a verb that lets go unconditionally
        joined as ``_joined`` joins one to an arrest. Not where the "by" phrase names anyone
        but the police ("questioned by the court"), nor a verb that arrests already
        ("detained for questioning": read as an arrest)."""
        lex = self.lex
        particles = {f"{lemma}_{c.lower_}" for c in verb.children if c.dep_ == "prt"}
        arrests = lex.arrest_verbs.keys() | lex.holding_verbs | lex.custody_phrasal_verbs
        if not self._passive(verb) or lemma in arrests or particles & arrests:
            return []
        # "for questioning" parsed with its noun as the object or as a gerund (pcomp)
        for_questioning = any(
            o.dep_ in ("pobj", "pcomp") and o.lower_ in lex.questioning_nouns
            for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
            for o in c.children
        )  # fmt: skip
        if lemma not in lex.interrogation_verbs and not for_questioning:
            return []
        doers = [p for c in verb.children if c.dep_ == "agent" for p in c.children]
        if doers and not any(is_custodian(t) for d in doers for t in d.subtree):
            return []
        questioned = [n for n in self._patients(verb) if self._is_person(n)]
        names = {n.name for n in questioned}
        if not questioned or not any(self._lets_go(r, names) for r in _joined(verb)):
            return []
        draft = Draft("accusation", verb)
        draft.add(questioned, "accused")
        draft.add(self._agents(verb), "investigator")
        return [draft]


def _joined(arrest: Token) -> list[Token]:
    """The verbs an arrest's verb is joined to: its conjuncts either way ("detained X but
    released him"), and, for an arrest told in a relative clause, the verb whose subject
    the clause describes ("X, who was detained with the three, was freed")."""
    out = [c for c in arrest.children if c.dep_ == "conj"]
    if arrest.dep_ == "conj":
        out.append(arrest.head)
    described = arrest.head
    if arrest.dep_ in ("relcl", "acl") and described.dep_ == "appos":
        described = described.head  # "The headman, X, who had been taken in ..., was released"
    if arrest.dep_ in ("relcl", "acl") and described.dep_ in (*ACTIVE_SUBJECTS, *PASSIVE_SUBJECTS):
        out.append(described.head)
    return out
