"""A second verdict a ruling verb governs, which the parser hangs on the first one's person.

"confirmed the death sentence of X and the life term of Y", "upheld the sentence imposed on
X and the five-year term for Y": the reporter lists two verdicts, each with its own person,
as the verb's objects. The parser conjoins the second verdict noun to the name that ends the
first one's phrase (a noun conjoined to a person), so no reading of the verb's object sees it,
and Y goes without an outcome. ``verdicts_hung_on_names`` gives those nouns back, to be read
as further objects of the verb. Only a verdict noun (``verdict_nouns``) conjoined to a proper
name inside the first verdict's own phrase: a person listed after a name ("the sentence of X
and Y") stays a second owner of the one verdict.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

__all__ = ["verdicts_hung_on_names"]


def verdicts_hung_on_names(verdict: Token, nouns: Collection[str]) -> list[Token]:
    """The verdict nouns of ``nouns`` the parser conjoined to a proper name in the phrase of
    ``verdict`` ("the death sentence of X and the life term of Y": "term")."""
    found: list[Token] = []
    for word in verdict.subtree:
        if word.dep_ != "conj" or word.head.pos_ != "PROPN" or word.head == verdict:
            continue
        if word.pos_ == "NOUN" and word.lemma_.lower() in nouns:
            found.append(word)
    return found
