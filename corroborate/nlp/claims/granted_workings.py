"""What an accused grants in custody beyond his own doing: the workings of the crime told as
another's act ("admitted during interrogation that the institute had charged each candidate
Rs 600,000", "admitted during questioning that the two controllers had received 15 million
soums a month", "that the images were prepared by a design desk"), and the "that" clause the
parser takes for an adverbial one ("admitted during questioning | that for several years he
had confirmed the counts": the clause opens with its phrase, not its "that"; "admitted to
officers while in custody that he and the other driver had agreed to race": one clause with
two marks, "while" and "that").

Under interrogation the investigators put the scheme to the one they hold and he grants it in
their words: who charged, who received, who prepared - each is the crime as the police tell
it, and the police tell it as his admission. ``passive_deed.admits_passive_doing`` reads the
same grant told in the passive with no doer; here the clause names its doer, as the subject
of an active verb or the "by" phrase of a passive. The caller asks that it was said in custody
by one the report accuses (a witness questioned grants such things too, and in court a
witness's "admitted that the manager paid the staff in cash" is a concession, not a
confession). Told as a doing - the verb takes an object, a phrase, a complement or a clause
("had charged each candidate", "had received 15 million soums", "were prepared by a design
desk") - not a state ("that the car was his", "that the shop was closed"), not negated ("that
the institute never charged anyone" grants nothing done), not a pronoun's doing ("he", "she"
are the admitter's own deed, read as such; "they" is whose?), not done to him ("that the
police had beaten her") nor by those who hold him, and not a crime laid on another ("that the
shop had been robbed by Y": ``passive_deed`` keeps that out of the passive too - it accuses
Y). The doer is a body, a thing or several ("the institute", "a design desk", "the two
controllers"), never one other person, named or a singular noun for a person ("that the
manager had switched it off", "that the chairman paid her brother", "left open by the
watchman"): that lays the deed on him (the earlier readings' near misses, which stand:
test_claims_admitted_in_interview, lfc18, lfc20).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.everyday import names_crime
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.passive_deed import own_words
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import has_agent, negated, passive_agents
from corroborate.nlp.mentions.persons_places import a_persons_word
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["admits_others_doing", "adverbial_that_clauses"]

# The complements that tell a verb as a thing done to something or somewhere: an object, a
# phrase, a predicate, a clause.
_DOING_COMPLEMENTS = frozenset({"dobj", "dative", "prep", "xcomp", "ccomp", "oprd", "agent"})
# Verbs of being and having tell a state, not a doing ("the car was his", "the unit had no
# licence").
_STATE_LEMMAS = frozenset({"be", "have"})
# The relations by which a clause's verb acts on or gives to someone ("beat him", "paid her",
# "handed him the keys"): where that is the admitter's pronoun, the clause tells what was done
# to him (``own_object_part`` reads his part told so).
_DONE_TO = frozenset({"dobj", "dative"})
# Subjects that stand for no doer: "it was found that ...", "there was ...".
_EMPTY_SUBJECTS = frozenset({"it", "there", "this", "that", "which", "who", "what"})


def admits_others_doing(clauses: Iterable[Token], lex: LegalLexicon) -> bool:
    """Whether one of the admitted ``clauses`` tells a doing by a doer it names that is not a
    pronoun: the subject of an active verb ("the institute had charged each candidate"), or
    the "by" phrase of a passive ("the images were prepared by a design desk"); not negated,
    not a state, and no crime in its own words (``everyday.names_crime``): "admitted that the
    shop had been robbed by Y", "that Y beat the boy" lay the crime on another, which accuses
    Y and confesses nothing of his own."""
    return any(_others_doing(c) and not _crime_laid(c, lex) for c in clauses)


def _crime_laid(clause: Token, lex: LegalLexicon) -> bool:
    """Whether the clause's own words name a crime - not counting a verb that is only a charge
    noun's verb ("the institute had charged each candidate Rs 600,000": a price asked, not a
    charge laid)."""
    words = [t for t in own_words(clause)
             if not (t.pos_ == "VERB" and t.lemma_.lower() in lex.charge_nouns)]  # fmt: skip
    return names_crime(words, lex)


def _others_doing(clause: Token) -> bool:
    if clause.pos_ not in ("VERB", "AUX") or clause.lemma_.lower() in _STATE_LEMMAS:
        return False
    if negated(clause) or not any(c.dep_ in _DOING_COMPLEMENTS for c in clause.children):
        return False
    if any(o.dep_ in _DONE_TO and o.lower_ in PERSONAL_PRONOUNS for o in clause.children):
        return False  # "that the police had beaten her", "that the broker paid him": done to him
    subjects = [c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS]
    if subjects:
        return all(_a_named_doer(s) for s in subjects)
    if not any(c.dep_ in PASSIVE_SUBJECTS for c in clause.children) or not has_agent(clause):
        return False
    # the passive's doer is its "by" phrase ("were prepared by a design desk")
    doers = passive_agents(clause)
    return bool(doers) and all(_a_named_doer(d) for d in doers)


def _a_named_doer(subject: Token) -> bool:
    """A body or a thing ("the institute", "a design desk"), or several ("the two
    controllers", "the three had lifted ..."): the scheme's workings. Never a pronoun, nor
    those who hold him ("that the police had kept him for a week": the custody, not the
    crime), nor one other person - a name or a singular noun for a person ("that the manager
    had switched it off", "that the chairman paid her brother", "left open by the watchman"):
    the deed laid on that one, which confesses nothing of his own."""
    if subject.pos_ not in ("NOUN", "PROPN", "NUM") or subject.lower_ in _EMPTY_SUBJECTS:
        return False
    if is_custodian(subject):
        return False
    if subject.tag_ == "NNP":
        return False
    return not (subject.tag_ == "NN" and a_persons_word(subject.lemma_.lower()))


def adverbial_that_clauses(verb: Token) -> list[Token]:
    """The "that" clauses the parser hangs on an admitting ``verb`` as adverbial clauses whose
    "that" is not their first word: a clause with a "that" mark among its marks ("while in
    custody ... that he and the other driver had agreed": "while" first), or one that the
    word "that" just before it opens, the parser having taken that "that" for the object of
    the phrase before ("during questioning that | for several years he had confirmed ...").
    Each needs a subject of its own: what was admitted is a clause."""
    doc = verb.doc
    found = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.left_edge.lower_ == "that":
            continue  # (one that opens with its "that" the caller reads already)
        if not any(s.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS for s in clause.children):
            continue
        marked = any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        before = clause.left_edge.i - 1
        opened = (
            before > verb.i
            and doc[before].lower_ == "that"
            and doc[before].dep_ != "mark"
            and doc[before].head.i < clause.left_edge.i
        )
        if marked or opened:
            found.append(clause)
    return found
