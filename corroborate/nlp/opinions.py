"""Authorial opinions: the writer's own judgements and demands, with no cue verb.

An editorial's "the action has to be indiscriminate" attributes a demand to
the outlet itself. Such a sentence has a deontic modal ("should", "must",
"has to", "needs to") on its main verb, stands outside any quotation and any
other attribution's cue, and names no source: the modal is its cue.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from corroborate.nlp.roles import Frame, trim
from corroborate.records import Range

MODAL_AUX = frozenset({"should", "must", "ought"})
MODAL_VERBS = frozenset({"have", "need"})  # "has to", "needs to"


def authorial_opinions(doc: Doc, taken: list[list[int]], quotations: list[Range]) -> list[Frame]:
    """Frames for sentences whose main clause is a demand by the writer."""
    taken_ids = {i for cue in taken for i in cue}
    frames: list[Frame] = []
    for sent in doc.sents:
        if any(t.i in taken_ids for t in sent):
            continue
        if any(qs < sent.end_char and qe > sent.start_char for qs, qe in quotations):
            continue
        if sent.text.rstrip(_CLOSERS).endswith("?"):
            continue  # a question asks ("Should the fund be cut?"); it demands nothing
        modal = _demand_modal(sent.root)
        if modal is None:
            continue
        cue = [t.i for t in modal]
        content = trim(doc, [t.i for t in sent if t.i not in set(cue)])
        frames.append(Frame(cue=cue, source=[], content=[content], kind="opinion"))
    return frames


def _demand_modal(root: Token) -> list[Token] | None:
    if _inferred(root):
        return None
    for child in root.children:
        if child.dep_ == "aux" and child.lower_ in MODAL_AUX:
            return [child]
    # "the action has to be indiscriminate": "has" is the root and "to be ..." its xcomp.
    if _obliges(root):
        return [root]
    for child in root.children:
        if child.dep_ in ("aux", "ccomp", "advcl") and _obliges(child):
            return [child]
    return None


def _obliges(verb: Token) -> bool:
    """Whether ``verb`` is a present "has to" or "needs to": the writer demanding now.

    The past narrates ("She had to make ends meet"), and "has" before anything but the
    infinitive's "to" is the perfect ("has been investigated to no avail").
    """
    if verb.lemma_ not in MODAL_VERBS or verb.tag_ not in PRESENT:
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return after is not None and after.lower_ == "to" and after.tag_ == "TO"


def _inferred(verb: Token) -> bool:
    """Whether ``verb`` is a past participle after "must have" ("They must have known"): an
    inference about the past, which no one can demand. "should have" stays, the writer's
    reproach ("The police should have arrested him")."""
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBN" and "must" in aux and "have" in aux


PRESENT = frozenset({"VBZ", "VBP"})
# What may close a sentence after its question mark: quote marks, brackets, spaces.
_CLOSERS = " \n\t\"'’”)]"
