"""What a reported statement does, by its words (``data/statements.json``), as one typed object.

``statement_words()`` gives the patterns the per-document stage reads an attribution with
(``nlp.facts``): denial words, accusation words, "confessed", "the party", custody words, the
words that open a source naming no one, and the verbs after a name that leave it the subject.
It also says whether an entity's name is an authority's (investigators, courts, forces) or
the police's: the ledger asks that of names, which are records, never of a document's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from corroborate.lexicon import load_data

__all__ = ["StatementWords", "statement_words"]


@dataclass(frozen=True)
class StatementWords:
    denial: re.Pattern[str]  # "baseless", "fabricated", "never"
    accusation: re.Pattern[str]  # "the accusations", "the charges"
    confession: re.Pattern[str]  # "confessed", "confessing"
    confession_mention: re.Pattern[str]  # "confessed", "confession", "confessional"
    custody: re.Pattern[str]  # "police", "JIT", "remand"
    own_party: re.Pattern[str]  # "the party"
    authority: re.Pattern[str]  # "police", "JIT", "court"
    unnamed_openers: frozenset[str]  # "they", "a", "sources" (lower case)
    subject_verbs: frozenset[str]  # "was", "has"
    denial_negators: frozenset[str]  # "not", "never", "didn't" (lower case)
    negatable_denials: frozenset[str]  # "deny", "denied" (lower case)

    def names_authority(self, name: str) -> bool:
        """Whether an entity's name is an investigator's, a court's or a force's."""
        return self.authority.search(name) is not None

    def names_custody(self, name: str) -> bool:
        """Whether a source's name is the police's or investigators' ("the JIT")."""
        return self.custody.search(name) is not None


def _pattern(words: list[str]) -> re.Pattern[str]:
    """Whole words or phrases, any case; "investigat*" is every word it begins."""
    forms = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words]
    return re.compile(r"\b(?:" + "|".join(forms) + r")\b", re.IGNORECASE)


@cache
def statement_words() -> StatementWords:
    """The lists, read once per process."""
    data = load_data("statements")

    def words(key: str) -> list[str]:
        return list(data[key]["words"])

    return StatementWords(
        denial=_pattern(words("denial_words")),
        accusation=_pattern(words("accusation_words")),
        confession=_pattern(words("confession_words")),
        confession_mention=_pattern(words("confession_mentions")),
        custody=_pattern(words("custody_words")),
        own_party=_pattern(words("own_party")),
        authority=_pattern(words("authorities")),
        unnamed_openers=frozenset(w.lower() for w in words("unnamed_openers")),
        subject_verbs=frozenset(w.lower() for w in words("subject_verbs")),
        denial_negators=frozenset(w.lower() for w in words("denial_negators")),
        negatable_denials=frozenset(w.lower() for w in words("negatable_denials")),
    )
