"""Blame that private punishers lay is no allegation of the case: "a jirga ordered that a
farmer be flogged after accusing him of helping a couple elope", "a panchayat accused a youth
of insulting a family and ordered that he be paraded", "villagers accused a widow of witchcraft
and forced her to ...", "a man accused of blasphemy by a crowd was rescued by police".

Where a mob, a village council (jirga, panchayat, salish), villagers or an employer
(``lay_justice.lay_accusers``) blame someone and the same sentence tells what is done to him
(``lay_justice.punishing_verbs``: flogged, paraded, forced, rescued; or ``legal.harm_verbs``),
the report is about the wrong done to the one they blamed: he is its victim, and they - not
he - are whom the case accuses.
So that accusation is no claim. Only the accusation itself is dropped: the police who accuse
him ("police accused him of hoarding and beat him"), a court, or an accuser the lexicon does
not name keep theirs, and a later arrest or charge of him is read as ever ("an accused beaten
by police", "a victim's relative arrested for a revenge attack").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.lay_justice import lay_justice
from corroborate.lexicon.name_words import name_words
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.grammar import DESCRIBING_CLAUSES, PATIENT_DEPS, negated, passive_agents

__all__ = ["blamed_by_lay_punishers"]

# How many heads up the subject of a subject-less accusing clause ("after accusing him") is
# looked for: the clause of the punishment it hangs on, and the verb that orders it.
_CLIMB_LIMIT = 4


def blamed_by_lay_punishers(draft: Draft) -> bool:
    """Whether ``draft`` is an accusation made by private punishers whose sentence tells
    what was done to the one they blamed."""
    if draft.kind != "accusation" or not draft.accused:
        return False
    cue = draft.cue
    if not _lay_accuser(cue):
        return False
    punishing = lay_justice().punishing_verbs  # harm_verbs among them, joined by the loader
    names = frozenset(w for n in draft.accused for w in n.name.split())
    return any(_set_upon(verb, cue, names) for verb in cue.sent
               if verb.pos_ == "VERB" and verb.i != cue.i
               and verb.lemma_.lower() in punishing)  # fmt: skip


def _lay_accuser(cue: Token) -> bool:
    """Whether who accuses at ``cue`` is one of the lay accusers: the agent of a passive
    ("accused of blasphemy by a crowd"), the cue's subject ("villagers accused"), or, for a
    clause with no subject of its own ("after accusing him"), the nearest subject above it."""
    agents = passive_agents(cue)
    if agents:
        return any(_is_lay(a) for a in agents)
    verb = cue
    for _ in range(_CLIMB_LIMIT):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return any(_is_lay(s) for s in subjects)
        if verb.dep_ in DESCRIBING_CLAUSES or verb.head.i == verb.i:
            return False  # "a youth accused of theft": the participle's noun is the blamed
        verb = verb.head
    return False


def _is_lay(noun: Token) -> bool:
    return noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in lay_justice().lay_accusers


def _set_upon(verb: Token, cue: Token, names: frozenset[str]) -> bool:
    """Whether ``verb`` is done to the one blamed at ``cue``: a personal pronoun, the noun the
    blame describes ("a man accused of ... was rescued"), or a noun that holds a word of his
    name (``names``: the words of the accused's names)."""
    if negated(verb):
        return False
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        return False  # "accused him of beating a child": the deed he is blamed for
    for target in (c for c in verb.children if c.dep_ in PATIENT_DEPS):
        if target.lower_ in name_words().personal_pronouns:
            return True
        if cue.dep_ in DESCRIBING_CLAUSES and target.i == cue.head.i:
            return True
        if any(t.pos_ == "PROPN" and t.text in names for t in target.subtree):
            return True
    return False
