"""The arrest as the accused's side tells it: "he had been picked up from his rickshaw stand",
"his son had been picked up from a wedding", "her husband was picked up from home" (den92).

Pakistani reports tell the police's arrest by its place and its moment ("arrested at a
checkpoint with a pistol", "held red-handed"); the accused, his lawyer or his family answer
with the place they say he was taken from - his home, his shop, his stand, his bed - which
denies the police's story of the arrest and with it what the arrest was said to catch him at.
Read from the parse: a passive custody phrasal verb (the legal lexicon's
``custody_phrasal_verbs``: "picked up", "rounded up"), not negated, with a "from" phrase of
its own whose place is no scene of the crime ("picked up from the spot", ``scene_nouns``,
is the police's own story), and no "by" phrase naming anyone but the law ("picked up from
the bus stand by the gang's driver" is a deed of the gang's, no arrest).

Asked, as every clearing act is, only of a clause the accused's side reports, and clearing
only one the report accuses already (``Answers._denied_in_content``): the SHO saying "X was
picked up from his house" tells the arrest, not a denial.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import negated, passive_agents, prep_objects

__all__ = ["taken_from_a_place"]

_LEGAL = legal()


def taken_from_a_place(act: Token) -> bool:
    """Whether ``act`` tells its passive subject taken into custody from a place (above)."""
    particle = next((c.lower_ for c in act.children if c.dep_ == "prt"), None)
    if particle is None or f"{act.lemma_.lower()}_{particle}" not in _LEGAL.custody_phrasal_verbs:
        return False
    if not any(c.dep_ == "auxpass" for c in act.children):
        return False
    if negated(act):
        return False  # "he was not picked up from his home": no one says he was
    places = prep_objects(act, ("from",), ("pobj", "pcomp"))
    # "picked up from the bus stand by the gang's driver": taken by no one of the law, no
    # arrest - the "by" phrase the verb's, or hung by the parser on the place
    agents = [o for head in [act, *places]
              for o in (*passive_agents(head), *prep_objects(head, ("by",)))]  # fmt: skip
    if any(not is_custodian(o) for o in agents):
        return False
    return any(o.lemma_.lower() not in _LEGAL.scene_nouns for o in places)
