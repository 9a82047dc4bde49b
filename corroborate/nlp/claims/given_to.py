"""Recipients of a court's act who are never the one it rules on.

A verb of granting or handing names two parties: what is given and to whom. The one given a
sentence or bail is the accused ("awarded X ten years", "granted bail to X"), but a remand
is granted to those who hold the accused ("granted the police a seven-day remand", "granted
the CIB a custody extension to hold both men"): the police or investigators
(``custodians``) a grant goes to keep the accused; they are not its subject. The recipient
is judged by the head of its phrase, so a titled person ("Inspector X", head "X") still
counts as one ruled on. The same holds of a name the parser left hanging after a ruling
verb (``Parties._name_after``): the police named there are given, never ruled on.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.custodians import is_custodian

__all__ = ["given_to_custodians"]


def given_to_custodians(phrase: Token) -> bool:
    """Whether a recipient phrase of a verb (a dative noun, or a "to"/"on" preposition)
    names only custodial agents: "the police", "the CIB", "to the investigators"."""
    heads = [c for c in phrase.children if c.dep_ == "pobj"] if phrase.pos_ == "ADP" else [phrase]
    return bool(heads) and all(is_custodian(h) for h in heads)
