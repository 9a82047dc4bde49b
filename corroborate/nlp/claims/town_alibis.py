"""An alibi told as a town the report names nowhere before: "he had been in Hyderabad", "her
husband was in Dhaka for treatment", "he had been in Karachi for a kidney check-up". Said by
the accused's side (``claims.answers`` and ``claims.clearing_acts`` ask it through
``alibis.places_at_home``, and only for one the report accuses), a town away from every place
the report told before - the dateline, the scene, where the arrest was made - is where he was
when the crime was done, as "at home" or "abroad" is: a place that is no scene.

Read from the parse: a verb of being in the past ("was", "had been"), not negated, with no
object or predicate noun, an "in" phrase whose objects are all proper names of a place
(GPE or LOC; an ORG of one word, as the tagger takes "Hyderabad" at times), none of which
the document wrote before the clause's sentence, and nothing else besides but a "with"
phrase or a "for" phrase of purpose ("for treatment", "for his father's rites"). No phrase,
clause or adverb of time: "he was in Lahore when police came" tells where he was arrested,
"he was in Dubai for two years" how long he lived there, and "he is in Dubai" (present) where
he is now - none says where he was at the crime.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.dates import date_words

__all__ = ["away_in_a_town"]

_DATES = date_words()
_PLACE_TYPES = frozenset({"GPE", "LOC"})
# What a "for" phrase of time holds: "for two days", "for a week", "for years".
_TIME_NOUNS = frozenset(_DATES.units) | _DATES.day_parts


def away_in_a_town(act: Token) -> bool:
    """Whether a clause places its subject in a town the report names nowhere before and
    tells no time (above)."""
    if act.lemma_.lower() != "be" or not _past(act):
        return False
    if any(c.dep_ in ("neg", "attr", "dobj", "acomp") for c in act.children):
        return False
    towns = [c for c in act.children if c.dep_ == "prep" and c.lower_ == "in" and _towns(c)]
    if len(towns) != 1:
        return False
    for c in act.children:
        if c in towns or c.dep_ in ("nsubj", "aux", "punct", "cc", "conj", "mark", "ccomp"):
            continue
        if c.dep_ == "prep" and (c.lower_ == "with" or _purpose(c)):
            continue
        return False  # a time, a manner or any other phrase: not only where he was
    return True


def _past(act: Token) -> bool:
    """ "was", "were", "had been": told of a moment before the report."""
    if act.morph.get("Tense", []) == ["Past"] and act.tag_ == "VBD":
        return True
    return act.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.morph.get("Tense", []) == ["Past"]
        for c in act.children
    )


def _towns(prep: Token) -> bool:
    """An "in" phrase of proper place names only, none written before its sentence."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return False
    before = prep.doc.text[: prep.sent.start_char]
    for o in objects:
        # "in Sylhet for treatment": the parser may hang the purpose on the town
        if o.pos_ != "PROPN" or any(t.dep_ == "prep" and not _purpose(t) for t in o.children):
            return False
        if any(t.ent_type_ in ("DATE", "TIME") for t in o.subtree):
            return False  # "in Lahore all of Monday": a time the parser hung on the town
        name = " ".join(t.text for t in o.subtree if t.dep_ in ("compound", "flat") or t.i == o.i)
        if o.ent_type_ not in _PLACE_TYPES and not (o.ent_type_ == "ORG" and name == o.text):
            return False
        if name.lower() in before.lower():
            return False  # the dateline, the scene, a place the report told: maybe the crime's
    return True


def _purpose(prep: Token) -> bool:
    """ "for treatment", "for a kidney check-up": why he was there, not for how long."""
    if prep.lower_ != "for":
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    # "for two years", "for most of February": how long, a time of its own
    return bool(objects) and not any(
        o.lemma_.lower() in _TIME_NOUNS
        or any(n.like_num or n.ent_type_ in ("DATE", "TIME") for n in o.subtree)
        for o in objects
    )  # fmt: skip
