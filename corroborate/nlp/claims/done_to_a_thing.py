"""Deeds refused in shapes the denial readings passed over (lfd20):

- a verb of harm that handles a thing (``harms_only_things``): "my father has never touched
  it", "he never touched a sack in his life", "he never touched any cylinder". A verb of the
  lexicon's ``harm_verbs`` with a person for object is harm denied (``harm_denied``); one of
  its ``handling_verbs`` with only things for objects tells them handled - taken, used,
  moved - which "never", or a plain "not" with an object counted down to nothing, refuses as
  it refuses any other deed (``not_the_doer.denies_ever_doing``,
  ``none_of_it.denies_any_of_it``). Other verbs of harm with a thing ("never hit the car",
  den54's near miss) tell a thing harmed, no deed a charge of taking names: left alone.
- an object refused by its own "no" (``none_of_the_kind``): "my client signed no false
  invoice", "he gave no orders and he took no decisions", "she took no money from anyone" -
  the same deed as "took nothing" or "did not take any money", told with the refusing
  determiner on the object's noun (``none_of_it.denies_any_of_it`` reads it as it reads
  "nothing"). A noun of what is said or asked ("made no statement", "gave no reply", "made
  no complaint", "made no plea") tells words not given, no deed refused: their own readings
  (statements, pleas) decide them.
- a deed refused as a habit (``refuses_the_kind``): "my client sells chilli. He does not grind
  bricks", "he does not steal cattle" - a verb of the present under "does not" whose object
  is a bare noun with no determiner, owner or count: every such deed refused, as "did not
  steal any cattle" refuses every one (``none_of_it.denies_any_of_it`` reads it with the
  objects counted down to nothing). "He did not grind the bricks" tells one occasion, "he
  does not own the shop" a state of one thing, neither a deed refused for all time.
- everything denied (``denies_it_all``): "the manager had denied everything in his
  statement", "he denies it all" - a verb of denying whose object is every thing at once
  (the lexicon's ``everything_pronouns``, or "all" with "it" or "of it") answers the whole
  accusation, as "denied the charges" does.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.harm_denied import a_person

__all__ = ["denies_it_all", "harms_only_things", "none_of_the_kind", "refuses_the_kind"]

_LEGAL = legal()
# Nouns of words said, asked or given in answer: "made no statement", "gave no reply",
# "made no complaint", "entered no plea", "gave no evidence" - no deed refused.
_WORDS_GIVEN = (
    _LEGAL.statement_nouns
    | _LEGAL.plea_nouns
    | _LEGAL.complaint_nouns
    | _LEGAL.testimony_nouns
    | _LEGAL.reply_nouns
)


def harms_only_things(verb: Token) -> bool:
    """Whether a verb of harm that handles things takes objects and none of them stands for
    a person ("never touched the money", "never touched it"): a thing handled, not harm
    (above)."""
    lemma = verb.lemma_.lower()
    if lemma not in _LEGAL.harm_verbs or lemma not in _LEGAL.handling_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(a_person(o) for o in objects)


def none_of_the_kind(noun: Token) -> bool:
    """Whether an object noun is refused by its own "no" ("no false invoice", "no orders"),
    and is no noun of words given (above)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in _WORDS_GIVEN:
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def refuses_the_kind(act: Token) -> bool:
    """Whether a negated verb of the present ("does not", "do not") takes only bare nouns for
    objects, no determiner, owner or count on them ("does not grind bricks") (above)."""
    if act.lemma_.lower() in _LEGAL.paying_verbs:
        return False  # "he does not pay taxes": a duty left undone, the offence itself told
    present = any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in ("VBZ", "VBP")
                  for c in act.children)  # fmt: skip
    objects = [c for c in act.children if c.dep_ == "dobj"]
    return present and bool(objects) and all(_bare(o) for o in objects)


def _bare(noun: Token) -> bool:
    """A noun with nothing before it that points to one thing or counts it: "bricks",
    "cattle", not "the bricks", "his cattle", "two cows"."""
    if noun.pos_ != "NOUN" or noun.tag_ not in ("NNS", "NN"):
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children)


def denies_it_all(verb: Token) -> bool:
    """Whether a verb of denying, not negated, takes every thing for its object ("denied
    everything", "denies it all", "denied all of it") (above)."""
    if verb.lemma_.lower() != "deny" or any(c.dep_ == "neg" for c in verb.children):
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lower_ in _LEGAL.everything_pronouns:
            return True
        if obj.lower_ == "it" and any(c.lower_ == "all" for c in obj.children):
            return True  # "denies it all"
        if obj.lower_ == "all" and any(
            p.lower_ == "of" and any(o.lower_ == "it" for o in p.children) for p in obj.children
        ):
            return True  # "denied all of it"
    # "denies it all": the parser may hang "all" beside the object, on the verb
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) and any(
        c.lower_ == "all" and c.dep_ in ("advmod", "dobj", "npadvmod", "dep") for c in verb.children
    )
