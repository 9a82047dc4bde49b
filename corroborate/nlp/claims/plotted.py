"""An accusation told as a scheme against the accused: "the case was a conspiracy by his
rivals", "this FIR is a conspiracy to grab our share of the well", "he described the case as
a conspiracy by business rivals", "the case is a counterblast to the complaint he filed" -
and the accused told as its target: "my client is the victim of a conspiracy by a rival
group", "he is the victim of a grudge between the police and his family".

South Asian reporting tells the accused's side this way more often than with a verb of
denying: the FIR or the case is named as the other side's plot, and no word says "false".
Said by the accused's side (``claims.answers`` asks only for it) it is a denial of the
charge, as "the allegations were baseless" is.

A scheme noun (the legal lexicon's ``plot_nouns``) counts only where it is told as a
scheme - with an article ("a conspiracy"), its schemers ("by his rivals", "of my
opponents", "hatched by ..."), its target ("against him", "to" a complaint) - and never
where it names an offence: "the charge is criminal conspiracy" (no article), "a conspiracy
to murder" (an infinitive of a crime verb). A victim's scheme is one of those nouns or of the
lexicon's ``enmity_nouns`` ("the victim of a vendetta", "of rivalry"); "the victim of the
attack" names none.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import negated, prep_objects, to_infinitive

__all__ = ["told_as_a_plot", "victim_of_a_plot"]

_LEGAL = legal()
# what tells a scheme noun as a scheme: who laid it, whom it is against, what it answers
_SCHEME_PREPOSITIONS = frozenset({"by", "of", "against", "to"})
_ARTICLES = frozenset({"a", "an", "this", "that"})


def told_as_a_plot(noun: Token) -> bool:
    """Whether ``noun`` is a scheme noun told as a scheme, not as an offence (above)."""
    if noun.lemma_.lower() not in _LEGAL.plot_nouns:
        return False
    # "a conspiracy to murder", "a plot to kill the judge": the offence itself
    if any(c.dep_ in ("acl", "relcl", "xcomp") and to_infinitive(c)
           and c.lemma_.lower() in _LEGAL.crime_verbs for c in noun.children):  # fmt: skip
        return False
    if any(c.dep_ == "amod" and c.lower_ in _LEGAL.charge_naming_adjectives for c in noun.children):
        return False  # "criminal conspiracy": the charge's name
    told = any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in noun.children)
    told = told or any(c.dep_ == "prep" and c.lower_ in _SCHEME_PREPOSITIONS for c in noun.children)
    # "a conspiracy hatched by ...": a participle that tells who laid it
    return told or any(c.dep_ == "acl" and c.tag_ == "VBN" for c in noun.children)


def victim_of_a_plot(act: Token) -> bool:
    """Whether a copula says its subject is the victim of a scheme or of enmity: "he is the
    victim of a conspiracy", "Mani is the victim of a grudge" - not "the victim of the
    attack", nor a negated one ("he was not the victim of any plot")."""
    if act.lemma_.lower() != "be" or negated(act):
        return False
    targets = _LEGAL.scheme_target_nouns  # "the victim of ..."
    victims = [c for c in act.children if c.dep_ == "attr" and c.lemma_.lower() in targets]
    return any(
        told_as_a_plot(o) or o.lemma_.lower() in _LEGAL.enmity_nouns
        for v in victims
        for o in prep_objects(v, ("of",))
    )
