"""Who undergoes an act with its subject: "X was arrested along with Y", "police charged X
together with Y", "X is jointly charged with Y", "pleaded not guilty ..., alongside Y", "X stood
in the dock alongside Y". One reading of the joining words (``accompanying_words``,
``joint_adverbs``, ``accompanying_prepositions``) for every reader of an act that takes its
companions (``Doers``, ``Facing``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.parties import Parties

__all__ = ["Alongside"]


class Alongside(Parties):
    """The people an act's verb joins to its subject."""

    def _along_with(self, verb: Token) -> list[Named]:
        """ "X was arrested along with Y", "police charged X together with Y", "X is jointly
        charged with Y": the one joined by ``accompanying_words`` + "with", or by "with"
        on a verb done jointly (``joint_adverbs``), undergoes it too (the parser hangs
        "with" on the verb or on "along")."""
        words = self.lex.accompanying_words
        withs = [
            c for c in [*verb.children, *(g for a in verb.children for g in a.children)]
            if c.dep_ == "prep" and c.lower_ == "with" and c.i > 0
            and self.doc[c.i - 1].lower_ in words
        ]  # fmt: skip
        if any(c.dep_ == "advmod" and c.lower_ in self.lex.joint_adverbs for c in verb.children):
            # "X is jointly charged with Y and Z with murder": any "with" of the verb's may
            # join a person (the offence's is no person, and is left by ``_is_person``)
            withs += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
        # "pleaded not guilty to a charge of ..., alongside Y": the preposition hung anywhere
        # in the verb's own clause
        withs += [
            t for t in verb.subtree
            if t.dep_ == "prep" and t.lower_ in self.lex.accompanying_prepositions
            and next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == verb
        ]  # fmt: skip
        return [n for w in withs for n in self._pobj_names(w) if self._is_person(n)]
