"""Someone the law wants, told as a state rather than by the offence: "X remains wanted",
"X has been declared wanted", "X is wanted under a European arrest warrant".

A participle of wanting (``wanting_verbs``) accuses on its own only where its phrase names an
offence or the law ("wanted in connection with the murder", "wanted by police", "for
questioning"; ``Sought._wanted_by_the_law``): "X was wanted at the front desk" is everyday.
Two more wordings say the law is after someone as plainly, and court and wire reports of many
countries use them for a suspect not yet caught:
- the participle as the complement of a verb of staying (``remaining_verbs``: "X remains
  wanted") or of declaring (``declare_verbs``, the civil-law status a court or the police give
  an absent suspect: "X has been declared wanted") - nobody "remains wanted" or is "declared
  wanted" by a club without saying so, and a "by" agent that is not the law keeps it out;
- the participle's "on"/"under" phrase naming a warrant (``warrant_nouns``: "wanted on a
  warrant", "wanted under an international arrest warrant").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.grammar import prep_objects

__all__ = ["WARRANT_PREPS", "wanted_complement", "wanted_on_a_warrant"]

# The prepositions by which a warrant is what someone is wanted on: "on a warrant",
# "under an arrest warrant" (not "wanted for the warrant's paperwork").
WARRANT_PREPS = ("on", "under")
# How the participle hangs on the verb of staying or declaring: "remains wanted" (acomp),
# "was declared wanted" (oprd), and the parser's open complement for either (xcomp).
_COMPLEMENT_DEPS = frozenset({"acomp", "oprd", "xcomp"})


def wanted_complement(verb: Token, lex: LegalLexicon) -> Token | None:
    """The participle of wanting that ``verb`` - a verb of staying or declaring - takes as
    its complement ("remains wanted", "has been declared wanted"), or None. A participle
    with an object of its own is no state ("remained wanting more"), and one wanted "as"
    anything but an accused is wanted for that part ("remains wanted as a witness")."""
    lemma = verb.lemma_.lower()
    if lemma not in lex.remaining_verbs and lemma not in lex.declare_verbs:
        return None
    for c in verb.children:
        if c.dep_ not in _COMPLEMENT_DEPS or c.lemma_.lower() not in lex.wanting_verbs:
            continue
        if c.tag_ != "VBN" or any(g.dep_ in ("dobj", "ccomp") for g in c.children):
            continue
        parts = prep_objects(c, ("as",)) + prep_objects(verb, ("as",))
        if all(o.lower_ in lex.accused_nouns for o in parts):
            return c
    return None


def wanted_on_a_warrant(participle: Token, lex: LegalLexicon) -> bool:
    """Whether the participle of wanting is wanted "on" or "under" a warrant."""
    return any(
        o.lemma_.lower() in lex.warrant_nouns for o in prep_objects(participle, WARRANT_PREPS)
    )
