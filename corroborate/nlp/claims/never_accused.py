"""A definite accused noun ("the accused", "the main accused", "the suspect") that the
resolver took for the last person named, where that person is one no clause has accused:
"X was charged on Monday. A neighbour, Z, said he had seen lights that night. Police said
efforts were on to arrest the main accused." The resolver follows the document's focus,
which a witness who speaks last becomes; the accused noun continues the one accused the
report follows (``Pronouns._anaphor``), not Z. Asked by ``Naming._name_at``, as is
``own_verbs_doers``: "Magistrate X sent the accused to jail" is never X.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Named
from corroborate.records import Mention

__all__ = ["never_accused", "own_verbs_doers"]


def never_accused(
    name: str | None, last_accused: Sequence[Named], all_accused: Mapping[str, Named]
) -> bool:
    """Whether ``name`` is a person no clause so far has accused while the report follows
    one or more accused people (not a group)."""
    followed = [n for n in last_accused if n.members is None]
    return bool(name) and bool(followed) and name not in all_accused


def own_verbs_doers(noun: Token, by_token: Mapping[int, Mention]) -> set[str]:
    """The names of the subject of the verb whose object ``noun`` is ("Magistrate X sent
    the accused to jail"): "the accused" is never the one who sends them there."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "dative", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return set()
    return {
        m.name for c in verb.children if c.dep_ in ("nsubj", "csubj")
        for t in c.subtree if (m := by_token.get(t.i)) is not None
    }  # fmt: skip
