"""A name with an indefinite article: one unnamed member, not the body or a person named.

"A Marine was found guilty of negligence", "a Teamster was charged with assault", "an
Ironworker was arrested": the article makes a one-word name a common noun for one of the
body's people (NER types such a word an organisation, a people or a person), whom the report
does not name. Neither the body nor anyone named is accused ("the Marines were blamed", "the
Teamsters denied it" still name the body; "a Harbour Party worker, X" and "an absconder X"
name X, the article being the worker's or the absconder's). Not an acronym: "an ATC granted
remand" is one court of a kind, which acts. ``Naming.no_party`` asks this beside its other
readings of a name that names no party.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.records import Mention

__all__ = ["one_unnamed_member"]

# The indefinite article: grammar, not a domain word.
_INDEFINITE = frozenset({"a", "an"})


def one_unnamed_member(token: Token, m: Mention) -> bool:
    """Whether the name ``m`` (at ``token``) stands, with "a" or "an" before it, for one
    unnamed member: the name's head word takes the article."""
    words = m.name.split()
    if len(words) != 1 or words[0].isupper():
        # "an ATC granted remand", "a JIT was formed": an acronym with an article is one of
        # a kind of body (a court, a team), which acts; a name of several words with one
        # is a description of someone ("a Hamilton landlord")
        return False
    head = token
    while head.head.i != head.i and m.start <= head.head.idx < m.end:
        head = head.head  # the name's last word, which the article hangs on
    first = token  # the name's first word
    while first.i > 0 and first.nbor(-1).idx >= m.start:
        first = first.nbor(-1)
    before = first.nbor(-1) if first.i > 0 else None
    # the article right before the name: not "an absconder X", whose article is the
    # description's though the parser hangs it on the name
    return (
        before is not None
        and before.dep_ == "det"
        and before.lower_ in _INDEFINITE
        and before.head.i == head.i
    )
