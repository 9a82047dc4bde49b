"""The press another speaker told of a confession is no setting of it: "Superintendent X
told a press conference: 'We arrested him at the bus stand and he confessed'", "Addressing
journalists, the SSP said the accused had confessed" - the police chief's press conference
is where he spoke, not where the accused did (who confessed in custody, or where the report
does not say). Read from the parse: a verb of saying over the confession (its ancestor,
``kinds.reporting_cues``) whose subject is not the confessor, with its audience phrase or
an adverbial clause of addressing the press; those words are blanked (same length, so
offsets hold) before the sentence's and the scene's words are read for a setting. The
confessor's own telling ("X told reporters that he had killed Y") keeps its audience.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.nlp.audience import names_the_press
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.kinds import setting_in
from corroborate.nlp.spans import blanked, phrase_range

__all__ = ["without_press_told_by_another"]

_KINDS = kinds_lexicon()
_AUDIENCE_DEPS = ("prep", "dative", "dobj", "advcl", "npadvmod")


def without_press_told_by_another(
    cue: Token, text: str, names_of: Callable[[Token], Iterable[str]]
) -> str:
    """``text`` with the public audience of each verb of saying over ``cue`` whose subject
    is someone other than the cue's own doer blanked; ``names_of``: who does a verb."""
    own = _own_clause(cue)
    doers = set(names_of(own)) if own is not None else set()
    audiences: list[Token] = []
    for verb in cue.ancestors:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _KINDS.reporting_cues:
            continue
        if not any(c.dep_ in ACTIVE_SUBJECTS for c in verb.children):
            continue
        speakers = set(names_of(verb))
        if not doers or speakers & doers:
            continue  # the confessor's own telling, or no one to tell apart
        for child in verb.children:
            if child.dep_ not in _AUDIENCE_DEPS or cue in child.subtree:
                continue
            lo, hi = phrase_range(child)
            if setting_in(text[lo:hi]) != "public" and not names_the_press(child):
                continue
            audiences.append(child)
    return blanked(text, audiences)


def _own_clause(cue: Token) -> Token | None:
    """The verb whose doer confessed: the cue, or the nearest verb over a noun cue."""
    return next((t for t in [cue, *cue.ancestors] if t.pos_ in ("VERB", "AUX")), None)
