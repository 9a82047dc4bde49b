"""Whether a verb of running away (``fleeing_verbs``: "fled", "managed to flee") tells a
flight from the law: "Police said another worker, X, managed to flee", "the SSP said the
loot was sold to a dealer, X, who had fled", "X had fled with his family, and raids were
being conducted".

"Flee" is everyday: families flee fighting, a victim flees his attackers, a witness flees
threats. So a flight accuses only where three things hold. Nothing named is what he fled
from but the scene of the act ("fled on foot", "fled with his family", "fled the spot",
"fled from the scene"; never "fled the attackers", "fled the village", "fled from the
gunmen"). The sentence tells of no harm ("X, who was injured, managed to flee"). And the
flight is tied to the case by the sentence: the police tell it (a verb of saying above it
whose subject is the law: "Police said", "the SSP said", "according to investigators") or
the law's pursuit stands beside it (a conjoined clause of a raid or a search: "and raids
were being conducted", "and a search is on", "and police are searching for him"). A flight
told by anyone else ("his wife said he had fled", "he said") is left unread: the sentence
alone does not say from whom. Whose flight it is, and whether the report gives him another
part, the caller asks (``Fugitives``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import NOUN_SUBJECTS, negated

__all__ = ["fled_from_the_law"]

_SAYING = kinds_lexicon().reporting_cues


def fled_from_the_law(verb: Token, lex: LegalLexicon) -> bool:
    """Whether ``verb`` is a verb of fleeing, not negated, that flees nothing but the scene
    and that the police tell or the law's pursuit stands beside."""
    if verb.lemma_.lower() not in lex.fleeing_verbs or negated(verb):
        return False
    if not _flees_only_the_scene(verb, lex) or _amid_harm(verb, lex):
        return False
    return _told_by_the_law(verb) or _beside_a_pursuit(verb, lex)


def _flees_only_the_scene(verb: Token, lex: LegalLexicon) -> bool:
    """ "fled", "fled on foot", "fled the spot", "fled from the scene": every object, and
    every "from" object, is a scene noun."""
    fled = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
        for o in p.children if o.dep_ == "pobj"
    ]  # fmt: skip
    return all(o.lemma_.lower() in lex.scene_nouns for o in fled)


def _amid_harm(verb: Token, lex: LegalLexicon) -> bool:
    """Whether the flight's sentence tells of harm ("X, who was injured in the attack,
    managed to flee", "the gunmen shot Y while his friend X fled"): a flight beside harm is
    most often the one the harm scattered, a victim's or a companion's - left unread."""
    return any(t.lemma_.lower() in lex.harm_verbs for t in verb.sent)


def _told_by_the_law(verb: Token) -> bool:
    """A verb of saying above the flight whose subject is the law ("Police said ...", "The
    SSP said ..."), or an "according to" the law on the way up."""
    for above in [verb, *verb.ancestors]:
        if above.lemma_.lower() in _SAYING and any(
            c.dep_ == "nsubj" and _the_law(c) for c in above.children
        ):
            return True
        if any(_according_to_the_law(c) for c in above.children):
            return True
    return False


def _the_law(subject: Token) -> bool:
    """Whether a subject names the law, by its head or a title or apposition beside it ("DSP
    X said", "The investigating officer, Sub-Inspector X, told the court"); not by a clause
    on it ("a man who told police")."""
    return any(is_custodian(t) for t in _own_words(subject))


def _own_words(token: Token) -> list[Token]:
    """The token and the words of its phrase, less its relative and participle clauses."""
    words = [token]
    for c in token.children:
        if c.dep_ not in ("relcl", "acl", "prep"):
            words += _own_words(c)
    return words


def _according_to_the_law(prep: Token) -> bool:
    """ "according to police", "according to investigators"."""
    if prep.dep_ != "prep" or prep.lower_ != "according":
        return False
    return any(is_custodian(o) for t in prep.children for o in [t, *t.children] if o.dep_ == "pobj")


def _beside_a_pursuit(verb: Token, lex: LegalLexicon) -> bool:
    """A clause conjoined to the flight whose subject is a raid ("and raids were being
    conducted") or whose verb is the police's search ("and police are searching for
    him")."""
    for other in verb.conjuncts:
        subjects = [c for c in other.children if c.dep_ in NOUN_SUBJECTS]
        # "and raids were being conducted", "and a search is on" (asked of the two lists in
        # turn: a union would be a new set per subject)
        lemmas = [s.lemma_.lower() for s in subjects]
        if any(w in lex.raid_nouns or w in lex.searching_verbs for w in lemmas):
            return True
        if other.lemma_.lower() in lex.searching_verbs and any(is_custodian(s) for s in subjects):
            return True
    return False
