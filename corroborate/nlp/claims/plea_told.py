"""A request for bail named by its request noun alone, once the report is about bail: "granted
post-arrest bail to the munshi but dismissed the bail petition of the patwari ... The plea of
patwari X was dismissed", "granted bail to the groom but turned down the plea of his cousin
... The same bench dismissed the petition of Y".

A bail hearing's report names the bail asked for once ("the bail petition", "granted bail")
and then calls each applicant's request "the plea" or "the petition" - the bail noun need not
be written again. So a request noun (``bail_request_nouns``) refused by the court is a bail
request refused - a remand - where the report has written a bail noun (``bail_nouns``) before
it, and the request is written as a known one with its owner: "the" or an owner's word before
it, an "of" phrase naming whose it is, and nothing that tells another matter (no compound or
adjective, "the review petition", "the writ petition"; no clause or other phrase, "the
petition seeking quashment of the FIR", "the petition against his conviction"). Not "the plea
of being asleep": a defence's plea, whose "of" holds a deed, not a person.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["bail_plea_told"]

# The words a request noun written as a known one may carry: its article or owner, its "of"
# phrase, punctuation, and the owner's name, which the parse may appose to the request noun
# itself ("the plea of tehsildar X": X apposed to "plea").
_KNOWN_REQUEST = frozenset({"det", "poss", "prep", "punct", "appos"})


def bail_plea_told(noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``noun``, a request noun with no bail word of its own, is a bail request the
    report has been telling of: written as a known one with its owner, after a bail noun."""
    if noun.lemma_.lower() not in lex.bail_request_nouns:
        return False
    if any(c.dep_ not in _KNOWN_REQUEST for c in noun.children):
        return False
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if any(p.lower_ != "of" for p in preps):
        return False
    owners = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    if any(o.pos_ not in ("NOUN", "PROPN") for o in owners):
        return False  # "the plea of being asleep": a deed, not whose plea
    marks = [c for c in noun.children if c.dep_ in ("det", "poss")]
    known = any(c.dep_ == "poss" or c.lower_ == "the" for c in marks)
    if any(c.dep_ == "appos" and c.pos_ != "PROPN" for c in noun.children):
        return False  # "the petition, a writ of ...": a noun renaming it tells its matter
    if not known or not (owners or any(c.dep_ == "poss" for c in marks)):
        return False
    return any(t.lemma_.lower() in lex.bail_nouns for t in noun.doc[: noun.i])
