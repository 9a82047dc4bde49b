"""A denial told as the accused's side's plea, by a noun: "the court rejected the defence's
argument that he had been falsely implicated", "recorded the submission of the defence that
the petitioner had never posed as a doctor", "rejecting his plea that he had been in Multan
that night", "the defence plea that the phone was never his".

A verb of saying with a clause that clears is read by ``Answers._denied_in_content``; the
same content told as what the side argued, pleaded or submitted - a noun with a "that"
clause of its own - was read by no one: the verb it hangs on ("rejected", "recorded") is
the court's, and turns down the accused's answer (``denials._a_thing_turned_down``) without
telling it. The plea is the accused's denial whoever reports it, and whatever the court made
of it: the accused answered the charge so. Only where the plea's owner is the accused's side
(``denials.of_the_defence``: "the defence's", "the accused's", "his counsel's", "the
defence plea", "the submission of the defence") or the one the clause clears ("his plea that
he ..."), and only for one the report accuses already: the prosecution's argument, the
complainant's claim or a co-accused's plea for another clears no one.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.denials import of_the_defence
from corroborate.nlp.grammar import NOUN_SUBJECTS, PLACE_ENTITIES, prep_objects

__all__ = ["SidePleas", "owners_after", "plea_content_clause", "plea_held_clauses"]

# the prepositions that name a plea's owner after it: "the submission of the defence",
# "the argument advanced by his counsel"
_OWNER_PREPS = frozenset({"of", "by"})
# the entity types of a place a plea can put the accused at
# the prepositions of a place a plea puts the accused at
_PLACE_PREPS = ("in", "at")


class SidePleas:
    """The accused's side's plea, told by a noun with a clause that clears, as a denial."""

    # defined by the reader's other mixins (``ClearingActs``, ``PhraseNames`` ...)
    lex: LegalLexicon
    accused_so_far: set[str]
    _clears: Callable[[Token], bool]
    _names: Callable[[Token], list[Named]]
    _coordinated: Callable[[Token], list[Token]]
    _for_another_side: Callable[[Token], bool]

    def _pleaded_by_the_side(self, noun: Token) -> list[Draft]:
        """The denial a plea noun of the accused's side tells: whom its "that" clause clears,
        among those the report accuses - where the side is the defence, or the one cleared
        owns the plea himself."""
        if noun.lemma_.lower() not in self.lex.side_plea_nouns or noun.pos_ != "NOUN":
            return []
        owners = [c for c in noun.children if c.dep_ == "poss"]
        owners += [c for c in noun.children if c.dep_ == "compound" and of_the_defence(c)]
        owners += owners_after(noun)
        if not owners:
            return []
        cleared: list[Named] = []
        for act in (a for h in plea_held_clauses(noun, owners) for a in self._coordinated(h)):
            if not (self._clears(act) or _never_did(act) or _placed_somewhere(act)):
                continue
            # a name or a pronoun: a role noun ("that the petitioner had never ...") is left
            # to the resolver's tie of the proceeding, which may land on the last name told
            subjects = [c for c in act.children if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS
                        and c.pos_ in ("PROPN", "PRON")]  # fmt: skip
            cleared += [n for s in subjects for n in self._names(s)
                        if n.name in self.accused_so_far and n not in cleared]  # fmt: skip
        if not cleared:
            return []
        if not any(self._defence_owner(o) for o in owners):
            # "his plea that he had been in Multan": the owner's own plea only
            own = {n.name for o in owners for n in self._names(o)}
            cleared = [n for n in cleared if n.name in own]
        if not cleared:
            return []
        draft = Draft("denial", noun)
        draft.add(cleared, "accused")
        return [draft]

    def _defence_owner(self, owner: Token) -> bool:
        """Whether a plea's owner is the accused's side ("the defence", "the accused", "his
        counsel") and no other's: counsel owned by one the report does not accuse ("the
        complainant's counsel") or titled for another side ("the prosecution counsel") speaks
        for someone else."""
        if not of_the_defence(owner) or self._for_another_side(owner):
            return False
        return all(
            of_the_defence(o) or any(n.name in self.accused_so_far for n in self._names(o))
            for o in owner.children if o.dep_ == "poss"
        )  # fmt: skip


def owners_after(noun: Token) -> list[Token]:
    """The owners a plea noun names after it: the objects of its "of" or "by" phrases ("the
    argument of his counsel", "the submission made by the defence")."""
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ in _OWNER_PREPS
            for o in p.children if o.dep_ == "pobj"]  # fmt: skip


def plea_held_clauses(noun: Token, owners: list[Token]) -> list[Token]:
    """What a plea noun holds: each clause after it with its own "that" as its mark
    (``plea_content_clause``), never a relative clause on it ("the plea that he filed", "the
    plea he filed"). The parser tags the clause as relative, and may hang it on an owner
    after "of" among ``owners`` ("the argument of his counsel that he had been framed"), or
    on the verb whose object the plea is, right after the plea's phrase ("rejected his plea
    that he had been framed")."""
    heads = [noun, *(o for o in owners if o.dep_ == "pobj")]
    held = [c for h in heads for c in h.children
            if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i]  # fmt: skip
    if noun.dep_ == "dobj":
        held += [c for c in noun.head.children
                 if c.dep_ == "ccomp" and c.left_edge.i == noun.right_edge.i + 1]  # fmt: skip
    return [c for c in held if plea_content_clause(c)]


def plea_content_clause(clause: Token) -> bool:
    """Whether a clause after a noun says what the noun holds ("the plea that he had been
    framed"), not what is said of the noun ("the plea that he filed"): its "that" is its
    mark; or its first word, which the parser made the verb's object, while the verb has a
    subject of its own and could take no such object - a copula ("that Akhtar had been in
    Gujranwala"), a passive ("that Rusu had been set up"), or a verb with another object
    ("that Rawat had no role in it")."""
    words = list(clause.children)
    if any(m.dep_ == "mark" and m.lower_ == "that" for m in words):
        return True
    that = clause.doc[clause.left_edge.i]
    # the verb the parser gave "that" to: the clause's, or an infinitive of it ("that the
    # petitioner had never claimed to be a doctor": "be" has its predicate already)
    taker = that.head
    if that.lower_ != "that" or that.dep_ != "dobj":
        return False
    if taker != clause and not (taker.dep_ == "xcomp" and taker.head == clause):
        return False
    if not any(c.dep_ in NOUN_SUBJECTS for c in words):
        return False
    held = list(taker.children)
    passive = any(c.dep_ == "auxpass" for c in held)
    other_object = any(c.dep_ in ("dobj", "attr", "acomp") and c.i != that.i for c in held)
    # "that Akmal was working in Karachi": an ongoing act at a named place, whose object
    # "that" cannot be - a relative clause would leave its preposition bare ("the case that
    # he was working on")
    ongoing = taker == clause and _ongoing(taker) and _at_a_named_place(taker)
    return passive or taker.lemma_.lower() == "be" and taker == clause or other_object or ongoing


def _never_did(act: Token) -> bool:
    """ "that the petitioner had never claimed to be a doctor", "that Karim had never touched
    the bottles": what the plea says he never did, in the active voice - a deed disowned
    ("that he had never been given a lawyer", a passive, tells what was done to him)."""
    if any(c.dep_ == "auxpass" for c in act.children):
        return False
    return any(c.dep_ == "neg" and c.lower_ == "never" for c in act.children)


def _placed_somewhere(act: Token) -> bool:
    """ "that he had been in Multan", "that he was at his farm in Gulu": a verb of being, not
    negated, that puts its subject at a named place. Said as a bare statement this tells
    nothing (``alibis.places_elsewhere`` asks for the crime's time too); pleaded by the side
    against the charge, where he was is his alibi."""
    if act.lemma_.lower() != "be" and not _ongoing(act):
        return False  # "that he had been in Multan", "that Akmal was working in Karachi"
    if any(c.dep_ == "neg" for c in act.children):
        return False
    return _at_a_named_place(act)


def _at_a_named_place(act: Token) -> bool:
    """Whether a verb's "in" or "at" phrase names a place ("in Multan", "at his farm in
    Gulu"): its object, or the object of an "in" or "at" phrase on it, a proper name - NER
    types a city as a body now and then ("working in Karachi"); a name further down is
    another's ("in touch with Y")."""
    where = prep_objects(act, _PLACE_PREPS)
    where += [o for w in where for o in prep_objects(w, _PLACE_PREPS)]
    return any(w.pos_ == "PROPN" or w.ent_type_ in PLACE_ENTITIES for w in where)


def _ongoing(act: Token) -> bool:
    """ "was working", "had been staying": a verb's progressive form."""
    return act.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" for c in act.children
    )
