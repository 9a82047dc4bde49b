"""A charge or bail told by what the accused undergoes: "X faces charges of murder", "X stood
trial for the killing", "X is on trial for ...", "X went on trial" - the subject is the one
charged, as "X was charged" tells it with a charge verb; "X, who was out on bail", "X
remains on bail" - X was granted bail; "X stood in the dock" (``dock_nouns``) - X is on
trial, charged. The verbs (``facing_verbs``) and the nouns that tell a charge on their own
(``bare_charge_nouns``, ``count_nouns``) are the lexicon's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.alongside import Alongside
from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.court_appearance import appears_before_a_court
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.pending import surety_object
from corroborate.nlp.grammar import negated_or_possible, prep_objects, to_infinitive

__all__ = ["Facing"]

# The verbs whose charge stands after "on" ("is on trial", "went on trial"), not as object.
_ON_ONLY = frozenset({"be", "go"})


class Facing(Answers, Alongside):
    """Charges read from the verb the accused undergoes them by."""

    def _faced(self, verb: Token, lemma: str) -> list[Draft]:
        """A charge on the subject of a facing verb whose object (or "on" phrase) is a
        charge: "X faces charges", "X stands trial for murder", "X is on trial". Not an
        infinitive ("unfit to stand trial", "brought back to stand trial": what is to come,
        or judged), nor what only may be or is asked (``_not_done``, read before)."""
        if lemma in self.lex.scheduling_verbs and self._passive(verb):
            return self._scheduled(verb)
        if lemma in self.lex.remaining_verbs or lemma in self.lex.attending_verbs:
            # "X remains on bail", "X appeared on bail"; else "X appeared before Magistrate M"
            return self._out_on_bail(verb, lemma) or self._appeared(verb) or self._in_the_dock(verb)
        if lemma not in self.lex.facing_verbs or self._infinitive(verb):
            return []
        docked = self._in_the_dock(verb)
        if docked:
            return docked
        nouns = [] if lemma in _ON_ONLY else [c for c in verb.children if c.dep_ == "dobj"]
        nouns += prep_objects(verb, ("on",))
        if not any(self._tells_charge(n) for n in nouns):
            return self._out_on_bail(verb, lemma)
        draft = Draft("charge", verb, "charged")
        draft.add(self._not_places(self._agents(verb)), "accused")
        return [draft]

    def _in_the_dock(self, verb: Token) -> list[Draft]:
        """ "X stood in the dock", "In the dock were X and Y", "X appeared in the dock": a
        charge on whoever stands in the courtroom's place for the accused (``dock_nouns``, a
        bare "the dock": not "dry dock", "the dock of the port"), told as done (not "X was
        not in the dock", "X may be in the dock"). Only people: a ship in dock is no party."""
        lex = self.lex
        if negated_or_possible(verb, lex.modal_auxiliaries):
            return []
        docks = [o for o in prep_objects(verb, ("in",)) if o.lemma_.lower() in lex.dock_nouns]
        if not any(all(c.dep_ == "det" for c in d.children) for d in docks):
            return []
        draft = Draft("charge", verb, "charged")
        draft.add([n for n in self._not_places(self._agents(verb)) if self._is_person(n)],
                  "accused")  # fmt: skip
        if draft.parties:  # "X stood in the dock alongside his sons Y and Z": they stand too
            draft.add(self._along_with(verb), "accused")
        return [draft] if draft.parties else []

    def _appeared(self, verb: Token) -> list[Draft]:
        """ "X appeared before Magistrate M on Monday": a charge on whoever stands before a
        court (``court_appearance``)."""
        if not appears_before_a_court(verb):
            return []
        draft = Draft("charge", verb, "charged")
        draft.add(self._not_places(self._agents(verb)), "accused")
        return [draft] if draft.parties else []

    def _scheduled(self, verb: Token) -> list[Draft]:
        """ "X is scheduled for trial in September": a charge on whose trial is fixed."""
        if not any(self._tells_charge(n) for n in prep_objects(verb, ("for",))):
            return []
        draft = Draft("charge", verb, "charged")
        draft.add([n for n in self._patients(verb) if self._is_person(n)], "accused")
        return [draft] if draft.parties else []

    def _out_on_bail(self, verb: Token, lemma: str) -> list[Draft]:
        """ "X is out on bail", "X, who was on bail in a robbery case", "X remains on bail",
        "X remains free on bond", "X appeared on bail" (``attending_verbs``):
        bail granted to the subject, told by where they are or stay (the "on" phrase hung
        on the verb or on "out"; bail itself, not a noun it describes: "the hearing was on
        bail matters"). Not one who no longer is ("X no longer remains on bail")."""
        lex = self.lex
        if lemma not in _ON_ONLY and lemma not in lex.remaining_verbs | lex.attending_verbs:
            return []
        if any(c.dep_ == "neg" or c.lower_ == "longer" for c in verb.children):
            return []
        heads = [verb, *(c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "out")]
        # "X remains free on bail", "X, who is free on conditions of release": at liberty
        # (``liberty_adjectives``) on bail or on its terms (``release_terms``)
        free = [
            c for c in verb.children if c.dep_ == "acomp" and c.lower_ in lex.liberty_adjectives
        ]
        terms = [surety_object(p, lex) for h in (*heads, *free)
                 for p in prep_objects(h, ("on",))]  # fmt: skip
        bail = [p for p in terms if p.lemma_.lower() in lex.bail_nouns]
        bail += [p for p in terms if free and p.lower_ in lex.release_terms]
        if not bail:
            return []
        draft = Draft("ruling", verb, "bail")
        draft.add(self._not_places(self._agents(verb)), "accused")
        own = any(c.dep_ in (*ACTIVE_SUBJECTS, *PASSIVE_SUBJECTS) for c in verb.children)
        if not draft.parties and verb.dep_ == "conj" and not own and self._passive(verb.head):
            # "X has been charged and is on bail": a state with no subject of its own after a
            # passive is the passive subject's, the one charged - not the passive's agent
            held = self._names_of_children(verb.head, PASSIVE_SUBJECTS)
            draft.add(self._not_places(held), "accused")
        return [draft]

    @staticmethod
    def _infinitive(verb: Token) -> bool:
        to = to_infinitive(verb)
        return verb.tag_ == "VB" and to

    def _tells_charge(self, noun: Token) -> bool:
        """Whether a noun a facing verb takes tells a charge: "charges", "trial",
        "indictment" on their own; "a murder case", "a reference for graft" with an offence
        named in their phrase. Not a noun co-ordinated with what is no charge ("trials and
        tribulations")."""
        lex = self.lex
        lemma = noun.lemma_.lower()
        if lemma in lex.count_nouns:
            return True  # "faces two counts of theft": each count one charge
        if lemma not in lex.charge_nouns:
            return False
        # "charges of murder and the kidnapping of Y": the parse may co-ordinate the second
        # offence with the charges, which it still names
        joined = [c for c in noun.children if c.dep_ == "conj"]
        # "charges of murder and the unlawful possession of a firearm": a conjunct that
        # names an offence of its own is one more charge, not what is no charge
        if any(
            c.lemma_.lower() not in lex.charge_nouns | lex.crime_nouns
            and act_of(_phrase(c).text) is None
            for c in joined
        ):
            return False
        if lemma in lex.bare_charge_nouns:
            return True
        phrase = self.doc[noun.left_edge.i : noun.right_edge.i + 1]
        named = any(t.lemma_.lower() in lex.crime_nouns for t in phrase)
        return named or act_of(phrase.text) is not None


def _phrase(noun: Token) -> Span:
    """The words of ``noun``'s own phrase, its conjuncts left out."""
    last = max(
        [noun.i, *(t.i for c in noun.children if c.dep_ not in ("cc", "conj") for t in c.subtree)]
    )
    return noun.doc[noun.left_edge.i : last + 1]
