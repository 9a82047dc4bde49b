"""Whom a "he" or "his" in a clause about a lawyer's client stands for: the client.

"X's counsel, Y, told the court that his client would challenge his caution interview,
alleging that he was slapped": the nearest clause subject before the pronoun is "his
client", so the pronoun is the client (X, the one the sentence names as the lawyer's) -
not the accused the report last ruled on, whom ``Pronouns._anaphor`` would give. The client
is found by ``Counsel._client_in_sentence``; this module only binds the pronoun to it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.pronouns import _subjects_before

__all__ = ["ClientPronouns"]

# One person's pronouns: a client noun in the singular is one person too
_ONE_PERSON = frozenset({"he", "his", "him", "she", "her"})


class ClientPronouns:
    """The client a pronoun in a clause about "his client" stands for; the state is
    ``Naming``'s, and ``_client_in_sentence`` is ``Counsel``'s."""

    lex: LegalLexicon
    _client_in_sentence: Callable[[Token], list[Named]]

    def _client_subject(self, pronoun: Token) -> Named | None:
        """The one client a singular pronoun stands for where the nearest clause subject
        before it is "his client" ("... that his client would challenge his caution
        interview"); None where that subject is anything else, or the sentence names no
        lawyer's client, or several (only the nearest subject binds: "his client said the
        officer had slapped him" is still the client, "the officer said he ..." is not)."""
        if pronoun.lower_ not in _ONE_PERSON:
            return None
        subject = next(_subjects_before(pronoun), None)
        if subject is None or subject.lemma_.lower() not in self.lex.client_nouns:
            return None
        if subject.tag_ != "NN":
            return None  # "his clients": several, never one "he"
        clients = self._client_in_sentence(subject)
        if len(clients) != 1:
            return None
        return Named(clients[0].name, pronoun.idx, pronoun.idx + len(pronoun.text))
