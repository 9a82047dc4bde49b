"""An accusation told as a noun's clause: "allegations that X killed Y", "rumours that he had
committed blasphemy" - the clause's doer stands accused. When the noun gives the grounds of
an act done to someone ("X was beaten by a mob incited by rumours that he had ..."), a
personal pronoun doing the clause's act is that person, whoever the report follows and
though the act made them its victim (as ``Doers._done_to`` reads the same grounds told as a
clause of a verb).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.draft import Draft, Named, accusation_of
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["Allegations"]

# The links from an accusation noun up to the act it gives the grounds of: "by rumours"
# (agent), "after allegations" (prep), "a mob incited by rumours" (acl), "shot" as a
# conjunct of "beaten".
_GROUNDS_LINKS = frozenset({"pobj", "prep", "agent", "acl", "conj"})
# The nouns whose that-clause tells an accusation ("allegations", "rumours"; not "reports"),
# made once: the reader asks every noun of every sentence.
_CLAUSE_NOUNS = (legal().accusation_nouns - legal().reported_nouns) | legal().grounds_nouns
# The words by which a clause tells an offence (``_offence_told``).
_CRIME_WORDS = legal().crime_nouns | legal().crime_verbs
_OFFENCE_VERBS = legal().crime_verbs | legal().commission_verbs


class Allegations(Answers):
    """Accusations a noun's that-clause tells."""

    def _alleged_in_clause(self, noun: Token) -> list[Draft]:
        """ "allegations that X killed Y": an accusation of the clause's doer, when the
        clause is the noun's content (a "that" complement, not a relative clause: "the
        allegations that X made") and tells an offence, and neither is negated ("no
        suspicion that X ...", "claims that X did not kill")."""
        lex = self.lex
        if noun.lemma_.lower() not in _CLAUSE_NOUNS:
            return []
        if any(c.lower_ in lex.negative_words for c in noun.children if c.dep_ == "det"):
            return []
        out: list[Draft] = []
        for clause in (c for c in noun.children if c.dep_ in ("acl", "ccomp")):
            content = any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
            negated = any(c.dep_ == "neg" for c in clause.children)
            if not content or negated or not self._offence_told(clause):
                continue
            # the act is the clause's: what the accused is said to have done, not what
            # the sentence tells was done to them
            draft = Draft("accusation", noun, scope=clause)
            draft.add(self._done_to_in_grounds(noun, clause) or self._agents(clause), "accused")
            out += [draft] if draft.parties else []
        return out

    def _wrongdoing_by(self, noun: Token) -> list[Draft]:
        """ "the misconduct by his lawyer, X", "wrongdoing by X": a noun that names a wrong
        (``wrongdoing_nouns``) and its "by" phrase - the one named did it. Not "no
        wrongdoing by X", nor a wrong after "of" ("accused of misconduct by X", "cleared of
        wrongdoing by Judge X": there "by" names who accuses or clears)."""
        lex = self.lex
        if noun.lemma_.lower() not in lex.wrongdoing_nouns:
            return []
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            return []
        if any(c.lower_ in lex.negative_words for c in noun.children if c.dep_ == "det"):
            return []
        bys = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
        verb = noun.head
        if noun.dep_ == "dobj" and not self._passive(verb):
            # the parser hangs the phrase on the verb ("described the misconduct by X"): an
            # active verb has no agent, so "by" right after its object is the object's
            bys += [c for c in verb.children if c.lower_ == "by" and c.i == noun.right_edge.i + 1]
        doers = [n for c in bys for n in self._pobj_names(c)]
        return accusation_of(noun, doers)

    def _offence_told(self, clause: Token) -> bool:
        """A crime verb, a verb of committing ("had committed blasphemy": an accusation's
        clause commits only offences), or a crime or act named in the clause's phrase - not
        any word of accusing ("accusations that he exaggerated his life story, from claiming
        ..." tells no offence)."""
        if clause.lemma_.lower() in _OFFENCE_VERBS:
            return True
        phrase = self.doc[clause.left_edge.i : clause.right_edge.i + 1]
        named = any(t.lemma_.lower() in _CRIME_WORDS for t in phrase)
        return named or act_of(phrase.text) is not None

    def _done_to_in_grounds(self, noun: Token, clause: Token) -> list[Named]:
        """The one a personal pronoun doing the clause's act stands for when the accusation
        gives the grounds of a passive act ("X was beaten by a mob incited by rumours that
        he had ..."): whom it was done to, read up the noun's links (``_GROUNDS_LINKS``) to
        the first passive verb with a person as subject. Elsewhere none: the pronoun is
        then read as any subject is (``_agents``)."""
        pronoun = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if pronoun is None or pronoun.lower_ not in PERSONAL_PRONOUNS:
            return []
        end = pronoun.idx + len(pronoun.text)
        token = noun
        while token.dep_ in _GROUNDS_LINKS and token.head.i != token.i:
            token = token.head
            if token.pos_ not in ("VERB", "AUX") or not self._passive_act(token):
                continue
            done_to = [n for n in self._subjects(token) if self._is_person(n)]
            if done_to:
                return [Named(n.name, pronoun.idx, end, n.members) for n in done_to]
        return []

    def _passive_act(self, verb: Token) -> bool:
        """A passive verb, or a conjunct sharing a passive head's subject ("was beaten and
        shot")."""
        return self._passive(verb) or (verb.dep_ == "conj" and self._passive(verb.head))
