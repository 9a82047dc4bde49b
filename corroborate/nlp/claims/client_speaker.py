"""One who says "my client" in his own quotation speaks as counsel: in 'Counsel for X argued
the confession was false. "My client never made any confession. He was kept in a cell and made
to sign blank papers," Y told the court' Y is X's lawyer, and what he says of the confession
is his client's, never his own - though the report gave Y's part only in the sentence before,
where no name stood beside "Counsel for X". Read by ``SpokenFor._side_of`` for a speaker the
report gives no part.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.quotes import said_after, said_before
from corroborate.nlp.speakers import FIRST_PERSON_OWNERS
from corroborate.records import Range

__all__ = ["quoted_client"]


def quoted_client(
    speaker: Token, quotations: list[Range], client_nouns: Iterable[str]
) -> Token | None:
    """The "client" noun owned by "my" or "our" in a quotation ``speaker`` says: in the
    quoted part of his verb's own sentence or in the quotation's sentences before or after
    it (``quotes.said_before``, ``said_after``); None where he says no such word."""
    if speaker.dep_ not in ACTIVE_SUBJECTS:
        return None
    verb = speaker.head
    clients = frozenset(client_nouns)
    sentence = verb.sent
    own = [t for t in sentence if any(a <= t.idx < b for a, b in quotations)]
    others = [t for r in said_before(verb, quotations) + said_after(verb, quotations)
              for t in r.sent]  # fmt: skip
    return next((t for t in [*own, *others] if t.lemma_.lower() in clients
                 and any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON_OWNERS
                         for c in t.children)), None)  # fmt: skip
