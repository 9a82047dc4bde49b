"""The first name of a list the parser split off at its alias: "X, 24, also called "Spider",
Y, 26, and Z, 29, were charged with robbery".

An alias declared with a verb ("also called", "also known as") after the first item's age
reads to the parser as a clause of its own: "X ... called Spider" with X for its subject,
and the rest of the list the subject of the sentence's verb, the two clauses joined as a
clausal complement one of the other (either way round). The mention finder has already
given X the alias, so the declaration says nothing of X but a second name: X is one more
subject of the sentence's verb, as the plural verb and a lede that counts three say. The
parser may also leave the verb with no subject and hang the list's other items on the alias
("... called "Red", Y, 39, and Z, 51, were arrested": Y apposed to "Red"): X and those items.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["subjects_split_by_an_alias"]

# What a declaring verb's second name hangs on: "called Spider" (oprd), "known as Bull"
_DECLARED = frozenset({"oprd", "attr", "dobj", "pobj"})


def subjects_split_by_an_alias(
    verb: Token, declares: Callable[[Token, Token], bool]
) -> list[Token]:
    """The subject of an alias declaration the parser made a clause joined to ``verb`` (its
    clausal complement or its head), where ``verb`` has subjects of its own after it:
    the name whose second name the declaration gives. ``declares(name, alias)``: whether
    the mention at ``name`` carries an alias ``alias`` is a word of."""
    own = [c for c in verb.children if c.dep_ in NOUN_SUBJECTS]
    if not own:
        return _list_hung_on_the_alias(verb, declares)
    joined = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ == "ccomp":
        joined.append(verb.head)
    found: list[Token] = []
    for clause in joined:
        names = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
        # the declared name between the declaring verb and the list's next item
        aliases = [
            a for c in clause.children if c.i > clause.i
            for a in (c, *(p for p in c.children if p.dep_ == "pobj"))
            if a.dep_ in _DECLARED and a.i < own[0].i
        ]  # fmt: skip
        found += [
            n for n in names
            if n.i < own[0].i and any(declares(n, a) and _list_goes_on(a, own[0]) for a in aliases)
        ]  # fmt: skip
    return found


def _list_goes_on(alias: Token, subject: Token) -> bool:
    """Whether nothing but commas, quotes and "and" stand between the alias and the verb's
    own subject: the list goes on after the alias ("also called "Spider", Y and Z were
    charged"), not a clause of the named one's ("also called "Spider", said Y was held")."""
    between = alias.doc[alias.right_edge.i + 1 : subject.left_edge.i]
    return all(t.is_punct or t.dep_ == "cc" for t in between)


def _list_hung_on_the_alias(verb: Token, declares: Callable[[Token, Token], bool]) -> list[Token]:
    """ "X, 45, also called "Red", Y, 39, and Z, 51, were arrested" parsed with no subject
    for "arrested", the declaration its head and the rest of the list apposed to the alias:
    X, and the names hung on the alias (the list's next items, with their conjuncts)."""
    if verb.dep_ != "ccomp" or verb.i < verb.head.i:
        return []
    clause = verb.head
    names = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
    aliases = [a for c in clause.children if clause.i < c.i < verb.i
               for a in (c, *(p for p in c.children if p.dep_ == "pobj"))
               if a.dep_ in _DECLARED]  # fmt: skip
    for name in names:
        for alias in aliases:
            if declares(name, alias):
                rest = [c for c in alias.children
                        if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"]  # fmt: skip
                return [name, *rest] if rest else []
    return []
