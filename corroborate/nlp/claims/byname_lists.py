"""A list of people broken by one's by-name: "X, 34, who is known in the area as "Y", and Z,
28, face charges", "X, called Y by friends, and Z were remanded". The parser hangs the next
name of the list on the by-name ("Y and Z", the object of "as"), so the list's subject is X
alone and Z is nowhere the verb's readings look.

A relative clause or participle on a name whose verb gives a person another name (the
lexicon's ``byname_verbs``: "known as", "called") names no second person with its object: a
proper name joined to that object by "and" continues the list the first name began.
``ListedNames._coordinated`` asks it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from corroborate.lexicon.legal import legal

__all__ = ["listed_past_byname"]

# Where a by-name clause hangs on the name it renames.
_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def listed_past_byname(name: Token) -> Iterator[Token]:
    """The proper names the parse joined to the by-name of ``name`` ("X, who is known as Y,
    and Z": Z) - the list ``name`` begins, continued."""
    verbs = legal().byname_verbs
    for clause in (c for c in name.children if c.dep_ in _CLAUSE_DEPS):
        if clause.lemma_.lower() not in verbs:
            continue
        given = [c for c in clause.children if c.dep_ == "oprd"]
        for prep in (p for p in clause.children if p.dep_ == "prep" and p.lower_ == "as"):
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            given += objects[:1]
            # "known as "Y", and Z": the parser may make Z a second object of "as"
            yield from (o for o in objects[1:] if o.pos_ == "PROPN")
        for byname in given:
            for c in byname.children:
                if c.dep_ == "conj" and c.pos_ == "PROPN":
                    yield c
