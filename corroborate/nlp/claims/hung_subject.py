"""The subject the parser hung on a preposition of time: "The verdicts came three weeks after
a third member, X, 21, pleaded guilty" is parsed with "pleaded" a conjunct of "came" and "a
third member, X" the object of "after", so the clause seems to have no subject of its own
and to share "verdicts". A conjunct joined by no "and" or "or", right after the phrase of
such a preposition of its first verb, has that phrase's noun as its subject.

And the subject the parser made the sentence's root: "X, speaking to reporters as he was led
out, called the case fabricated" is parsed with "X" the root and "called" a participle
describing it ("a man called Y"); a participle that takes an object (or an object and its
predicate) is no such description (``subject_made_root``) - X is its subject.

The same subject hung on the clause's own word of time: "The judge allowed the application
after constable X, in a statement ..., described how ..." is parsed with "after" a mark of
"described" and "constable X" its object (``subject_hung_on_mark``). And a first conjunct
the parser made the complement of the second: "X had appeared before a magistrate and, in a
statement ..., said that he ..." is parsed with "appeared" (and its "and") the clause of
"said", which seems to have no subject (``first_conjunct_hung``).

And the doer of an active conjunct of a passive: "X was arraigned in January and pleaded not
guilty", "X was produced in court and entered a plea of not guilty" - the first verb's subject
undergoes its act, but does the second's (``acts_after_passive``).

And a second passive the parser hung on a participle of the first's agent: "X was taken into
custody by police waiting in the corridor and later sent to jail by a magistrate" is parsed
with "sent" a conjunct of "waiting"; a past participle is no co-ordinate of a present one
describing the police who took him, but the first passive's next predicate
(``passive_beyond_agent``).

And a second passive the parser hung on a gerund in the first's phrase of the charge: "X was
charged with receiving and placed under judicial control" is parsed with "placed" a conjunct
of "receiving", the object of "with"; a bare past participle is no co-ordinate of that gerund
but the passive's next predicate (``passive_beyond_gerund``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.gerund_subject import subject_hung_on_gerund
from corroborate.nlp.claims.retained_objects import retained_grant
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = [
    "subject_hung_on_time",
    "subject_made_root",
    "subject_hung_on_mark",
    "acts_after_passive",
    "passive_subject_acts",
    "first_conjunct_hung",
    "passive_beyond_agent",
    "passive_beyond_gerund",
]

# The complements that make a conjunct an act of its own with a doer ("pleaded not guilty",
# "entered a plea", "said he was innocent"), not a bare participle the tagger took for a past
# tense ("X was convicted and jailed for ten years": jailed, not jailing).
_OWN_COMPLEMENTS = frozenset({"dobj", "acomp", "ccomp", "xcomp"})
# Finite verb tags: a participle ("jailed") is no act of the first predicate's subject.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})

# The prepositions that open a clause of time, whose subject the parser takes for their object.
_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "until", "till"})


def subject_hung_on_time(verb: Token) -> Token | None:
    """The noun that is the subject of conjunct ``verb``, hung on a preposition of time of
    its first verb and ending right before it (a comma between); None where the conjunct
    is a real one (a "cc" joins it) or no such phrase precedes it."""
    if verb.dep_ != "conj" or verb.i < 1:
        return None
    first = verb.head
    if any(c.dep_ == "cc" and first.i < c.i < verb.i for c in first.children):
        return None  # "X was arrested and confessed"
    doc = verb.doc
    end = verb.i - 1
    if doc[end].text == ",":
        end -= 1
    times = [p for p in first.children if p.dep_ == "prep" and p.lower_ in _TIME_PREPOSITIONS]
    if not times or end <= times[0].i:
        return None
    # the phrase that ends right before the conjunct, climbed to where it hangs: the object
    # of the preposition, or a name the parser hung on the first verb as an adverb after it
    # ("after a third member, X, 21, pleaded": X an npadvmod of the first verb)
    phrase = doc[end]
    while phrase.head.i not in (first.i, *(p.i for p in times)) and phrase.head.i != phrase.i:
        phrase = phrase.head
    if phrase.dep_ == "pobj" and phrase.head in times:
        return phrase
    if phrase.dep_ == "npadvmod" and phrase.head.i == first.i and phrase.i > times[0].i:
        return phrase
    return None


def subject_made_root(verb: Token) -> Token | None:
    """The noun the parser made the root of ``verb``'s sentence, where ``verb`` hangs on it as
    a clause that takes an object ("X, speaking briefly, called the case fabricated"): its
    subject. None for a participle with no object ("a man called Y")."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ != "ROOT" or noun.pos_ not in ("PROPN", "NOUN"):
        return None
    # an object, or an object and its predicate both read as predicates ("called | the case
    # | fabricated"); "a man called Y" has one
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    if not any(c.dep_ == "dobj" for c in objects) and len(objects) < 2:
        return None
    return noun


def subject_hung_on_mark(verb: Token) -> Token | None:
    """The noun the parser hung as an object on the word of time that opens clause ``verb``
    ("after constable X, in a statement, described how": "X" under "after", parsed the mark
    of "described" or a phrase of the verb before, with "described" its complement); None
    where the clause has a subject of its own. Or the one hung on a gerund that opens the
    clause ("During questioning the operator admitted": ``gerund_subject``)."""
    gerund_object = subject_hung_on_gerund(verb)
    if gerund_object is not None:
        return gerund_object
    if verb.dep_ not in ("advcl", "ccomp") or any(c.dep_ in NOUN_SUBJECTS for c in verb.children):
        return None
    for mark in verb.children:
        if mark.dep_ == "mark" and mark.lower_ in _TIME_PREPOSITIONS:
            return next((o for o in mark.children
                         if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN")), None)  # fmt: skip
    # the phrase of time ends right before the clause's own words ("after X | , in a ...")
    before = verb.left_edge.i - 1
    if before < 0 or verb.left_edge.text != ",":
        return None
    noun = verb.doc[before]
    time = noun.head
    if noun.dep_ == "pobj" and noun.pos_ == "PROPN" and time.lower_ in _TIME_PREPOSITIONS:
        return noun
    return None


def first_conjunct_hung(verb: Token) -> Token | None:
    """The first conjunct the parser made the complement of ``verb`` ("X had appeared before a
    magistrate and, in a statement, said that ...": "appeared", with its "and", the clause
    of "said", or a clause beside it): a clause before ``verb`` that holds an "and" after
    its own words and no "that"; None where ``verb`` has a subject of its own."""
    if any(c.dep_ in NOUN_SUBJECTS for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "parataxis") or clause.i > verb.i:
            continue
        if any(c.dep_ == "mark" for c in clause.children):
            return None  # "that he had appeared ...": a real clause of what was said
        if any(c.dep_ == "cc" and clause.i < c.i < verb.i for c in clause.children):
            return clause
    return None


def acts_after_passive(verb: Token) -> bool:
    """Whether active ``verb`` is done by the subject of its passive first conjunct ("X was
    arraigned and pleaded not guilty": X pleaded) (``passive_subject_acts``)."""
    return verb.dep_ == "conj" and passive_subject_acts(verb.head, verb)


def passive_subject_acts(first: Token, verb: Token) -> bool:
    """Whether the subject of passive ``first`` does ``verb``, the predicate after it ("X
    was arraigned and pleaded not guilty", "X was arrested and, in a statement, admitted
    the stabbing"); not where ``verb`` has a subject or a passive auxiliary of its own, is a
    participle, or takes no complement (a participle the tagger may have made a past tense:
    "X was convicted and jailed for ten years"), or is a grant of bail or remand kept as a
    passive's object ("X was arrested and granted bail": ``retained_objects``)."""
    if verb.tag_ not in _FINITE:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "auxpass") for c in verb.children):
        return False
    if not any(c.dep_ in _OWN_COMPLEMENTS for c in verb.children):
        return False
    if retained_grant(verb):
        return False  # "X was arrested and granted bail": X got it (``retained_objects``)
    passive = any(c.dep_ == "auxpass" for c in first.children)
    return passive and any(c.dep_ == "nsubjpass" for c in first.children)


def passive_beyond_agent(verb: Token) -> Token | None:
    """The passive verb whose next predicate ``verb`` is, where the parser made ``verb`` (a
    bare past participle joined by "and" or "or", no subject or auxiliary of its own) the
    conjunct of a present participle that describes that passive's "by" agent ("taken into
    custody by police waiting outside and later sent to jail": "taken"); None otherwise."""
    first = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or first.dep_ != "acl" or first.tag_ != "VBG":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    if not any(c.dep_ == "cc" and first.i < c.i < verb.i for c in first.children):
        return None
    agent = first.head.head  # the noun the participle describes, and its "by"
    if first.head.dep_ != "pobj" or agent.dep_ != "agent":
        return None
    # the police who took X, never a doer who may be jailed himself ("X was attacked by
    # youths wielding knives and later jailed": the youths, perhaps)
    if not is_custodian(first.head):
        return None
    passive = agent.head
    if not any(c.dep_ == "auxpass" for c in passive.children):
        return None
    return passive if any(c.dep_ == "nsubjpass" for c in passive.children) else None


def passive_beyond_gerund(verb: Token) -> Token | None:
    """The passive verb whose next predicate ``verb`` is, where the parser made ``verb`` (a
    bare past participle joined by "and", no subject or auxiliary of its own) the conjunct of
    a gerund that is the object of that passive's preposition ("charged with receiving and
    placed under judicial control": "charged"); None otherwise."""
    gerund = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or gerund.tag_ != "VBG":
        return None
    if gerund.dep_ != "pcomp" or gerund.head.dep_ != "prep":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    if not any(c.dep_ == "cc" and gerund.i < c.i < verb.i for c in gerund.children):
        return None
    passive = gerund.head.head
    if not any(c.dep_ == "auxpass" for c in passive.children):
        return None
    return passive if any(c.dep_ == "nsubjpass" for c in passive.children) else None
