"""Small readings of the dependency parse that several readers share."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from corroborate.lexicon.legal import LegalLexicon

__all__ = [
    "DESCRIBING_CLAUSES",
    "NOUN_SUBJECTS",
    "PATIENT_DEPS",
    "PLACE_ENTITIES",
    "POINTING_BACK",
    "bare_participle",
    "subject_holder",
    "subjects_through_conjuncts",
    "disowned_act",
    "had_done",
    "has_agent",
    "indefinite",
    "negated",
    "negated_or_possible",
    "one_person_placed",
    "passive_agents",
    "prep_objects",
    "relative_phrase",
    "OWN_SUBJECT_DEPS",
    "SUBJECT_DEPS",
    "has_subject",
    "singular_noun",
    "subject_dep",
    "to_infinitive",
    "verb_read_as_modifier",
]

# the subjects that are noun phrases, active or passive: a clausal one ("that he confessed
# was clear") names no one and is no statement; here, in the leaf module of the parse's
# small readings, so that any reader may take it without an import cycle
NOUN_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# a verb's own subject, of any kind (a clause, "it" as a placeholder): where one is there,
# the parse gave the verb its subject and no repair moves another word there
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# the same without the passive clausal subject, as the readers of whether a verb or a conjunct
# has a subject of its own ask it (own deeds, gerunds, lawful dealing, fronted subjects,
# relative clauses' conjuncts): one set for them, not a copy in each
OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# what a verb is done to: its active object or its passive subject ("identified them as",
# "he was named as")
PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
# a participle or relative clause that describes the noun it hangs on ("a youth accused of
# theft", "a driver who was detained"): the noun is the one the clause is told of
DESCRIBING_CLAUSES = frozenset({"acl", "relcl"})
# the entity types of a place one can be at or go to ("was working in Karachi", "had never
# been to the depot at Hyderabad"): what an alibi or a plea puts the accused at
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# the pronouns that point back at a deed just told ("I did not do it", "I knew it was
# wrong"): one set for every reader that takes the pronoun for the deed
POINTING_BACK = frozenset({"it", "this", "that"})


def has_subject(verb: Token) -> bool:
    """Whether ``verb`` has a subject of its own, of any kind (``SUBJECT_DEPS``)."""
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def subject_dep(verb: Token) -> str:
    """The label a word made ``verb``'s subject takes: passive where the verb has a passive
    auxiliary ("was charged"), else active."""
    return "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"


def prep_objects(
    head: Token, prepositions: Collection[str], deps: Collection[str] = ("pobj",)
) -> list[Token]:
    """The objects (``deps``) of the prepositions ``prepositions`` that hang on ``head``:
    "the mastermind of the attack" -> [attack] for ("of",); "confessed to being nervous" ->
    [being] for ("to",) with ("pobj", "pcomp")."""
    return [
        p for c in head.children if c.dep_ == "prep" and c.lower_ in prepositions
        for p in c.children if p.dep_ in deps
    ]  # fmt: skip


def passive_agents(verb: Token) -> list[Token]:
    """The nouns of a passive verb's "by" phrase, its doers ("was accused of blasphemy by a
    crowd" -> [crowd]): the objects of its ``agent`` children."""
    return [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]


def has_agent(verb: Token) -> bool:
    """Whether a passive verb names its doer with a "by" phrase ("was seized by police"),
    whatever the parser hangs in it (``passive_agents`` reads only its noun objects): the
    test of a passive told with no doer, which a reading may take as the court's or the
    law's own act, kept in one place."""
    return any(c.dep_ == "agent" for c in verb.children)


def to_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive with its "to" ("asked the court to release X",
    "refused to sign"): the test a dozen readers make of a clause only wanted, asked or
    ordered, kept in one place."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def relative_phrase(prep: Token) -> bool:
    """A phrase of a preposition whose object is a relative pronoun, that opens a relative
    clause: "in which he admitted", "before whom he confessed", "at which he spoke"."""
    return prep.dep_ == "prep" and any(
        o.dep_ == "pobj" and o.tag_ in ("WDT", "WP") for o in prep.children
    )


def negated(verb: Token) -> bool:
    """Whether ``verb`` is governed by its own negation ("had not beaten him", "never signed
    it"): a "not" or "never" among its children, not one on a clause above it."""
    return any(c.dep_ == "neg" for c in verb.children)


def negated_or_possible(verb: Token, modals: Collection[str]) -> bool:
    """Whether ``verb`` is negated ("did not claim") or only possible, by one of the modal
    auxiliaries ``modals`` ("may have been behind", "could be charged")."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in modals) for c in verb.children)


def disowned_act(verb: Token, lex: LegalLexicon) -> bool:
    """Whether ``verb`` is the clause a verb of disowning takes ("denied ever having
    confessed", "disputes that he admitted it"; ``disowning_verbs``): the act is what its
    subject turns down, not what he did - unless that verb is negated ("did not deny
    confessing"). A confession told beside a retraction hangs elsewhere ("recanted, saying he
    had confessed under torture": on "saying")."""
    governor = verb.head
    return (
        verb.dep_ in ("xcomp", "ccomp", "pcomp")
        and governor.i != verb.i
        and governor.lemma_.lower() in lex.disowning_verbs
        and not any(c.dep_ == "neg" for c in governor.children)
    )


def bare_participle(verb: Token) -> bool:
    """Whether ``verb`` is a past participle that opens a clause of its own, without a subject
    or an auxiliary ("Asked about the strike, the minister said ...", "Accused of fraud, the
    mayor resigned"): a passive whose understood subject, the clause's it hangs from, is
    the one it was done to, not the one who did it. Its doer is only its agent ("Questioned
    by reporters")."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "acl")
        and not any(c.dep_ in _OWN_CLAUSE for c in verb.children)
    )


def subjects_through_conjuncts(verb: Token, deps: Collection[str]) -> list[Token]:
    """The subjects (children of a dependency in ``deps``) a verb has, or, for a verb joined
    to an earlier one with no subject of its own, the earlier verb's: in "Police raided a
    house and picked up X" the parser hangs "police" on "raided" only, yet it is "picked
    up"'s subject as well. Walks up a chain of conjuncts ("raided, searched and picked up")
    to the first verb that has a subject (``subject_holder``); none where a conjunct has its
    own or the chain ends at a word that is no verb."""
    return [c for c in subject_holder(verb, deps).children if c.dep_ in deps]


def subject_holder(verb: Token, deps: Collection[str]) -> Token:
    """The verb whose subjects (children of a dependency in ``deps``) ``verb``'s are:
    ``verb`` itself, or, for a conjunct with no subject of its own, the clause it is joined
    to (which may itself be a conjunct: "raided, searched and picked up"). Where the chain
    reaches a head that is no verb, the last conjunct before it, which has no subject - the
    one difference from ``subjects_through_conjuncts``, which then finds none: a reader
    that asks the holder for other children than its subjects ("X, believed to be abroad,
    is the prime accused": the subjects of "believed", or of "is" itself) gets a verb."""
    while (
        verb.dep_ == "conj"
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in deps for c in verb.children)
    ):
        verb = verb.head
    return verb


def had_done(verb: Token) -> bool:
    """Whether ``verb`` is the participle of a "have" that has something done to one's own
    ("X had his bail confirmed", "Y has had her interim bail extended", "Z had his
    conviction quashed"): the tagger, once a modifier stands before the noun, often tags the
    participle a past tense and the parser makes the pair a clause (the noun its subject, the
    clause a ccomp of "have"). A clause with an auxiliary or a "that" of its own is told, not
    done to one ("had said his bail was confirmed" has its own verb of saying)."""
    if verb.tag_ == "VBN":
        return True
    if verb.tag_ != "VBD" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() != "have":
        return False
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass", "mark", "nsubjpass", "expl") for c in children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i
               for c in children)  # fmt: skip


# What makes a participle's clause finite or gives it a subject of its own: "had asked",
# "was asked", "the minister asked".
_OWN_CLAUSE = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "expl"})


def indefinite(noun: Token) -> bool:
    """Whether ``noun`` has an indefinite article ("a farmer", "an Omaha woman")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def one_person_placed(noun: Token, people_nouns: Collection[str]) -> bool:
    """Whether ``noun`` is one unnamed person the name before it places: "a Bellevue man",
    "an Omaha woman" - a singular noun for a person (``people_nouns``) with an indefinite
    article. The name is where they are from, never a party whose members they are,
    whatever NER took the place for."""
    return noun.tag_ == "NN" and noun.lemma_.lower() in people_nouns and indefinite(noun)


def verb_read_as_modifier(apposed: Token) -> bool:
    """Whether the phrase of a name in apposition holds, before the name, a verb the parser
    read as the modifier of a noun, with no comma or determiner before it: a sentence's verb
    after its subject and an adverbial ("The tribunal on Monday convicted contractor X", "The
    Court of Appeal in Y on Tuesday acquitted trader X") misread, which hangs the verb's
    object on the subject as its apposition. A participle that modifies a noun follows a
    comma or a determiner ("the prisoner, convicted killer X", "the convicted man, X")."""
    doc = apposed.doc
    return any(
        t.dep_ == "amod"
        and t.tag_ in ("VBN", "VBD")
        and t.i > 0
        and not doc[t.i - 1].is_punct
        and doc[t.i - 1].pos_ not in ("DET", "NOUN", "ADJ")
        for t in apposed.subtree
        if t.i < apposed.i
    )


def singular_noun(noun: Token) -> bool:
    """Whether ``noun`` is a singular noun: tagged so (the parser tags a rare job noun a
    proper one too: "munshi" NNP), or tagged plural with no plural ending - the tagger's
    guess at a loanword it does not know ("the kazi", "his private munshi" tagged NNS, the
    lemma the word itself)."""
    if noun.tag_ in ("NN", "NNP"):
        return True
    return noun.tag_ == "NNS" and noun.lemma_.lower() == noun.lower_
