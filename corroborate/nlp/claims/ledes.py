"""The one a wire lede rules on without naming: "A 22-year-old man has been refused bail ...
Liam Dwyer, a labourer from Logan, appeared in court on Monday." The first sentence tells
the act of an unnamed person, written as an indefinite singular noun ("a man", "a former
police officer"); the next names them as the subject of its main clause. Only the next
sentence, only a person who is no one else there (a judge, a victim, a lawyer: the parties
the sentence gives another part), and not the subject of a reporting verb ("Jane Doe, the
victim's sister, said ..."), who is a speaker, not the one the lede spoke of.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS

__all__ = ["LEDE_KINDS", "Ledes"]

# The claims a lede tells of someone it names only in its next sentence (and a denial, whose
# unnamed one is its subject: ``Ledes._unnamed_one``).
LEDE_KINDS = frozenset({"ruling", "charge", "arrest", "accusation"})
_INDEFINITE = frozenset({"a", "an"})


class Ledes(Answers):
    """Whom an unnamed lede speaks of, by the sentence after it."""

    def _unnamed_one(self, draft: Draft) -> bool:
        """Whether ``draft`` names no accused and the one it acts on is an unnamed single
        person: an indefinite singular noun with no name in its phrase ("a 34-year-old man
        was charged", "sentenced a former taxi rank marshal", "a man charged with ...")."""
        if any(r == "accused" for r, _ in draft.parties.values()):
            return False
        if draft.kind == "denial":
            # "A Florida man accused of arson pleaded not guilty", "A police officer accused
            # of murder has denied the charges": the one who answers is the unnamed subject
            subjects = [c for c in draft.cue.children if c.dep_ in ACTIVE_SUBJECTS]
            return any(self._indefinite_one(s) for s in subjects)
        return draft.kind in LEDE_KINDS and self._acts_on_one_unnamed(draft.cue)

    def _acts_on_one_unnamed(self, verb: Token) -> bool:
        """Whether the one ``verb`` acts on is an unnamed single person (its object, its
        passive subject, the noun its participle describes)."""
        nouns = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS | {"dobj"}]
        if verb.dep_ == "conj":  # "has been refused bail and remanded in custody"
            nouns += [c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECTS]
        if verb.dep_ == "acl":  # "a man charged with manslaughter", "a man accused of"
            nouns.append(verb.head)
        return any(self._indefinite_one(n) for n in nouns)

    def _indefinite_one(self, noun: Token) -> bool:
        return (
            noun.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children)
            and not any(t.i in self.by_token for t in noun.subtree)
            and self.lex.role_nouns.get(noun.lemma_.lower()) is None  # "a judge", "a lawyer"
        )

    def _named_next(self, sent: Span, others: set[str]) -> Named | None:
        """The person the sentence after an unnamed lede names as its main clause's
        subject, if they are given no other part in it (``others``: the names the
        sentence makes victim, judge, relative ...) and do not merely speak."""
        root = sent.root
        if root.lemma_.lower() in self.kinds.reporting_cues:
            return None
        subjects = [c for c in root.children if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS]
        found = [n for s in subjects for n in self._names(s)]
        if len(found) != 1 or not self._is_person(found[0]) or found[0].name in others:
            return None
        return found[0]
