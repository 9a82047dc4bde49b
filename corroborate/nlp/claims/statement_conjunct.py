"""A court's act the parser hung on what the court said or found.

"The court said the evidence was strong and ordered that he be held in custody", "The
magistrate said the reasons were compelling and ordered the suspects held", "The court found
X to be on probable cause suspected of fraud and ordered him held in custody": the parser
makes "ordered" a conjunct of the clause the court said ("was") or of the infinitive it found
("to be"), so the conjunct takes that clause's subject - the evidence, the reasons, nothing -
for its doer, and the court's order is lost. A subjectless conjunct stands beside what was
said, not inside it, where that clause's subject cannot act: a thing ("the evidence", "the
recovery"), or an infinitive "to be" with none. Not where a person or a body acts inside it
("Jatoi said he had seized the pistol and handed it over": he handed it; "said officers had
kept him handcuffed and placed a bag over his head": the officers did).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

__all__ = ["telling_verb"]


def telling_verb(head: Token, doers: list[Token], a_thing: Callable[[Token], bool]) -> Token | None:
    """The verb of saying or finding whose act a subjectless conjunct hung on ``head`` is:
    ``head`` the clause it says (a "that" clause, ``ccomp``) whose subjects ``doers`` are all
    things (``a_thing``), or the "to be" it finds (``xcomp``) with no subject. None for any
    other conjunct."""
    outer = head.head
    if outer.i == head.i or outer.pos_ not in ("VERB", "AUX"):
        return None
    if head.dep_ == "ccomp":
        return outer if doers and all(a_thing(d) for d in doers) else None
    if head.dep_ == "xcomp":
        return outer if not doers and head.lemma_.lower() == "be" else None
    return None
