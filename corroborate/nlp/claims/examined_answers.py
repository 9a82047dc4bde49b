"""What an accused says in the trial court's examination is his answer to the charge: "In his
statement under Section 342 CrPC, X said he had been at his sister's house that night", "X
told the court in his 342 statement that he had been working at a kiln since March", "In his
statement under Section 342, he had told the court that the police made him put his thumb on
papers he could not read".

Pakistani and Bangladeshi court reports (Section 342 of the CrPC; India's Section 313, or 351
of the BNSS) tell the accused's side at the close of a trial so: the court puts the evidence
to him and he answers it, and what he says there is his denial - an alibi, a tie to no one,
the case made up, the recovery planted, his confession forced - whatever its words, which no
list of denying words can hold. The statement's own words must name the section
(``kinds.trial_examination_records``, read as ``examination_sections`` reads them for a
confession's setting), never a section the sentence names elsewhere; a verb of admitting or
confessing there is a confession (``examination_sections``), not an answer, and so is a
clause telling his own crime ("said he had stabbed the guard"): the reader asks that apart
(``StatementSaid._own_crime_told``, in ``StatementSaid._examined_deniers``, which calls this).
Only a speaker the report accuses already answers: the section examines no witness, but a
misread owner would otherwise put a complainant's words in an accused's mouth.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.examination_sections import admits_or_confesses, in_trial_examination
from corroborate.nlp.grammar import negated

__all__ = ["examined_answer"]


def examined_answer(verb: Token, statement: Token, lex: LegalLexicon) -> bool:
    """Whether ``verb``, a verb of saying that tells what ``statement`` (the statement noun
    framing it) holds, tells the accused's answer in the trial court's examination: the
    statement's own words name the section, and the verb neither admits, confesses, nor is
    negated ("did not say in his 342 statement that ...": no answer told)."""
    if admits_or_confesses(verb, lex):
        return False
    if negated(verb):
        return False
    return in_trial_examination(statement)
