"""A described person's term hung on the description's relative clause: in a gapped
co-ordination of sentences ("sentenced the owner of a shop to three years and the technician
who ran his servers to two years") the parser reads the second conjunct's "to two years" as
part of the relative clause ("who ran his servers to two years") and the conjunct as a
co-ordinate of the first term. The term belongs to the gapped verb of sentencing: the
described person is its second object (``GappedAwards``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

__all__ = ["described_term"]

# How far after "to" the term may be ("to seven years' rigorous imprisonment").
_TERM_REACH = 3


def described_term(noun: Token, sentence_word: Callable[[Token], bool]) -> bool:
    """Whether ``noun``, a co-ordinated common noun, carries a relative clause that ends its
    reading with "to" and a term ("the technician who ran his servers to two years") - not a
    clause of its own sentencing ("the man who was sentenced to two years": that clause
    tells an older term, read by its own verb) nor of a verb that takes "to" itself ("the
    clerk who sent the files to ...": a term is no place one is sent)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "conj":
        return False
    for clause in (c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i):
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children):
            continue  # "who was sentenced to ...", "who had been jailed to ..."
        for to in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "to"):
            if to.i < clause.i:
                continue
            reach = noun.doc[to.i + 1 : to.i + 1 + _TERM_REACH]
            if any(sentence_word(w) for w in reach):
                return True
    return False
