"""A guilty plea told as a noun its maker owns: "X was jailed for nine years after his guilty
plea", "the judge cut the term by a third for his early guilty plea", "the court took into
account his cooperation and his guilty plea", "Y's plea of guilty".

Short court reports tell the plea so, in passing, as the ground of the sentence or what the
court weighed, after a sentence that told the plea by a verb the report never wrote. A plea
noun (``plea_nouns``) whose own words say "guilty" is a plea of guilt made before the court,
so one owned by a possessive is its owner's confession (``Nouns._read_noun``, as for an owned
admission: ``weighed_admission``, which keeps only an owner the report accuses) - and, unlike
"his admission", a moment after it ("after his guilty plea") still tells it was made. Not a
plea of not guilty ("his not-guilty plea", "her plea of not guilty"), nor a compound ("his
guilty plea hearing"), nor a plea without an owner ("a guilty plea would save time").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["owned_guilty_plea"]

# the word of guilt a plea noun carries, as its modifier or in its "of" phrase
_GUILTY = "guilty"


def owned_guilty_plea(noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``noun`` is a plea noun owned by a possessive whose own words say "guilty",
    with no "not" (or "no") before it: "his guilty plea", "his early guilty plea", "X's plea
    of guilty"; not a compound ("his guilty plea hearing")."""
    if noun.lemma_.lower() not in lex.plea_nouns or noun.dep_ == "compound":
        return False
    if not any(c.dep_ == "poss" for c in noun.children):
        return False
    words = [t for t in noun.subtree if t.i != noun.i]
    if not any(t.lower_ == _GUILTY for t in words):
        return False
    # "his not-guilty plea", "her plea of not guilty": the "not" hangs on "guilty" or beside it
    return not any(t.lower_ in ("not", "no", "n't") or t.dep_ == "neg" for t in words)
