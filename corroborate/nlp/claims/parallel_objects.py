"""Whom an object pronoun of a co-ordinated verb stands for: "Judge Y cleared X of murder but
convicted him of theft", "police arrested X and questioned him at length" - the second verb
has no subject of its own, so it shares the first's; its pronoun object is the first verb's
object, the person the co-ordination is about, not the accused the report followed before
the sentence (a court that clears one man and convicts another names both).

Only where the first verb's object names exactly one person, who may be the pronoun (their
sexes agree) and whom the report does not describe as someone else (a victim, a judge).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.antecedents import agrees
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.pronouns import Pronouns

__all__ = ["ParallelObjects"]

# A clause's subjects, active and passive (``parties``' sets, which import this module's
# users, so cannot be imported here).
_SUBJECTS = frozenset({"nsubj", "csubj", "nsubjpass", "csubjpass"})


class ParallelObjects(Pronouns):
    """The first conjunct's object, for a pronoun object of the second."""

    def _object_of_first_conjunct(self, pronoun: Token) -> Named | None:
        """The one person the verb ``pronoun``'s verb is conjoined to acts on, when the
        pronoun is the object of a conjunct with no subject of its own."""
        verb = pronoun.head
        if pronoun.dep_ != "dobj" or verb.dep_ != "conj" or verb.head is verb:
            return None
        if any(c.dep_ in _SUBJECTS for c in verb.children):
            return None  # "X was cleared and the judge praised him": a clause of its own
        first = verb.head
        objects = [c for c in first.children if c.dep_ == "dobj" and c.pos_ != "PRON"]
        found: dict[str, Named] = {}
        for obj in objects:
            for t in obj.subtree:  # "the dog handler, X alias Y": the name in its phrase
                m = self.by_token.get(t.i)
                if m is None or m.type != "person" or t.i != self._mention_root(m):
                    continue
                name = self._full_name(m.name, m.start)
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if name in self.described | self.described_here:
                    continue
                if span is not None and agrees(span, pronoun):
                    found[name] = Named(name, pronoun.idx, pronoun.idx + len(pronoun.text),
                                        resolved=True)  # fmt: skip
        return next(iter(found.values())) if len(found) == 1 else None
