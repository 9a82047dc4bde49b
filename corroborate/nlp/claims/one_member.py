"""A name with an indefinite article: one unnamed member, not the body or a person named.

"A Marine was found guilty of negligence", "a Teamster was charged with assault", "an
Ironworker was arrested": the article makes a one-word name a common noun for one of the
body's people (NER types such a word an organisation, a people or a person), whom the report
does not name. Neither the body nor anyone named is accused ("the Marines were blamed", "the
Teamsters denied it" still name the body; "a Harbour Party worker, X" and "an absconder X"
name X, the article being the worker's or the absconder's). Not an acronym: "an ATC granted
remand" is one court of a kind, which acts. ``Naming.no_party`` asks this beside its other
readings of a name that names no party.

The same article may be a common noun's written before a name that modifies it: "found a
Clondalkin man guilty", "stole from a Douglas gambling company", "a St Andrew receiving
station" (``modifies_an_unnamed``). The name says where the one unnamed is from or what it
belongs to, whatever NER typed it (a place read as a person's surname is common); the party
is the noun's, never the name's. Only with the indefinite article: "the Kohli brothers"
may name the people of a family.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from corroborate.records import Mention

__all__ = ["modifies_an_unnamed", "names_only_modifying", "one_unnamed_member"]

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
    # the article right before the name, hung on the name's last word: not "an absconder
    # X", whose article is the description's though the parser hangs it on the name
    article = _article_before(token, m)
    return article is not None and article.head.i == _outer_word(token, m).i


def modifies_an_unnamed(token: Token, m: Mention) -> bool:
    """Whether the name ``m`` (at ``token``) modifies a common noun written after it whose
    indefinite article is written before the name: "a Clondalkin man", "a St Andrew
    receiving station" - the article is the noun's, so the name is inside the phrase of
    one unnamed person or thing. Not a name that stands for a fuller one the report gives
    ("Kevin Douglas was arrested ... found a Douglas man guilty"): a surname so written may
    well tell the man himself, and the report does not say which."""
    if len(m.name.split()) > len(m.text.split()):
        return False
    head = _outer_word(token, m)
    noun = head.head
    if head.dep_ not in ("compound", "amod", "nmod") or noun.idx < m.end or noun.pos_ != "NOUN":
        return False
    article = _article_before(token, m)
    return article is not None and article.head.i == noun.i


def _outer_word(token: Token, m: Mention) -> Token:
    """The word of the name ``m`` (at ``token``) that hangs on a word outside it."""
    head = token
    while head.head.i != head.i and m.start <= head.head.idx < m.end:
        head = head.head
    return head


def _article_before(token: Token, m: Mention) -> Token | None:
    """The indefinite article written right before the name ``m`` (at ``token``), if any."""
    first = token  # the name's first word
    while first.i > 0 and first.nbor(-1).idx >= m.start:
        first = first.nbor(-1)
    before = first.nbor(-1) if first.i > 0 else None
    if before is not None and before.dep_ == "det" and before.lower_ in _INDEFINITE:
        return before
    return None


def names_only_modifying(doc: Doc, mentions: Sequence[Mention]) -> set[str]:
    """The names every mention of which modifies one unnamed person or thing
    (``modifies_an_unnamed``): "a Korangi shopkeeper" says where the shopkeeper is from, so
    no pronoun or "his co-accused" later stands for "Korangi"."""
    inside: set[str] = set()
    elsewhere: set[str] = set()
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        placing = span is not None and len(span) > 0 and modifies_an_unnamed(span[0], m)
        (inside if placing else elsewhere).add(m.name)
    return inside - elsewhere
