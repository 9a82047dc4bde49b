"""Who admits by a participle in a phrase of time: "X was jailed after admitting the charge",
"Y, who is serving nine years after admitting his part under a plea deal", "Z was released on
bail before confessing to police"; and the means it was done by: "At the trial, X surprised
the court by admitting the charge" (the one who surprised it admitted).

Reports tell a plea or a confession in passing so, as the reason for what befell the accused:
the participle ("admitting", "confessing") is the object of "after" or "before" (``pcomp``)
and has no subject of its own, and the parser gives ``Parties._agents`` nothing to name. Its
doer is the subject of the verb the phrase hangs on - the passive subject too ("X was jailed
after admitting ...": the one jailed is the one who admitted), the "who" of a relative clause
through its noun (``_agents``). Whether what is admitted is a crime, a charge or a plea is
``AnswerVerbs``' test, as for any admitting verb.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.parties import PASSIVE_SUBJECTS
from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["AfterAdmitting"]

# The prepositions of time whose participle object shares the subject of the verb they hang
# on: "after admitting", "before confessing", "on admitting", "upon confessing"; and "by", of
# the means ("surprised the court by admitting the charge": the one who surprised admitted).
_OF_TIME = frozenset({"after", "before", "on", "upon", "by"})


class AfterAdmitting:
    """The doer of a participle of admitting in a phrase of time."""

    # ``Parties`` defines them; declared only, as a base it would break the reader's chain
    # (the class is last in it)
    _names_of_children: Callable[[Token, frozenset[str]], list[Named]]
    _agents: Callable[[Token], list[Named]]
    _is_person: Callable[[Named], bool]

    def _doers_of_time_participle(self, verb: Token) -> list[Named]:
        phrase = verb.head
        if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or phrase.dep_ != "prep":
            return []
        if phrase.lower_ not in _OF_TIME or phrase.head.pos_ not in ("VERB", "AUX"):
            return []
        if any(c.dep_ in NOUN_SUBJECTS for c in verb.children):
            return []  # the participle has a subject of its own
        head = phrase.head
        people = self._names_of_children(head, PASSIVE_SUBJECTS) or self._agents(head)
        return [n for n in people if self._is_person(n)]
