"""A court told of a confession the telling places elsewhere is no setting of it: "X told
the court that the video of his so-called confession was made at the CIA centre", "Y told the
court through his lawyer that he had never made any admission" - the court heard the telling,
and the confession it tells of is a thing named inside what was told, made where the told
clause says (or, never made by him, where the report does not say). Read from the parse: a
confession named by a noun inside the clausal complement of a verb whose audience
(``audience``: its object, its "to" phrase) is a court - any verb that tells a court
something: "told", "informed", "assured"; where that complement names another setting of its
own, or denies the confession's making (its verb negated), the court audience is blanked
(same length, so offsets hold) before the sentence's and the scene's words are read for a
setting, as ``press_told`` does for the press (``court_told`` reads a court that tells of a
person). A complement that says nothing of where ("the prosecutor told the court that X's
confessional statement was recorded voluntarily", "the magistrate told the court that X's
confession was voluntary") keeps the court: the case's courts hear such confessions. A
confession told as the accused's own verb in court ("X admitted before the court that ...")
is untouched: its cue is no noun inside another verb's complement, and a noun in the verb's
own phrase ("told the magistrate in his confessional statement that ...") is no part of what
was told.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.audience import court_audiences
from corroborate.nlp.grammar import negated
from corroborate.nlp.kinds import setting_in
from corroborate.nlp.spans import blanked, phrase_range

__all__ = ["without_court_told"]

_COMPLEMENTS = frozenset({"ccomp", "xcomp"})


def without_court_told(cue: Token, text: str) -> str:
    """``text`` with the court audience of each verb whose complement names the confession
    ``cue`` (a noun) and places it elsewhere, or denies it was made, blanked."""
    if cue.pos_ not in ("NOUN", "PROPN"):
        return text
    courts: list[Token] = []
    below = cue
    for verb in cue.ancestors:
        told, complement = below.dep_ in _COMPLEMENTS, below
        below = verb
        if not told or verb.pos_ not in ("VERB", "AUX"):
            continue
        heard = court_audiences(verb)
        if heard and _placed_elsewhere(cue, complement, blanked(text, heard)):
            courts += heard
    return blanked(text, courts)


def _placed_elsewhere(cue: Token, complement: Token, text: str) -> bool:
    """Whether the told clause names a setting other than a court, or tells the confession
    never made (the verb over it negated: "he had never made any admission")."""
    lo, hi = phrase_range(complement)
    if setting_in(text[lo:hi]) not in (None, "judicial"):
        return True
    verb = next((t for t in [cue, *cue.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    return (
        verb is not None and (verb == complement or complement in verb.ancestors) and negated(verb)
    )
