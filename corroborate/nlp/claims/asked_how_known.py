"""Knowledge denied by a question that wants no answer: 'How would I know who uses them?', "How
can he know what happens inside the laboratory?", "how could my client have known whose sacks
they were?" (lfd32). No "not" is written, yet "how would I know X" says "I could not know X":
the speaker denies knowing, as "did not know who used them" does (``no_part.denies_knowing``,
which asks this, for the accused's side only - ``Answers._knowing_denied``).

Read from the parse: a verb of knowing (``knowing_verbs``), not negated ("how could he not
know?" accuses), with "how" as its own adverb before it, a modal auxiliary of its own
("would", "can", "could": ``modal_auxiliaries`` - a plain "How did he know the route?" is a
question a report asks, not a denial), a clause or an object that is what is not known, and
its sentence a question (a "?" in it).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import negated

__all__ = ["asked_how_known"]

_KNOWING = legal().knowing_verbs
_MODALS = frozenset(legal().modal_auxiliaries)
# What is not known: a clause ("who uses them") or an object ("the route").
_KNOWN = frozenset({"ccomp", "dobj", "xcomp"})


def asked_how_known(act: Token) -> bool:
    """Whether ``act`` is a verb of knowing asked as "how would/can/could X know ...?"."""
    if act.lemma_.lower() not in _KNOWING or negated(act):
        return False
    children = list(act.children)
    how = any(c.dep_ == "advmod" and c.lower_ == "how" and c.i < act.i for c in children)
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children)
    known = any(c.dep_ in _KNOWN for c in children)
    asked = any(t.text == "?" for t in act.sent if t.i > act.i)
    return how and modal and known and asked
