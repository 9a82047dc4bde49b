"""The subject the parser gave to a participle set off by commas: "Advocate Z, acting for the
driver, said his client ..." is parsed, now and then, with "Z" the subject of "acting" and
"acting" a clause of "said", so the verb of saying seems to have no subject and whom Z acts
for hangs on no lawyer. A present participle before its verb, with a subject of its own
followed by a comma, and a verb with no subject of its own, is no absolute clause ("The
court rising, the lawyer said ..." has no comma after "court") but the apposed aside of the
verb's subject (``subject_hung_on_participle``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["participle_holding_subject", "subject_hung_on_participle"]


def participle_holding_subject(verb: Token) -> Token | None:
    """The present participle, a clause of ``verb`` before it, set off by commas, that the
    parser gave ``verb``'s subject to; None where ``verb`` has a subject of its own."""
    if any(c.dep_ in NOUN_SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.i > verb.i:
            continue
        subject = next((s for s in clause.children if s.dep_ == "nsubj"), None)
        if subject is None or subject.i > clause.i:
            continue
        # "Z, acting for X, said": a comma between the subject and the aside, and one closing
        # the aside (the parser hangs either on the name or on a verb)
        if not _comma(doc, subject.i, clause.i) or not _comma(doc, clause.i, verb.i):
            continue
        if subject.pos_ in ("PROPN", "NOUN"):
            return clause
    return None


def subject_hung_on_participle(verb: Token) -> Token | None:
    """``verb``'s subject where the parser hung it on a participle set off before the verb
    ("Z, acting for X, said ...": Z); None elsewhere."""
    clause = participle_holding_subject(verb)
    if clause is None:
        return None
    return next(s for s in clause.children if s.dep_ == "nsubj")


def _comma(doc: Doc, start: int, end: int) -> bool:
    """Whether a comma stands between tokens ``start`` and ``end`` (neither counted)."""
    return any(t.text == "," for t in doc[start + 1 : end])
