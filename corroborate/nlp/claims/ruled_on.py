"""A person named as the object of a verb that only ever acts on an accused ("The court
acquitted X", "police arrested X"), before a pronoun of the same sentence: "The court
acquitted X, observing that the only evidence against him was a confessional statement ..."
- "him" is X, accused by that verb, though the report counts X among its accused only once
the sentence is read (``Pronouns._accused_named_before`` asks it; the verbs are
``legal.person_object_verbs``)."""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal

__all__ = ["ruled_on_before"]


def ruled_on_before(name: Token, pronoun: Token) -> bool:
    """Whether ``name`` is the object of such a verb before ``pronoun``, not negated ("the
    court did not acquit X" makes no accused of him)."""
    verb = name.head
    return (
        name.dep_ == "dobj"
        and verb.i < pronoun.i
        and verb.lemma_.lower() in legal().person_object_verbs
        and not any(c.dep_ == "neg" for c in verb.children)
    )
