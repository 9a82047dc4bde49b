"""The items of a lede's noun phrase (``Ledes``, ``LedeParts``): its own words, less what
its clauses and phrases name ("a lorry driver who killed three members of one family"), the
count of a counted plural ("Two guards"), and the items of a list the parser hung on one as
its apposition ("Two guards, a baker and a driver were remanded")."""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.announced import number_values
from corroborate.nlp.grammar import NOUN_SUBJECTS, indefinite

__all__ = ["counted_item", "listed_as_apposed", "numeral", "own_phrase"]


def own_phrase(noun: Token) -> list[Token]:
    """The words of a noun's phrase less its relative clauses and its phrases other than
    "of": "a lorry driver who killed three members of one family on the M6", "the leader of
    a gang that smuggled migrants across the Channel", "a suspect in the kidnapping of X" are
    unnamed; the names of what they did are others'."""
    clauses = [t for t in noun.subtree if t.dep_ == "relcl"]  # "of a gang that ..." too
    # "a suspect in the kidnapping of X", "a man from Kano": the case or place named by a
    # phrase of its own is not the noun's name (an "of" phrase may be: "the leader of X")
    clauses += [c for c in noun.children if c.dep_ == "prep" and c.lower_ != "of"]
    inside = {t.i for c in clauses for t in c.subtree}
    return [t for t in noun.subtree if t.i not in inside]


def counted_item(noun: Token) -> int | None:
    """The count of a plural item of a co-ordination of people ("Two guards" of "Two guards,
    a baker and a driver"): its number, two or more; None for a singular or uncounted one."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return None
    count = numeral(noun)
    return count if count is not None and count >= 2 else None


def numeral(noun: Token) -> int | None:
    """The number a noun's numeral modifier gives ("three" or "3" of "three guards"), if any."""
    counts = [number_values([c]) for c in noun.children if c.dep_ == "nummod"]
    return next((v for values in counts for v in values if v), None)


def listed_as_apposed(noun: Token) -> list[Token]:
    """The items of a list the parser hung on a counted plural as its apposition or as a
    second subject of its verb: "Two guards, a baker and a driver were remanded" ("a baker"
    apposed, "a driver" its conjunct), "Two guards attached to the station, a baker and a
    driver were remanded" ("a baker" a subject of its own, or apposed to "the station").
    Only indefinite singulars that run on to the clause: an apposition closed by a comma
    describes the plural ("Two men, a father and his son, were jailed": two)."""
    if counted_item(noun) is None:
        return []
    # the apposition may hang on the last noun of the plural's own phrase ("Two officers
    # attached to the Lindale Police Formation, a baker and ...": on "Formation")
    heads = [t for t in noun.subtree if t.dep_ == "appos" and t.i > noun.i]
    if noun.dep_ in NOUN_SUBJECTS:
        heads += [c for c in noun.head.children if c.dep_ == noun.dep_ and c.i > noun.i]
    for head in heads:
        if not indefinite(head):
            continue
        items = [head, *(c for c in head.conjuncts if c.i > head.i)]
        end = max(t.i for i in items for t in i.subtree) + 1
        closed = end < len(noun.doc) and noun.doc[end].is_punct
        if len(items) >= 2 and not closed:
            return items
    return []
