"""A he or she that goes on from the speaker's own kin in one quotation: whom the speaker's
"my son", "my brother" stands for.

'X's elder brother, Y, said the family did not believe the police. "My brother went to the
mela only because Z said there was a job there. He did not kill anyone," he said': the
speaker talks of one man, his brother, from one sentence of his quotation to the next - the
he that is the main subject of a sentence carries on the main subject of the sentence
before it. The resolver, which reads the pronoun alone, gives it to a person named last (Z,
whom the brother blames) or to whom the report ruled on before the quotation opened, and
the kin's denial is read for the wrong man.

So: a he or she that is its sentence's main subject, inside a quotation, whose sentence
before in the same quotation has for main subject a relative noun the speaker owns ("my",
"our") of the pronoun's sex (``name_words.gendered_words``), or a he or she of that sex
which itself goes on from one - is that relative, read as ``SpokenFor._kin_of`` reads "my
son" for the speaker (the one whose kin the speaker is).

Only one the report accuses already: where the speaker's kin is someone else (the victim's
brother: '"My brother was a kind man. He never harmed anyone," he said'), the pronoun is
that kin and clears no one - never the accused the resolver may have picked. Where the
speaker's kin cannot be read, nothing is decided here (the resolver's reading stands).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.lexicon.name_words import name_words
from corroborate.nlp.antecedents import pronoun_gender
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.speakers import FIRST_PERSON_OWNERS, ONE_PERSON_PRONOUNS
from corroborate.records import Range

__all__ = ["KinQuotedBefore"]

_GENDERED = name_words().gendered_words  # "son" -> "Masc", "mother" -> "Fem"
_SUBJECTS = ACTIVE_SUBJECTS | PASSIVE_SUBJECTS


class KinQuotedBefore:
    """The speaker's kin a quoted he or she goes on from; the state is ``Naming``'s and
    ``_kin_of`` is ``SpokenFor``'s."""

    lex: LegalLexicon
    quotations: list[Range]
    accused_so_far: set[str]
    _kin_of: Callable[[Token, Token], list[Named]]

    def _kin_quoted_before(self, subject: Token, speaker: Token) -> list[Named] | None:
        """The accused a quoted he or she stands for as the speaker's kin told in the
        sentence before (the module's reading); [] where that kin is no one the report
        accuses; None where the pronoun does not go on from the speaker's kin."""
        quotation = next(((s, e) for s, e in self.quotations if s < subject.idx < e), None)
        if quotation is None:
            return None
        kin = self._kin_carried_on(subject, quotation[0])
        if kin is None:
            return None
        found = self._kin_of(kin, speaker)
        if not found:
            return None  # the speaker's kin not read: the resolver's reading stands
        return [
            Named(n.name, subject.idx, subject.idx + len(subject.text))
            for n in found
            if n.name in self.accused_so_far
        ]

    def _kin_carried_on(self, pronoun: Token, start: int) -> Token | None:
        """The speaker's relative noun ``pronoun`` carries on: the main subject of the
        sentence before, in the quotation that opens at ``start`` - that noun, or a he or
        she of the same sex that carries one on itself."""
        gender = pronoun_gender(pronoun)
        if pronoun.lower_ not in ONE_PERSON_PRONOUNS or gender is None:
            return None
        if not _main_subject(pronoun) or pronoun.sent.start == 0:
            return None
        before = pronoun.doc[pronoun.sent.start - 1].sent
        subject = next((t for t in before if _main_subject(t)), None)
        if subject is None or subject.idx < start:
            return None  # no sentence of the same quotation before
        if subject.lower_ in ONE_PERSON_PRONOUNS and pronoun_gender(subject) == gender:
            return self._kin_carried_on(subject, start)  # "My son ... He ... He ..."
        if self.lex.role_nouns.get(subject.lemma_.lower()) != "relative":
            return None
        if not any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON_OWNERS for c in subject.children):
            return None  # "Her son", "Y's brother": not the speaker's own kin
        return subject if _GENDERED.get(subject.lower_) == gender else None


def _main_subject(word: Token) -> bool:
    """Whether ``word`` is the subject of its sentence's main verb, or of the clause a verb
    of saying at the root holds (the parse of '"He never touched him," he said')."""
    if word.dep_ not in _SUBJECTS:
        return False
    verb = word.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT")
