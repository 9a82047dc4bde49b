"""Whom a "who" clause after a closed apposition describes: "X, an old friend of the
landlord, who pleaded guilty to ...".

A reporter names a person, describes them in an apposition set off by commas, and goes on
with a relative clause after the closing comma. The apposition is closed, so the relative
describes the person named - yet the parser hangs the clause on the last noun of the
apposition ("landlord", the object of its "of" phrase), and no reading finds X as the one who
pleaded. ``closed_apposition`` gives back the name. Only this shape: the clause opens with
"who"/"whom" right after a comma, hangs on a common noun with no name of its own that is the
object of a preposition of an apposition to a name, and that apposition opens with a comma
too. "X, the son of a man who ..." (no comma before "who") keeps the parser's reading.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["closed_apposition"]

_RELATIVES = frozenset({"who", "whom"})


def closed_apposition(clause: Token) -> Token | None:
    """The name an apposition renames when the relative ``clause`` follows that apposition
    after its closing comma, hung by the parser on a noun inside it; None otherwise."""
    if clause.dep_ != "relcl":
        return None
    relative = next((c for c in clause.children if c.lower_ in _RELATIVES and c.tag_ == "WP"),
                    None)  # fmt: skip
    if relative is None or relative.i == 0 or relative.nbor(-1).text != ",":
        return None
    noun = clause.head
    while noun.dep_ == "conj":  # "a friend of X's father and brother, who": the first
        noun = noun.head
    # a common noun, or an adjective used as one ("a cousin of the deceased, who")
    if noun.pos_ not in ("NOUN", "ADJ") or noun.dep_ != "pobj" or noun.ent_type_:
        return None
    apposition = noun.head.head
    if noun.head.dep_ != "prep" or apposition.dep_ != "appos" or apposition.pos_ != "NOUN":
        return None
    name = apposition.head
    opened = apposition.left_edge.i > 0 and apposition.left_edge.nbor(-1).text == ","
    if name.pos_ != "PROPN" or not opened or name.i > apposition.i:
        return None
    return name
