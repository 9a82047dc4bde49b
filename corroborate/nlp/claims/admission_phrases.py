"""Where an admission was made, told by a phrase the parser hangs off the verb of admitting: on
the deed admitted ("X admitted stealing the phones during interrogation", "X admitted printing
the cards in his statement before the magistrate") or on the passive verb of saying the
admission is the infinitive of ("X, during his interrogation, is said to have admitted ...").

A phrase after an admitted gerund's object goes, in the parse, to the gerund (or its object),
not to the verb of admitting, so the verb's own phrases (``Doers._admits_own_deed_told_there``)
never see it. Where the phrase names a setting of questioning or of a court's record - read by
its words (``kinds.setting_in``) - it tells where the admission was made: a deed is not done
"during interrogation" or "in a statement before the magistrate". Only "during", "under", "in"
and "before": "at the police station" after a deed is as often where the deed was done
("admitted beating him at the police station").

A passive verb of saying ("is said", "is alleged") is the reporter's distance, not a telling
of its own: its phrases are the admission's ("X, during his interrogation, is said to have
admitted sharing the code" - he admitted it during interrogation).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.nlp.kinds import setting_in
from corroborate.nlp.own_deed import controlled_deed

__all__ = ["gerund_phrases", "said_phrases"]

# The verbs whose passive holds a reported act as its infinitive: saying and alleging.
_SAID = kinds_lexicon().reporting_cues | kinds_lexicon().allegation_cues

# The prepositions that open a phrase of when, in what or before whom the admission was made.
_MADE_IN = frozenset({"during", "under", "in", "before"})


def gerund_phrases(verb: Token) -> list[Token]:
    """The phrases after the gerund ``verb`` admits (``own_deed.controlled_deed``), or after
    its object (the parser hangs one there too: "printing the cards | during interrogation"),
    that name a setting by their words; none where the verb takes no gerund."""
    deed = controlled_deed(verb)
    if deed is None:
        return []
    objects = [c for c in deed.children if c.dep_ == "dobj"]
    text = verb.doc.text
    return [
        p for h in (deed, *objects) for p in h.children
        if p.dep_ == "prep" and p.lower_ in _MADE_IN and p.i > h.i
        and setting_in(text[p.idx : p.right_edge.idx + len(p.right_edge)]) is not None
    ]  # fmt: skip


def said_phrases(verb: Token) -> list[Token]:
    """The phrases of the passive verb of saying whose infinitive ``verb`` is ("X is said to
    have admitted ...": "said"), as the verb's own; none for any other verb."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in _SAID:
        return []
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        return []  # "the police said to have ...": no passive, a verb of its own
    return [c for c in head.children if c.dep_ in ("prep", "advcl", "npadvmod")]
