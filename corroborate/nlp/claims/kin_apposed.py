"""A relative named first, the kinship told after: "Mahesh R., Dinesh's younger brother,
termed the arrest a scapegoating", "Y, his son, called the case false". The name is the
sentence's subject and the kin noun hangs on it in apposition - the mirror of "Dinesh's
younger brother, Mahesh R., ...", which ``Answering._answerers`` already reads through the
kin noun (whose owner is answered for). Read the same way, the speaker is the kin noun, so
the answer goes to the one whose relative speaks, not to the relative (den98). A relative
the report accuses already answers for himself (``Counsel._kin_accused``), so such a name
is kept; so is one whose kin is no one accused ("Imran, Irfan's brother" of the victim Irfan:
the victim's kin answer for no one), and one who pleads (a plea is the pleader's own).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from spacy.tokens import Token

__all__ = ["kin_noun_apposed"]


def kin_noun_apposed(
    subject: Token,
    role_nouns: Mapping[str, str],
    named: Callable[[Token], Collection[str]],
    accused: Collection[str],
) -> Token:
    """The kin noun in apposition to a named ``subject`` ("Y, X's brother"), where the name
    (``named``) is no one ``accused`` already and the kin noun's owners (``named`` of the
    kin noun: its possessive or "of" phrase, or the one accused a description stands for)
    are all accused; else ``subject`` itself."""
    names = named(subject)
    if not names or any(n in accused for n in names):
        return subject
    kin = [c for c in subject.children if c.dep_ == "appos"
           and role_nouns.get(c.lemma_.lower()) == "relative"]  # fmt: skip
    if len(kin) != 1:
        return subject
    owners = named(kin[0])
    return kin[0] if owners and all(n in accused for n in owners) else subject
