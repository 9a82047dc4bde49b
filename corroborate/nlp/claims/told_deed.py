"""A verb of a told account that may tell the teller's own deed: the first test both readers of
an account ask - the account told in court of a deed done (``deed_told_in_court``) and the
account to the police that owns a deed and disowns a part (``partly_disowned``) - before each
asks its own. A verb, not of being or having ("he was at home", "he had a licence"), not of
looking on ("he saw two men": a witness's account), not of confessing or admitting (the
statement itself), not told as lawful ("bought them believing they were genuine",
``believed_lawful``; "bought the beads from a licensed dealer", ``dealt_lawfully``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.believed_lawful import believed_lawful
from corroborate.nlp.claims.lawful_dealing import dealt_lawfully

__all__ = ["TELLERS_PRONOUNS", "may_tell_a_deed"]

# The lone subject of a told clause that stands for its teller ("he told police that he ...")
TELLERS_PRONOUNS = frozenset({"he", "she", "i"})
_ONLOOKING = kinds_lexicon().onlooking_verbs


def may_tell_a_deed(verb: Token, lex: LegalLexicon) -> bool:
    """Whether ``verb`` may tell a deed of the teller's (the module's rules); each reader then
    asks what more its account needs (an object acted on, no "only", no passive)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in ("be", "have") or lemma in _ONLOOKING:
        return False
    if lemma in lex.confessing_verbs:
        return False
    return not (believed_lawful(verb) or dealt_lawfully(verb))
