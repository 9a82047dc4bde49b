"""Those the police are searching for, as accused: "police were searching for the agent,
identified as X", "police are hunting for X", "X has not been traced since the raid", "X is
being sought"; and those whose part in the case the law probes: "investigators are looking
into the role of X".

A court or crime report says the police search for someone only of a suspect they have not
caught, so whoever a verb of searching (``searching_verbs``) has as its "for" object, with the
police or investigators as its subject (``nlp.custodians``), stands accused of the report's act
- and so does one whom the police have "not traced" (``tracing_verbs``, negated, a person as
its passive subject), "could not find" (``locating_verbs``: "X could not be found at his
house") or "have not seen since" (``unseen_verbs``, perfect: "X has not been seen since the
raid") - not a missing victim ("since she was abducted") - or have not yet taken ("X has not
been arrested", "X is not in custody": ``_not_yet_held``), one who "is being sought"
(``seeking_verbs``, passive, with no agent but the law) or "is wanted by police" / "for
questioning" / "on a warrant", or "remains wanted" / "has been declared wanted"
(``wanting_verbs``, ``wanted_state``), or whom "police are seeking" (active, the law its
subject) or "are trying to trace" (an infinitive of tracing the law sets itself to), and one
whose role or involvement the law probes (``probing_verbs`` with a ``part_nouns`` object).
Only named people; a noun identified by name ("the agent, identified as X") is that name,
the participle hung on the noun or, as the parser often does, on the verb of searching.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft, Named, accusation_of
from corroborate.nlp.claims.identified import as_phrases, identified_as
from corroborate.nlp.claims.list_fellows import OTHER_PARTS
from corroborate.nlp.claims.parties import Parties
from corroborate.nlp.claims.wanted_state import wanted_complement, wanted_on_a_warrant
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import (
    NOUN_SUBJECTS,
    negated_or_possible,
    passive_agents,
    prep_objects,
)

__all__ = ["Sought"]

# The parts whose bearer no report calls not yet arrested: not a relative ("the victim's
# brother, X, has not been arrested" is often the one the police want).
_NOT_SOUGHT = OTHER_PARTS - {"relative"}
# Seeing is the weakest sign of a search: an officer "not seen in court since" is away from
# the case, not wanted (one traced or looked for and not found may be: "customs inspector X
# could not be found at his quarters").
_NOT_SOUGHT_WHEN_UNSEEN = _NOT_SOUGHT | {"investigator"}
# The complements that make a verb of locating a finding about someone, not a search for
# them: "was not found guilty", "not found fit to stand trial", "not found to be involved".
_COMPLEMENTS = frozenset({"oprd", "acomp", "xcomp", "ccomp", "attr"})


class Sought(Parties):
    """Accusations told by the police's search for someone."""

    def _sought(self, verb: Token, lemma: str) -> list[Draft]:
        lex = self.lex
        if any(c.dep_ == "neg" for c in verb.children):
            sought = self._untraced(verb, lemma)
        else:
            searched = lemma in lex.searching_verbs and self._by_the_police(verb)
            sought = self._searched_for(verb) if searched else []
            sought += self._sought_passive(verb, lemma) + self._part_probed(verb, lemma)
            sought += self._sought_active(verb, lemma) + self._wanted_as_state(verb)
        people = [n for n in sought if self._is_person(n)]
        return accusation_of(verb, people)

    def _by_the_police(self, verb: Token) -> bool:
        """ "police were searching", "investigators are hunting": the subject is the law."""
        return any(is_custodian(t) for c in verb.children if c.dep_ == "nsubj" for t in c.subtree)

    def _searched_for(self, verb: Token) -> list[Named]:
        """The names of the verb's "for" objects, and the names they are identified by."""
        verbs = self.lex.identifying_verbs
        objects = [
            o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
            for o in p.children if o.dep_ == "pobj"
        ]  # fmt: skip
        out = [n for o in objects for n in self._names(o)]
        for o in objects:
            named = identified_as(o, verbs)
            out += self._names(named) if named is not None else []
        # "searching for the agent, identified as X": the participle hung on the verb
        for c in verb.children:
            if c.dep_ == "advcl" and c.lemma_.lower() in verbs and objects:
                out += [n for p in as_phrases(c) for n in self._pobj_names(p)]
        return out

    def _by_the_law_if_anyone(self, verb: Token) -> bool:
        """A passive verb's "by" agent, if it has one, is the law ("by detectives")."""
        return all(any(is_custodian(t) for t in a.subtree) for a in passive_agents(verb))

    def _wanted_by_the_law(self, verb: Token) -> bool:
        """ "X is wanted by police", "X, the man known as Y, is wanted for questioning": a
        participle of wanting whose "by" agent is the law, or whose "for" object is the
        police's questioning (``questioning_nouns``), wants a suspect even where its phrase
        names no offence (the reader asks ``_names_offence`` first). Not "wanted by the
        club", "wanted for the team", and never without an agent or a "for": "X is wanted
        at the front desk" is everyday."""
        if passive_agents(verb):
            return self._by_the_law_if_anyone(verb)
        if wanted_on_a_warrant(verb, self.lex):
            return True  # "wanted under a European arrest warrant" (``wanted_state``)
        nouns = self.lex.questioning_nouns
        return any(
            o.dep_ == "pobj" and o.lower_ in nouns
            for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
            for o in p.children
        )  # fmt: skip

    def _wanted_as_state(self, verb: Token) -> list[Named]:
        """ "X remains wanted", "X has been declared wanted" (``wanted_state``): the subject
        of the verb of staying or declaring whose complement is the participle of wanting -
        unless a "by" agent of the participle is not the law ("remains wanted by two
        clubs")."""
        participle = wanted_complement(verb, self.lex)
        if participle is None or not self._by_the_law_if_anyone(participle):
            return []
        if negated_or_possible(verb, self.lex.modal_auxiliaries):
            return []  # "X may be declared wanted"
        return self._patients(verb) if self._passive(verb) else self._agents(verb)

    def _sought_passive(self, verb: Token, lemma: str) -> list[Named]:
        """ "X is being sought", "X is being hunted by detectives": the passive subject of a
        verb of seeking, with no agent but the law."""
        seeking = lemma in self.lex.seeking_verbs
        # (the verb's words first: the parse is asked only of the few verbs of seeking or
        # tracing, as this is asked of every verb)
        if not seeking and lemma not in self.lex.tracing_verbs:
            return []
        if not self._passive(verb) or not self._by_the_law_if_anyone(verb):
            return []
        if seeking:
            return self._patients(verb)
        return self._being_traced(verb) if self._in_progress(verb) else []

    def _in_progress(self, verb: Token) -> bool:
        """ "is being traced", "was being traced": the search goes on as the report is told
        (not "was traced to a hotel", the finding, read elsewhere)."""
        return any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)

    def _being_traced(self, verb: Token) -> list[Named]:
        """ "X was not at home when police arrived and is being traced", "the owner, X, was
        being traced": the passive subject of a verb of tracing in progress - one the police
        are looking for and have not caught, as one "not traced" is (``_untraced``); not a
        missing person ("the victim, X, is being traced"; "since she was abducted")."""
        if self._since_a_crime_on_them(verb):
            return []
        bearers = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not bearers and verb.dep_ == "conj":
            bearers = _shared_subjects(verb.head, verb.head.children)
        if any(self._described_apart(b) for b in bearers):
            return []
        return self._patients(verb)

    def _sought_active(self, verb: Token, lemma: str) -> list[Named]:
        """ "Police are seeking a Dutch national, X, on a European Arrest Warrant": the
        named object of a verb of seeking whose subject is the law, told as done (not "police
        may seek X"); its object a person, never what is sought of one ("seeking X's help"
        has "help" for object)."""
        lex = self.lex
        if self._passive(verb) or negated_or_possible(verb, lex.modal_auxiliaries):
            return []
        if lemma in lex.seeking_verbs and self._by_the_police(verb):
            return [n for c in verb.children if c.dep_ == "dobj" for n in self._names(c)]
        if lemma in lex.tracing_verbs and self._police_set_on(verb):
            return [n for c in verb.children if c.dep_ == "dobj" for n in self._names(c)]
        return []

    def _police_set_on(self, verb: Token) -> bool:
        """ "X, whom police are trying to trace", "police hope to trace X": an infinitive of
        tracing (``tracing_verbs``) the law sets itself to - the subject of the verb it
        completes is the police, who take no object of their own there (not "police asked
        the family to trace X") and are not only said to possibly ("police may try to trace
        X"). The one to be traced is not caught: sought. (A finite "police traced X to a
        hotel" tells the finding, read elsewhere.)"""
        head = verb.head
        if verb.dep_ != "xcomp" or head.i == verb.i or not self._by_the_police(head):
            return False
        if any(c.dep_ == "dobj" for c in head.children):
            return False
        return not negated_or_possible(head, self.lex.modal_auxiliaries)

    def _part_probed(self, verb: Token, lemma: str) -> list[Named]:
        """ "Investigators are looking into the role of X", "police are probing Y's
        involvement", "Z's role is being examined": whose part in the case the law probes."""
        lex = self.lex
        passive = self._passive(verb)
        if passive and lemma in lex.probing_verbs:
            objects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        elif lemma in lex.probing_verbs:
            objects = [c for c in verb.children if c.dep_ == "dobj"]
        elif f"{lemma}_into" in lex.probing_verbs:  # "looking into the role of X"
            objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "into"
                       for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        else:
            return []
        by_the_law = self._by_the_law_if_anyone(verb) if passive else self._by_the_police(verb)
        # a probe only announced ("her role would be examined") has not made a suspect yet
        if not by_the_law or negated_or_possible(verb, lex.modal_auxiliaries):
            return []
        parts = [o for o in objects if o.lemma_.lower() in lex.part_nouns]
        return [n for o in parts for n in self._owners(o, frozenset({"of"}))]

    def _untraced(self, verb: Token, lemma: str) -> list[Named]:
        """ "X has not been traced", "X could not be found at his house", "X has not been seen
        since the raid": the passive subject of a negated verb of tracing or locating
        (``_looked_for``) - not one described as a victim or a witness ("the victim, X, has
        not been traced" is a missing person); and one the law has not yet taken
        (``_not_yet_held``)."""
        if self._looked_for(verb, lemma):
            if self._since_a_crime_on_them(verb):
                return []  # "X has not been seen since she was abducted": a victim
            apart = _NOT_SOUGHT_WHEN_UNSEEN if lemma in self.lex.unseen_verbs else _NOT_SOUGHT
            subjects = [
                c for c in verb.children
                if c.dep_ == "nsubjpass" and not self._described_apart(c, apart)
            ]  # fmt: skip
            if not subjects and verb.dep_ == "conj":
                return self._untraced_conjunct(verb)
        elif self._not_yet_held(verb, lemma):
            subjects = [
                c for c in verb.children
                if c.dep_ in NOUN_SUBJECTS and not self._described_apart(c)
            ]  # fmt: skip
        else:
            return []
        return [n for c in subjects for n in self._names(c)]

    def _looked_for(self, verb: Token, lemma: str) -> bool:
        """Whether a negated passive tells someone looked for and not come upon: a verb of
        tracing ("has not been traced"), of locating with no complement ("could not be
        found", "was not found at his house"; not "was not found guilty"), or of seeing in
        the perfect ("has not been seen since March"; the past "was not seen at the scene"
        may be an alibi)."""
        lex = self.lex
        if lemma in lex.tracing_verbs:
            return True
        if not self._passive(verb):
            return False
        children = list(verb.children)
        if lemma in lex.locating_verbs:
            return not any(c.dep_ in _COMPLEMENTS for c in children)
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)
        return lemma in lex.unseen_verbs and perfect

    def _since_a_crime_on_them(self, verb: Token) -> bool:
        """Whether the verb's adverbial clause tells a crime done to someone, passive ("since
        she was abducted", "after he was kidnapped"): the one not traced since is its victim,
        a missing person, not one the police want."""
        crimes = self.lex.crime_verbs
        return any(
            c.dep_ == "advcl" and c.lemma_.lower() in crimes and self._passive(c)
            for c in verb.children
        )

    def _untraced_conjunct(self, verb: Token) -> list[Named]:
        """ "The parcel was meant for X, who runs a shop in the city and has not been
        traced": a negated passive of tracing conjoined to a verb whose subject it shares (the
        parse gives the conjunct no subject of its own), that subject's names - the relative
        clause's antecedent where the subject is "who". Not one described as a victim or a
        witness ("the victim, X, who left home and has not been traced" is a missing person,
        not a suspect)."""
        if self._passive(verb.head):
            return []  # "X was arrested and has not been traced" is no search
        found = self._patients(verb)
        # any subject in the first conjunct's whole phrase, not only its own (as this reading
        # was built and measured; ``_being_traced`` asks the verb's own subjects only)
        bearers = _shared_subjects(verb.head, verb.head.subtree)
        return [] if any(self._described_apart(b) for b in bearers) else found

    def _described_apart(self, subject: Token, parts: frozenset[str] = _NOT_SOUGHT) -> bool:
        """Whether the subject, or a noun in apposition to it, gives its bearer another part
        than the accused's: "The victim, X, had not been arrested" tells no search (a victim,
        a witness, a judge or a lawyer is not wanted)."""
        # (its title too: "Witness X has not been arrested")
        words = [subject, *(c for c in subject.children if c.dep_ in ("appos", "compound"))]
        if subject.dep_ == "appos":
            words.append(subject.head)
        lex = self.lex
        return any(
            w.lemma_.lower() in lex.victim_words
            or lex.role_nouns.get(w.lemma_.lower()) in parts
            or lex.role_nouns.get(w.lower_) in parts
            for w in words
        )

    def _not_yet_held(self, verb: Token, lemma: str) -> bool:
        """A negated verb that tells the law has not taken someone *yet*: an arrest verb in
        the perfect passive ("X has not been arrested", "X had not yet been detained"), or a
        verb of being or staying with "in" a custody noun ("X is not in custody", "X is not
        in detention"). A report says so only of one the case is against and the police
        still want - a co-accused named beside those held - never of a victim or a witness.
        Not the past "X was not arrested", which may tell why someone was let be ("the
        driver was not arrested as he was not at fault"), nor "X has never been arrested",
        a clean record."""
        children = list(verb.children)
        # ("X has never been arrested before" tells a clean record, not a search)
        if not any(c.dep_ == "neg" and c.lower_ in ("not", "n't") for c in children):
            return False
        if lemma in self.lex.arrest_verbs:
            perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)
            return perfect and any(c.dep_ == "auxpass" for c in children)
        if lemma != "be" and lemma not in self.lex.remaining_verbs:
            return False
        custody = self.lex.custody_nouns
        # (a custody someone holds, "in the custody of his mother", "in her aunt's
        # custody", is a child's, not the law's)
        return any(
            o.lemma_.lower() in custody and not any(d.dep_ in ("poss", "prep") for d in o.children)
            for o in prep_objects(verb, ("in",))
        )


def _shared_subjects(first: Token, words: Iterable[Token]) -> list[Token]:
    """The subjects a conjunct with none of its own shares with the verb ``first`` it is
    joined to, looked for among ``words`` (``first``'s children, or its whole phrase), and
    the noun a relative clause hangs on where ``first`` is one ("X, who runs a shop and has
    not been traced": "who" stands for X) - so the one sought, described apart or not."""
    found = [t for t in words if t.dep_ in NOUN_SUBJECTS]
    if first.dep_ == "relcl":
        found.append(first.head)
    return found
