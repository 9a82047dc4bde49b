"""Whether a verb speaks inside a recording: "a video in which X says ...", "a clip in which he
is seen admitting ...", read from the parse (``footage_relative``). Both the reader of what an
accused says on footage (``Footage``) and the setting of a confession (``Settings``: what is
said on a recording released to the public is public) ask it.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["footage_relative"]

# The relative phrase of a recording: "a video in which ...".
_IN = "in"


def footage_relative(verb: Token, lex: LegalLexicon) -> Token | None:
    """The head of the "in which" clause on a recording noun (``footage_nouns``) that ``verb``
    speaks in, or None if there is none: the "in which" phrase on ``verb`` itself, on the verb
    of seeing it complements (``footage_verbs``: "is seen admitting"), on its subject, or -
    where a parenthesis broke the parse - on a name before it ("a video in which X, seated
    against a wall, says": the name taken for the clause or an apposition, its verb left
    without a subject). The recording is the noun the clause describes, or the word just
    before "in" where the parser hung the clause elsewhere ("released a video in which"), or the
    subject of the verb the clause was moved past ("a video was broadcast in which")."""
    holders = [verb]
    if verb.dep_ in ("xcomp", "advcl", "ccomp") and verb.head.lemma_.lower() in lex.footage_verbs:
        holders.append(verb.head)
    subjects = [c for h in holders for c in h.children if c.dep_ in NOUN_SUBJECTS]
    holders += subjects
    if not subjects:
        holders += [t for t in verb.sent if t.i < verb.i and t.pos_ == "PROPN"
                    and t.dep_ in ("relcl", "appos")]  # fmt: skip
    for head in holders:
        for phrase in head.children:
            if phrase.dep_ != "prep" or phrase.lower_ != _IN or phrase.i == 0:
                continue
            if not any(o.dep_ == "pobj" and o.tag_ == "WDT" for o in phrase.children):
                continue
            recordings = [phrase.doc[phrase.i - 1]]
            if head.dep_ in ("relcl", "appos"):
                recordings.append(head.head)
                # "a video was broadcast in which he said": the clause moved past the verb
                recordings += [c for c in head.head.children if c.dep_ in NOUN_SUBJECTS]
            if any(r.lemma_.lower() in lex.footage_nouns for r in recordings):
                return head
    return None
