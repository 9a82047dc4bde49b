"""A jail stayed in by one the report never tells judged: "X and Y remain at the provincial
prison", "Z remains in jail" in a report of an arrest, a charge or a bail hearing - held
awaiting trial, a remand. A jail alone is no remand where the report tells of a verdict or a
sentence ("X, sentenced in 2019, remains in jail": a convict serving his term), so the whole
report is asked: no verb of judging (``ruling_verbs`` that convict, sentence or acquit)
anywhere in it. Custody alone is read by ``Custody._remains_held``; "on remand" by
``_on_remand``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.grammar import prep_objects

__all__ = ["in_jail_untried"]

# The outcomes of a judging verb (the lexicon's ruling_verbs' labels): a report with one
# tells of a trial's end, and a jail there may be a sentence served.
_JUDGING = frozenset({"convicted", "sentenced", "acquitted"})


def in_jail_untried(verb: Token, lex: LegalLexicon, a_prison: Callable[[Token], bool]) -> bool:
    """Whether a verb of staying (``remaining_verbs``) keeps its subject "in" or "at" a jail
    (``prison_nouns``, the place's head: "the Siem Reap provincial prison") in a report that
    judges no one."""
    if verb.lemma_.lower() not in lex.remaining_verbs:
        return False
    places = [o for h in (verb, *verb.children) for o in prep_objects(h, ("in", "at"))]
    if not any(a_prison(o) for o in places):
        return False
    return not any(lex.ruling_verbs.get(t.lemma_.lower()) in _JUDGING for t in verb.doc)
