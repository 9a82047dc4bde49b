"""The statement an "it" stands for where its own sentence named it just before: "Through his
lawyer he asked the court to set aside his statement to the police, saying he signed it after
three days in a cell without food", "his counsel objected to the statement, saying X signed it
because detectives promised he would be released".

The accused's side that tells how he came to sign or give "it" speaks of the statement the
sentence has just named, whether or not the report told a confession before (where it did,
``CoercedStatements`` takes "it" for that confession already). The statement is the nearest
noun before "it" that could be what was signed: an argument of a verb (its subject or object,
or a complement) that is no person; one of these between the statement and "it" ("he read
the bail bond and signed it") is what "it" stands for instead, and a phrase of where or when
("at the trial", "to detectives") stands for nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["statement_named_before"]

# the parts of a clause a signed "it" may take up: what a verb has or is done to
_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})
# prepositions by which a verb takes a statement as its own ("objected to the statement",
# "resiled from his statement"); any other phrase ("at the trial", "to detectives") tells
# where, when or to whom, never what a later "it" is
_TAKING = frozenset({"to", "from", "against"})


def statement_named_before(
    it: Token, givers: frozenset[str], statements: frozenset[str], people: frozenset[str]
) -> Token | None:
    """The statement (one of ``statements``) that ``it``, the object of a verb of giving
    (one of ``givers``: "signed it", "gave it"), stands for: the nearest argument noun
    before it in its sentence that is no person (``people``), where that noun is a
    statement. None where "it" is no such object or the nearest such noun is another."""
    if it.tag_ != "PRP" or it.lower_ != "it" or it.dep_ != "dobj":
        return None
    if it.head.lemma_.lower() not in givers:
        return None
    for noun in reversed(it.sent[: it.i - it.sent.start]):
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma in people:
            continue
        if noun.dep_ == "pobj":
            if lemma in statements and noun.head.lower_ in _TAKING:
                return noun
            continue
        if noun.dep_ in _ARGUMENTS:
            return noun if lemma in statements else None
    return None
