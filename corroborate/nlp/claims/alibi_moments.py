"""Three shapes of an alibi's time and place the reader in ``claims.alibis`` missed:

- ``moment_told_before``: a bare definite moment after "at" or "on" - "at the time", "on the
  night", "on the day" - with nothing of its own after it (no "of" phrase, no clause): the
  moment the report told, the crime's. A clause of the accused's side that places the accused
  somewhere "at the time" tells where he was when the crime was done, as "that night" does.
  Not "at the time of his arrest" (a moment named, read by ``alibis._crime_time``), "on the
  day he was arrested", "on the third day" (a moment of its own, by its adjective), nor
  "at times" (plural: no one moment).
- ``participle_misread``: "was in Georgetown buying fuel when the beating took place" - the
  tagger may take a participle set after the place for a noun ("buying"), yet hang it on the
  verb as a clause (``advcl``): a noun is no clause, so it is the participle of what the
  subject was doing there, and the time below it is the clause's.
- ``activity_placed``: "was attending a conference in Peshawar on the night" - an activity
  going on then whose object carries the place phrase: the place is where the subject was.
  Only a progressive ("was attending"), a thing for object, and a place that is named
  ("in Peshawar"), so "was selling the stones in the market" (no name) stays out.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.dates import date_words
from corroborate.lexicon.legal import legal

__all__ = ["MOMENT_NOUNS", "activity_placed", "moment_told_before", "participle_misread"]

_LEGAL = legal()
_DATES = date_words()
# A noun of a moment or a stretch of time: "the day", "the night", "the time" of the crime,
# "in the morning", "for a week" - what makes a phrase a time, not a place (``claims.alibis``,
# ``claims.asleep_alibis``).
MOMENT_NOUNS = (
    _LEGAL.occasion_nouns | _DATES.day_parts | frozenset(_DATES.units) | _LEGAL.span_nouns
)
# A single moment pointed back at: "the time", "the night", "the day", "the evening".
_ONE_MOMENTS = _LEGAL.occasion_nouns | _DATES.day_parts | frozenset({"day"})
_POINTING_BACK = frozenset({"at", "on"})


def moment_told_before(prep: Token) -> bool:
    """Whether a phrase is "at the time", "on the night": a bare definite moment (above)."""
    if prep.dep_ != "prep" or prep.lower_ not in _POINTING_BACK:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return len(objects) == 1 and _bare_moment(objects[0])


def _bare_moment(noun: Token) -> bool:
    if noun.tag_ != "NN" or noun.lemma_.lower() not in _ONE_MOMENTS:
        return False
    children = list(noun.children)
    return len(children) == 1 and children[0].dep_ == "det" and children[0].lower_ == "the"


def participle_misread(clause: Token) -> bool:
    """Whether a clause hung on the placing verb is a participle the tagger took for a noun
    ("buying fuel"): an ``advcl`` ending in "-ing", tagged a noun, with no subject of its own."""
    return (
        clause.dep_ == "advcl"
        and clause.pos_ == "NOUN"
        and clause.lower_.endswith("ing")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)
    )


def activity_placed(act: Token, objects: list[Token]) -> bool:
    """Whether a progressive's thing-object carries a phrase that places it at a named place
    ("attending a conference in Peshawar")."""
    if act.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lemma_ == "be" for c in act.children):
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ == "in"
        and any(
            o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ in ("GPE", "LOC", "FAC")
            for o in p.children
        )
        for obj in objects
        for p in obj.children
    )
