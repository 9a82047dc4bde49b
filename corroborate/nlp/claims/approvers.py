"""An approver's confession, wherever the sentence names the approver.

An approver is an accomplice who confesses before a magistrate and is pardoned to testify
against the others (South Asian procedure); the gold keeps him among the accused with a
judicial confession. ``Verbs._turned_approver`` reads the verb of becoming ("X turned
approver"); this reads the two other ways reporters name him:

- the approver noun renaming a name ("the evidence of the approver, X, ...", "The approver,
  constable X, stood by his statement"): the name in apposition to the noun, or the name the
  noun is a modifier of, which is how the parser often hangs "the approver, X";
- "X, the youngest of the four men, who turned approver ...": the relative clause hangs on
  the group a partitive in apposition to X is taken from, and its "who" is X, not the group.

Not an approver only spoken of ("the approver was lying", "the approver's evidence"): no
name renames the noun there, so no one is read.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.renamed_before import noun_renamed_before
from corroborate.nlp.claims.verbs import Verbs
from corroborate.nlp.grammar import prep_objects

__all__ = ["Approvers"]

# The links by which the parser hangs an approver noun on the name it renames: "the
# approver, X" read as a modifier of the name, or as the name's apposition.
_RENAMES = frozenset({"nmod", "compound", "appos"})
# How far after the approver noun's comma its name may start: "the approver, former motor
# vehicle examiner X" (the common nouns of the name's own, ``renamed_before._OWN_WORDS``).
_NAME_WITHIN = 7
# The words a partitive in apposition to a name may be: "the youngest", "one", "the third".
_PARTITIVES = frozenset({"JJS", "CD", "PRP", "NN"})


class Approvers(Verbs):
    """An approver's confession, told by the verb of becoming or by the noun renaming a name."""

    def _approver(self, noun: Token) -> list[Draft]:
        turned = self._turned_approver(noun)
        if turned:
            if not turned[0].accused and noun.head.dep_ == "relcl":
                turned[0].add(self._partitive_named(noun.head), "accused")
            return turned
        named = [n for n in self._renamed(noun) if self._is_person(n)]
        if not named:
            return []
        draft = Draft("confession", noun, setting="judicial")  # before a magistrate, pardoned
        draft.add(named, "accused")
        return [draft]

    def _discharged_to_testify(self, verb: Token) -> list[Draft]:
        """ "the motion to discharge X from the information so that he may testify as a state
        witness": an accused a court discharges for his evidence is an accomplice turned
        witness, who confessed as an approver does. The clause of testifying
        (``testifying_verbs``) may hang on the discharge or on a verb it depends on (the
        parser hangs "so that" on the sentence's main verb); its subject is a pronoun or the
        one discharged. Not "discharged X from hospital so that he may testify next week": no
        testifying "as" a witness."""
        heads = [verb, *verb.ancestors]
        testify = [
            c for h in heads for c in h.children
            if c.dep_ in ("advcl", "xcomp") and c.i > verb.i
            and c.lemma_.lower() in self.lex.testifying_verbs and self._as_witness(c)
        ]  # fmt: skip
        discharged = [n for n in self._patients(verb) if self._is_person(n)]
        if not testify or not discharged or self._not_done(verb):
            return []
        draft = Draft("confession", verb, setting="judicial")
        draft.add(discharged, "accused")
        return [draft]

    def _as_witness(self, testify: Token) -> bool:
        """Whether the testifying is "as" a witness ("testify as a state witness"): the
        prosecution's witness the discharge makes, not one freed from a hospital or a cell
        who will testify besides."""
        roles = self.lex.role_nouns
        return any(roles.get(o.lemma_.lower()) == "witness" for o in prep_objects(testify, ("as",)))

    def _turned_witness(self, noun: Token) -> bool:
        """A witness noun with a participle of becoming in its phrase ("the driver-turned-state
        witness, X"): an accomplice turned witness, read as an approver is
        (``Descriptions._turned`` decides it)."""
        return self.lex.role_nouns.get(noun.lemma_.lower()) == "witness" and self._turned(noun)

    def _renamed(self, noun: Token) -> list[Named]:
        """The names an approver noun renames: its own appositions ("the approver, X,
        said"), or the name it modifies or is apposed to ("the approver, X" parsed as X's
        modifier)."""
        apposed = [c for c in noun.children if c.dep_ == "appos"]
        out = [n for c in apposed for n in self._names(c)]
        if not out and noun.dep_ in _RENAMES and noun.head.i in self.by_token:
            out = self._names(noun.head)
        if not out:
            out = self._renamed_unparsed(noun)
        return out

    def _renamed_unparsed(self, noun: Token) -> list[Named]:
        """The name after the noun's comma that renames it where the parser lost the
        apposition ("the testimony of the approver, former examiner X, who ..."), as the
        descriptions read it (``noun_renamed_before``)."""
        named = set(self.by_token)
        for i in range(noun.i + 2, min(noun.i + 2 + _NAME_WITHIN, len(self.doc))):
            m = self.by_token.get(i)
            span = (
                None if m is None else self.doc.char_span(m.start, m.end, alignment_mode="expand")
            )
            if span is not None and noun_renamed_before(span, named, self.lex) == noun:
                return self._names(span.root)
        return []

    def _partitive_named(self, clause: Token) -> list[Named]:
        """Who "who" stands for in "X, the youngest of the four men, who turned approver":
        the clause hangs on "men", the object of "of" under a partitive ("the youngest",
        "one") in apposition to X. A noun ("X, a friend of the brothers, who ...") is no
        partitive unless it is a word of counting such as "one"."""
        group = clause.head
        prep = group.head
        if group.dep_ != "pobj" or prep.lower_ != "of":
            return []
        part = prep.head
        if part.dep_ != "appos" or part.tag_ not in _PARTITIVES:
            return []
        if part.tag_ == "NN" and part.lower_ != "one":
            return []
        return [n for n in self._names(part.head) if self._is_person(n)]
