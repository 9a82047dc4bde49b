"""A person's office written as a title before the name: "Union Parishad member X", "Former
Union Parishad chairman Y", "Ward Committee secretary Z".

The body's name is capitalised and the small model often does not know it: it tags one of
its words a verb ("Parishad" as VBD), types a part of it an organisation ("Union") and hangs
the person's name as an apposition of the role noun, so that the verb's object or subject is
the body's first word. "sentenced Union Parishad member X and Y" then sentenced "Union", and X
was no party at all. A body's name, the singular role a person holds in it, then a person's
name, all adjacent: the phrase stands for that person - the body only says which office.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from corroborate.nlp.mentions.roles import ROLES
from corroborate.records import Mention

__all__ = ["name_after_office"]

# the most words a body's name runs to before its role noun ("Union Parishad", "Upazila
# Parishad", "District Council", "Ward Development Committee")
_BODY_WORDS = 4


def name_after_office(token: Token, by_token: Mapping[int, Mention]) -> Token | None:
    """The first word of the person's name that ``token``'s run of capitalised words (a
    body's name) and a singular role noun are written before, on the same line; None where
    ``token`` is no word of such a body's name. ``token`` itself is no word of a person's
    name ("Babul" stays Babul)."""
    # the body's name starts the phrase: a proper noun or a name the recogniser typed, never
    # a pronoun or a sentence's capitalised first word ("His counsel X" is the client's)
    named = token.pos_ == "PROPN" or token.i in by_token
    if not named or not _body_word(token, by_token):
        return None
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and i - token.i <= _BODY_WORDS and _body_word(doc[i], by_token):
        if doc[i].lower_ in ROLES:
            break  # "Union Parishad Member X": the role written capitalised
        i += 1
    if i + 1 >= len(doc) or not _singular_role(doc[i]):
        return None
    if "\n" in doc[i].whitespace_ or "\n" in doc[i - 1].whitespace_:
        return None
    name = doc[i + 1]
    m = by_token.get(name.i)
    if m is None or m.type != "person" or m.start != name.idx:
        return None
    return name


def _body_word(token: Token, by_token: Mapping[int, Mention]) -> bool:
    """A capitalised word no person's name holds: a word of a body's name."""
    m = by_token.get(token.i)
    if m is not None and m.type == "person":
        return False
    if token.pos_ in ("PRON", "DET", "ADP", "CCONJ"):
        return False
    return token.is_alpha and token.text[:1].isupper() and token.whitespace_ == " "


def _singular_role(token: Token) -> bool:
    """A role one person holds, written in the singular ("member", not "members")."""
    return token.lower_ in ROLES and token.tag_ not in ("NNS", "NNPS") and token.whitespace_ == " "
