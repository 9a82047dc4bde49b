"""A court's proclamation told as what someone is: "X, a proclaimed offender, remains
abroad", "X, the third escapee and a proclaimed offender, is absconding", "X is a declared
absconder", "X, who is a proclaimed offender, ...".

Only a court declares anyone a proclaimed offender (or absconder), so the status said of a
person tells that ruling as surely as "the court declared X a proclaimed offender" does
(read by ``Reader._read`` on the declaring verb). ``Proclaimed`` adds to ``Parties`` that
reading: an absconder noun (``absconder_nouns``) that a declaring participle
(``declare_verbs``: "proclaimed", "declared") modifies, said of a named person in apposition
(or as a conjunct of an apposition) or by a verb of being or staying, never negated. A
fugitive so called by no one ("X, a fugitive") is an accusation ``Fugitives`` reads, not a
ruling; the participle is what makes it the court's.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, Parties

__all__ = ["Proclaimed"]


class Proclaimed(Parties):
    """Rulings of proclamation told as a person's status."""

    def _proclaimed(self, noun: Token) -> list[Draft]:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lex.absconder_nouns:
            return []
        if not any(self._declaring(c) for c in noun.children if c.dep_ in ("amod", "compound")):
            return []
        said_of = [n for n in self._proclaimed_of(noun) if self._is_person(n)]
        if not said_of:
            return []
        draft = Draft("ruling", noun, "proclaimed_offender")
        draft.add(said_of, "accused")
        return [draft]

    def _declared_subject(self, verb: Token) -> list[Named]:
        """ "the magistrate declared him a proclaimed offender": with a pronoun the parser
        makes the absconder noun a clause of the verb (ccomp) and the pronoun its subject,
        so the verb has no object; the one declared is that subject (a name there is
        found after the verb already)."""
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "oprd")
                   and c.lemma_.lower() in self.lex.absconder_nouns]  # fmt: skip
        found = [n for c in clauses for n in self._names_of_children(c, ACTIVE_SUBJECTS)]
        return found or self._declared_described(verb)

    def _declared_described(self, verb: Token) -> list[Named]:
        """ "X, declared a proclaimed offender in January, remains untraced", parsed as "X
        declared a proclaimed offender": a participle right after the comma that follows
        its subject, with no auxiliary and the absconder noun itself for object, describes
        that subject - the one declared (a person: a court or a judge who declares is named with
        no comma between, "the magistrate declared X a proclaimed offender")."""
        before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
        if before is None or before.text != "," or verb.tag_ not in ("VBD", "VBN"):
            return []
        if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return []
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects or any(o.lemma_.lower() not in self.lex.absconder_nouns for o in objects):
            return []
        subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS and c.i < verb.i]
        courts = {w for w, role in self.lex.role_nouns.items() if role == "court"}
        # "Judge X, declared ...": a court's name is no one declared
        subjects = [s for s in subjects if not any(w.lemma_.lower() in courts for w in s.subtree)]
        return [n for s in subjects for n in self._names(s) if self._is_person(n)]

    def _declaring(self, modifier: Token) -> bool:
        """ "proclaimed", "declared": a declaring verb's participle, which the tagger makes
        an adjective as often as a verb (its lemma then the word itself)."""
        verbs = self.lex.declare_verbs
        word = modifier.lower_
        return modifier.lemma_.lower() in verbs or any(
            word == verb + ending for verb in verbs for ending in ("d", "ed")
        )

    def _proclaimed_of(self, noun: Token) -> list[Named]:
        """Whom the noun is said of: the name it is apposed to ("X, a proclaimed offender"),
        also as the second of two apposed nouns ("X, the third escapee and a proclaimed
        offender"); the subject of a verb of being or staying it completes ("X is a
        proclaimed offender", "X, who remains a proclaimed offender" - a relative pronoun is
        the noun its clause describes, as ``_agents`` reads it). Not a declaring verb's
        complement ("declared X a proclaimed offender"), which the verb itself reads."""
        first = noun
        while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
            first = first.head  # "the third escapee and a proclaimed offender"
        if first.dep_ == "appos":
            return [n for n in self._names(first.head) if n.start < first.idx]
        verb = first.head
        being = verb.lemma_.lower() == "be" or verb.lemma_.lower() in self.lex.remaining_verbs
        if first.dep_ != "attr" or not being:
            return []
        if any(c.dep_ == "neg" for c in verb.children):
            return []  # "X is not a proclaimed offender"
        return self._agents(verb)
