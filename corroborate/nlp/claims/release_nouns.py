"""A release on bail told as a noun a court's verb takes: "the court approved Morikawa's
release on bail of 2 million yen", "the judge ordered the release of X on his own
recognizance", "allowed her release on bail". The noun of freeing (the lexicon's
``freeing_verbs`` as nouns: "release") with an "on" phrase of bail or of release terms is
the release on bail a verb like "released X on bail" tells; whose release it is, its owner
("X's", "of X"), is the one bailed (``Rulings._verdicts``, which reads the verb and owner).
A release not on bail ("ordered his release", "sought X's release on bail" - a verb of no
court's granting) is none: the verb that takes it must be one of granting bail or of a
court's ordering.

A release written as one before trial is a release on bail without an "on" phrase: "the
investigating judge granted provisional release to X", "ordered the provisional release of
X", "X was granted provisional release" - civil-law courts (francophone Africa, Belgium,
Madagascar) free a suspect pending trial so, as custody "before trial" is the court's
remand (``judicial_places.before_trial``, ``pretrial_words``). Only granted or ordered (the
same verbs): "refused his request for provisional release" grants nothing.

``stated_condition`` reads the singular term of a release: "released on condition that he
report weekly" is a release on its terms, as "released on conditions" is.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.judicial_places import before_trial
from corroborate.nlp.claims.pending import surety_object
from corroborate.nlp.grammar import prep_objects

__all__ = ["release_on_bail", "stated_condition"]


def release_on_bail(verb: Token, noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``noun``, taken by ``verb``, is a release on bail a court grants or orders."""
    if noun.lemma_.lower() not in lex.freeing_verbs or noun.pos_ != "NOUN":
        return False
    lemma = verb.lemma_.lower()
    if lemma not in lex.bail_verbs and lemma not in lex.custody_order_verbs:
        return False
    if before_trial(noun, lex):
        return True  # "granted provisional release to X": a release pending trial, on terms
    ons = prep_objects(noun, ("on",))
    if noun.dep_ == "dobj":
        # "granted the release of X on bail": the parser hangs the phrase on the verb
        ons += prep_objects(verb, ("on",))
    # (not a gerund's bonds, "on furnishing bail bonds": ``pending`` says why)
    terms = [surety_object(o, lex) for o in ons]
    # "on bail pending trial", parsed with "bail" a modifier of "trial"
    terms += [c for o in ons for c in o.children if c.dep_ in ("nmod", "compound")]
    if any(t.lemma_.lower() in lex.bail_nouns or t.lower_ in lex.release_terms for t in terms):
        return True
    # "ordered his release against surety bonds of Rs200,000": a surety only, never terms
    sureties = prep_objects(noun, lex.surety_prepositions)
    if noun.dep_ == "dobj":
        sureties += prep_objects(verb, lex.surety_prepositions)
    return any(surety_object(o, lex).lemma_.lower() in lex.bail_nouns for o in sureties)


# How the clause that states a condition's duty hangs on the noun ("on condition that he
# report to the court", "on condition she surrender her passport")
_CONDITION_CLAUSES = frozenset({"acl", "relcl", "ccomp"})


def stated_condition(noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``noun`` (the object of a release's "on") is a condition whose clause states
    the duty it lays on the one released ("on condition that he report weekly",
    ``stated_condition_nouns``) - not "on condition of anonymity", which states none."""
    if noun.lower_ not in lex.stated_condition_nouns:
        return False
    return any(c.dep_ in _CONDITION_CLAUSES and c.pos_ in ("VERB", "AUX") for c in noun.children)
