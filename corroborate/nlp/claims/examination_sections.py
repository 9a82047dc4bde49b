"""Where a statement framed by the section of the code it was taken under was made: "In his
statement recorded under section 161 CrPC, X admitted ..." (the police officer's examination:
custodial), "In her statement under Section 342 CrPC, X admitted that she had signed ..." (the
trial court's examination of the accused: judicial).

South Asian court reports name an accused's statement by its section as often as by its hearer.
Section 164 (a magistrate recording a confession) is ``kinds.confession_records``' and read by
``placed_setting``; the police's section and the trial court's are read here, from the
statement's own words only (never a section the sentence names elsewhere). The trial court's
examination is the accused's answer to the evidence, most often a denial, so only a verb of
admitting or confessing makes it a confession there; what he merely "said" in it is left to the
readers of denials and retractions.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import LegalLexicon
from corroborate.records import Setting

__all__ = ["admits_or_confesses", "examined_setting", "in_trial_examination"]

_KINDS = kinds_lexicon()


def examined_setting(statement: Token, verb: Token, lex: LegalLexicon) -> Setting | None:
    """The setting the section in ``statement``'s own words gives the confession ``verb``
    tells from it: custodial for the police's examination, judicial for the trial court's
    where ``verb`` admits or confesses; else None."""
    if _KINDS.police_examination_records.search(_own_words(statement)):
        return "custodial"
    if admits_or_confesses(verb, lex) and in_trial_examination(statement):
        return "judicial"
    return None


def in_trial_examination(statement: Token) -> bool:
    """Whether ``statement``'s own words name the trial court's examination of the accused
    ("his statement under Section 342 CrPC"): what he says there is his answer to the
    evidence (``examined_answers``), what he admits there a judicial confession."""
    return _KINDS.trial_examination_records.search(_own_words(statement)) is not None


def admits_or_confesses(verb: Token, lex: LegalLexicon) -> bool:
    """Whether ``verb`` is a verb of admitting or confessing (``admission_verbs``,
    ``confess_verbs``): what makes a statement in the trial court's examination a
    confession rather than an answer."""
    return verb.lemma_.lower() in lex.confessing_verbs


def _own_words(statement: Token) -> str:
    """The text of the statement noun's own phrase, never the rest of its sentence."""
    return statement.doc[statement.left_edge.i : statement.right_edge.i + 1].text
