"""A reported clause the parser hung on the gerund of the phrase that tells where it was said:
"X told investigators during questioning that he had taken the bikes" - spaCy reads
"questioning" as a verb (``pcomp``) and makes the "that" clause its complement, as if the
questioning said it. The clause is the telling verb's own when the phrase names a setting
(``kinds.setting_in``: "during questioning", "while being interrogated", "during
cross-examination") - words no one reports a clause with. A gerund that takes a clause of
its own ("told police after learning that his son had been shot", "after hearing that") names
no setting and keeps its clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.kinds import setting_in

__all__ = ["content_on_a_setting_gerund"]

# built once: the check runs for every child of every telling verb
_SUBJECTS = ACTIVE_SUBJECTS | PASSIVE_SUBJECTS


def content_on_a_setting_gerund(verb: Token) -> list[Token]:
    """The "that" clauses with a subject hung on the gerund of a phrase of ``verb`` that names
    where it was said ("during questioning"); none where the phrase names no setting."""
    text = verb.doc.text
    out: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for gerund in prep.children:
            if gerund.dep_ != "pcomp":
                continue
            clauses = [c for c in gerund.children if c.dep_ == "ccomp"
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                       and any(s.dep_ in _SUBJECTS for s in c.children)]  # fmt: skip
            # the phrase up to the gerund, and its own words before the clause: "during
            # questioning", "during his questioning by the CIB"
            end = min([gerund.idx + len(gerund.text), *(c.left_edge.idx for c in clauses)])
            if clauses and setting_in(text[prep.idx : end]) is not None:
                out += clauses
    return out
