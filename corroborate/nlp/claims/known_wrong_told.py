"""A confession told as a wrong the accused knew he did, in his own first-person words: "'I
knew it was wrong and I did it anyway,' she said", "'I did it because I was told to, and I
knew it was wrong,' she answered", "'I knew it was wrong. I did what the boss said,' X told
the court". The words name no crime, so no reader of the deed takes them; owning the wrong
he did is the admission itself, wherever it is said (the setting is the audience's, read by
``Settings`` as for any confession).

Read from the parse: a verb of saying (``kinds.reporting_cues``), not negated nor passive,
that opens or closes a quotation (``ToldPress._quoted``), one of whose clauses has "I" for
subject and knows the deed was wrong (``known_wrong.knew_it_wrong``: "I did not know it was
wrong", "it was wrong to arrest him" and "what they did was wrong" own nothing), not in a
single-quoted quotation inside it (another's words retold). Only a speaker the report has
already accused is a confessor.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft, confession_of
from corroborate.nlp.claims.told_press import ToldPress, retold
from corroborate.nlp.known_wrong import knew_it_wrong

__all__ = ["KnownWrongTold"]


class KnownWrongTold(ToldPress):
    """An accused's own words that he knew his deed was wrong, as his confession."""

    def _known_wrong_told(self, verb: Token) -> list[Draft]:
        if not any(_owns_wrong(t) for t in self._own_words_quoted(verb)):
            return []
        return confession_of(verb, [n for n in self._agents(verb) if n.name in self.accused_so_far])


def _owns_wrong(subject: Token) -> bool:
    """Whether a first-person subject's clause knows the deed was wrong ("I knew it was
    wrong"), outside any single-quoted quotation inside the words."""
    if subject.lower_ != "i" or subject.dep_ != "nsubj":
        return False
    if retold(subject):
        return False
    return knew_it_wrong(subject.head, subject)
