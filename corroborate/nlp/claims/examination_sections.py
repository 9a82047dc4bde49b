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

__all__ = ["examined_setting"]

_KINDS = kinds_lexicon()


def examined_setting(statement: Token, verb: Token, lex: LegalLexicon) -> Setting | None:
    """The setting the section in ``statement``'s own words gives the confession ``verb``
    tells from it: custodial for the police's examination, judicial for the trial court's
    where ``verb`` admits or confesses; else None."""
    words = statement.doc[statement.left_edge.i : statement.right_edge.i + 1].text
    if _KINDS.police_examination_records.search(words):
        return "custodial"
    admits = verb.lemma_.lower() in lex.admission_verbs | lex.confess_verbs
    if admits and _KINDS.trial_examination_records.search(words):
        return "judicial"
    return None
