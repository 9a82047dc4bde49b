"""Where a confession told only by its retraction was made, when the accused's side says so
to a court: the clause the verb of saying reports names those who held him ("X told the court
that his statement had been written by customs officers", "saying he had signed his
statement at the police office", "that what the ACC recorded as his confession was drafted
by its officers"). The court he tells it to hears the retraction; the confession he takes
back was made in the hands of the ones his words name - custodial, not judicial.

Read only from the reported clause that holds the confession noun, never from the verb of
saying's own phrases ("told the court", "At the trial"), which are the retraction's. A
phrase of the noun itself ("his statement before the magistrate") is read first, by
``TakenBackSettings._setting_taken_back``, and wins; so do its own words up to its clause's
verb, where the parser hung them elsewhere (``_own_setting``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.kinds import setting_in
from corroborate.records import Setting

__all__ = ["custody_in_reported_clause"]

# The clause a verb of saying reports: "told the court that ...", "saying he had signed ..."
_REPORTED = frozenset({"ccomp", "xcomp"})


def custody_in_reported_clause(saying: Token, confession: Token) -> bool:
    """Whether the clause ``saying`` reports, the one that holds ``confession``, names a
    custodial agent (``custodians.is_custodian``: "the police", "customs officers", "the
    ACC") - anywhere in that clause, as the one who wrote, drafted or took the statement
    down or the place he signed it ("at the police office")."""
    clause = confession
    while clause.head != saying:
        if clause.head == clause:
            return False  # the confession is not under the verb of saying
        clause = clause.head
    if clause.dep_ not in _REPORTED:
        return False  # "told the court, in his statement to police, ...": the verb's phrase
    if _own_setting(confession, clause) not in (None, "custodial"):
        return False  # "that his statement before the magistrate was dictated by the police"
    return any(is_custodian(t) for t in clause.subtree)


def _own_setting(confession: Token, clause: Token) -> Setting | None:
    """The setting the confession's own words name: the noun's phrase, and for a subject the
    words up to its clause's verb, wherever the parser hung them ("his confessional
    statement before the magistrate had been dictated": judicial, a statement recorded by a
    court, whoever the accused says dictated it)."""
    doc = confession.doc
    # "his confessional statement": the modifier read as the confession, the noun it heads
    noun = confession.head if confession.dep_ in ("amod", "compound") else confession
    last = noun.right_edge.i
    if clause.i > noun.i:
        last = max(last, clause.i - 1)
    end = doc[last]
    return setting_in(doc.text[noun.left_edge.idx : end.idx + len(end.text)])
