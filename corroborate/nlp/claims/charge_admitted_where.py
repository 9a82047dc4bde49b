"""Where an admission of the charge was made: a plea only before a court, a confession in custody.

"X admitted two counts of fraud", "admitted the charge": a count or charge (``pleaded_nouns``) is
what one admits by a plea in court, and with no place or time told that is how reports use it
(``Verbs._admits_charge``). But the investigators' questions are about the charges too, and
reports from every system tell an answer to them the same way: "X admitted to the charges during
his interrogation", "admitted the charges while in police custody", "owned up to the charges
before investigators", "admitted the charge in his statement to the police". There is no plea
without a court; what is admitted to those who hold the accused is his confession in custody,
and no court convicts on it.

So an admission of the charge is set in custody where a phrase of its own - on the verb, on the
charge admitted ("to the charges | during questioning"), or after it - names custody by its words
(``kinds.setting_in``: interrogation, questioning, custody, remand, the police, investigators,
the agencies that hold and question), and none names a court (a court, judge or magistrate, a
hearing or trial, "when the indictment was read in court": ``setting_in`` ranks a court first in
one phrase, and any phrase naming a court keeps the plea).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.kinds import setting_in

__all__ = ["charge_admitted_in_custody"]

# The links by which a phrase of place or time hangs on the verb ("during questioning", "while
# in custody", "when the indictment was read") or on what it admits.
_PHRASES = frozenset({"prep", "advcl", "npadvmod", "advmod"})


def charge_admitted_in_custody(verb: Token) -> bool:
    """Whether ``verb``, an admission of a charge, tells by its own phrases that it was made in
    custody and not before a court."""
    heads = [verb]
    heads += [c for c in verb.children if c.dep_ == "dobj"]  # "the charges | during ..."
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        heads += [o for o in prep.children if o.dep_ == "pobj"]  # "to the charges | ..."
    text = verb.doc.text
    settings = {
        setting_in(text[p.left_edge.idx : p.right_edge.idx + len(p.right_edge)])
        for h in heads for p in h.children
        if p.dep_ in _PHRASES and not (h.i == verb.i and p.lower_ == "to")
    }  # fmt: skip
    return "custodial" in settings and "judicial" not in settings
