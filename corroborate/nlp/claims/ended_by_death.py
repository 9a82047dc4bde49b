"""A death that ends the case against the one who died: "X died of tuberculosis in the jail
hospital, and the case against him abated", "X died during the trial and the proceedings
against him abated", "The proceedings against X abated after he died".

A report tells the death of an accused to say why his case ended, not as a crime: the dead
is the accused the case was against, never a victim. So a death whose clause is joined (a
conjunct or an adverbial, either way round) to a clause whose subject is a case or charge
noun (``charge_nouns``) "against" the one who died - a personal pronoun, or his own name -
tells no crime; the case noun's own reading ("the case against him") accuses him. "X died in
hospital and the case against the accused was changed to murder" (the case is against
another) is still X's death, a crime's victim.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.grammar import NOUN_SUBJECTS, prep_objects
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["ends_his_case"]


def ends_his_case(verb: Token, lex: LegalLexicon) -> bool:
    """Whether the death ``verb`` tells is joined to the end of the case against the one
    who died ("died ..., and the case against him abated")."""
    # (the parser may hang the ending as an adverbial of the death: "died during the trial
    # and the proceedings against him abated")
    joined = [c for c in verb.children if c.dep_ in ("conj", "advcl")]
    if verb.dep_ in ("conj", "advcl"):
        joined.append(verb.head)
    dead = [t for c in verb.children if c.dep_ in NOUN_SUBJECTS for t in c.subtree]
    if not dead:
        return False
    dead_words = {t.lower_ for t in dead if t.pos_ == "PROPN"}
    dead_pronoun = any(t.lower_ in PERSONAL_PRONOUNS for t in dead)
    for clause in joined:
        cases = [c for c in clause.children if c.dep_ in NOUN_SUBJECTS and _a_case(c, lex)]
        against = [o for case in cases for o in prep_objects(case, ("against",))]
        for o in against:
            if o.lower_ in PERSONAL_PRONOUNS:
                return True  # "the case against him"
            named = {t.lower_ for t in o.subtree if t.pos_ == "PROPN"}
            if named and (named & dead_words or dead_pronoun):
                return True  # "the proceedings against X abated after he died"
    return False


def _a_case(noun: Token, lex: LegalLexicon) -> bool:
    return noun.lemma_.lower() in lex.charge_nouns or noun.lower_ in lex.charge_nouns
