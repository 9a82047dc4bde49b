"""What is alleged: a short act label read from the words of a quote.

Lexical and ordered by where the words occur: the first act named in a sentence is the
one it is about ("the case of discovery of arms, ammunition and explosives" is about
weapons; "carrying an Avan bomb (rifle grenade)" about explosives). The labels are
general crime categories, never names, so swapping names cannot change an act. Read once
per document (claims, ``nlp.claims``; attributions, ``nlp.facts``) and stored.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from corroborate.lexicon.acts import acts_lexicon
from corroborate.lexicon.legal import legal
from corroborate.records import Range

__all__ = ["act_of", "acts_named", "everyday_senses"]

# The categories and their words come from the lexicon (``lexicon/data/acts.json``).
_LEX = acts_lexicon()
# Court names name no act: "an anti-terrorism court acquitted him of murder" is about murder.
_COURT_NAMES = _LEX.court_names
# Objects of the voice: a passive's subject is what the verb acts on ("the bill was killed").
_OBJECTS = frozenset({"dobj", "obj", "nsubjpass"})
# How a word modifies a noun: "killing fields", "an assault-weapons ban".
_MODIFIERS = frozenset({"amod", "compound", "nmod"})
# Nouns that name a person by what they do ("the killer, X"): apposed to a name, they are
# that person, no figure of speech.
_PERSON_NOUNS = legal().accused_nouns
# Verbs whose "to ..." is a punishment ("sentenced to death", "condemned to death"): the
# ruling verbs of the lexicon that give the outcome "sentenced".
_SENTENCING_VERBS = frozenset(
    verb for verb, outcome in legal().ruling_verbs.items() if outcome == "sentenced"
)


def act_of(text: str) -> str | None:
    """The act a quote is about, or None when it names none."""
    text = _COURT_NAMES.sub(" ", text)
    best: tuple[int, str] | None = None
    for label, pattern in _LEX.acts:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), label)
    return best[1] if best else None


def acts_named(text: str) -> set[str]:
    """Every act whose words ``text`` holds (``act_of`` gives only the first)."""
    text = _COURT_NAMES.sub(" ", text)
    return {label for label, pattern in _LEX.acts if pattern.search(text)}


def everyday_senses(tokens: Iterable[Token]) -> list[Range]:
    """Where among ``tokens`` a crime word is used in an everyday sense, so names no act: a
    violent verb acting on a thing (``_acts_on_a_thing``: "her work to kill a proposal"), a
    crime word describing a thing (``_describes_a_thing``: "killing fields", "an
    assault-weapons ban"), a crime noun that is a person (``_a_person_figure``: "a powerful new
    weapon: X"), a crime word in an idiom (``_in_an_idiom``: "made a killing in the markets"),
    a punishment (``_a_punishment``: "sentenced to death" tells the sentence, not the
    crime) and a crime opposed (``_opposed``: "vowed to fight corruption"). Read where the
    parse is and blanked before ``act_of`` reads the words; "killed the guard", "the killing
    of the guard", "the weapon used in the murder", "beaten to death" are kept."""
    out: list[Range] = []
    for token in tokens:
        if (
            _acts_on_a_thing(token)
            or _describes_a_thing(token)
            or _a_person_figure(token)
            or _in_an_idiom(token)
            or _a_punishment(token)
            or _opposed(token)
            or _a_shot_in_words(token)
        ):
            out.append((token.idx, token.idx + len(token.text)))
    return out


def _acts_on_a_thing(token: Token) -> bool:
    """A violent verb whose objects in the parse are all things of the lexicon, no person
    ("kill a proposal", "the bill was killed")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _LEX.violent_verbs:
        return False
    objects = [c for c in token.children if c.dep_ in _OBJECTS]
    return bool(objects) and all(_a_thing(o) for o in objects)


def _describes_a_thing(token: Token) -> bool:
    """A crime word that only modifies a noun naming a thing of the lexicon
    (``described_things``): "Western capitals made into killing fields", "voted for an
    assault-weapons ban" (through a modifier of a modifier). A crime word heading its phrase
    ("the killing of the guard") or modifying anything else ("the murder case", "a bomb
    blast", "terrorism charges") still names its act."""
    if token.dep_ not in _MODIFIERS or act_of(token.text) is None:
        return False
    head = token.head
    while head.dep_ in _MODIFIERS and head.head.i != head.i and head.head.pos_ == "NOUN":
        head = head.head
    return (
        head.pos_ == "NOUN" and not head.ent_type_ and head.lemma_.lower() in _LEX.described_things
    )


def _a_person_figure(token: Token) -> bool:
    """A crime noun naming a thing that the sentence says is a person: apposed to a person's
    name ("they have a powerful new weapon: X") or said of one ("X is their best weapon").
    A person is no weapon, so the noun is a figure of speech. Nouns that name a person by
    what they do ("the killer, X") are never asked."""
    if token.pos_ != "NOUN" or act_of(token.text) is None:
        return False
    if token.lemma_.lower() in _PERSON_NOUNS or token.lower_ in _PERSON_NOUNS:
        return False
    apposed = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        apposed.append(token.head)
    if token.dep_ == "attr" and token.head.lemma_ == "be":
        apposed += [c for c in token.head.children if c.dep_ == "nsubj"]
    if token.dep_ == "oprd" or (token.dep_ == "pobj" and token.head.lower_ == "as"):
        # "called X a fraud", "ripped X as a disgusting fraud": what the verb makes its
        # object be
        verb = token.head if token.dep_ == "oprd" else token.head.head
        apposed += [c for c in verb.children if c.dep_ in _OBJECTS]
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == ":":
        # "weapon: X": a colon apposes what follows, however the parser hangs the name
        apposed.append(doc[token.i + 2])
    return any(t.ent_type_ == "PERSON" for t in apposed)


def _a_punishment(token: Token) -> bool:
    """ "death" as what a court sentences to ("sentenced to death for blasphemy", "was
    condemned to death"): the punishment, so the sentence's act is its crime's ("for
    blasphemy"), not a killing. "Beaten to death", "stabbed to death" keep theirs."""
    if token.lower_ != "death" or token.dep_ != "pobj" or token.head.lower_ != "to":
        return False
    return token.head.head.lemma_.lower() in _SENTENCING_VERBS


def _a_shot_in_words(token: Token) -> bool:
    """ "A shot" as a noun in the singular: an attempt or a remark far more often than a gun
    fired in news text ("took a shot at the senator", "a long shot", "a shot at the title");
    "shots were fired", "shot the guard" and "a shooting" keep their act."""
    return token.pos_ == "NOUN" and token.lower_ == "shot"


def _opposed(token: Token) -> bool:
    """A crime noun that something works against: the object of a word of opposing ("vowed
    to fight corruption", "by eliminating the system's fraud") or of its preposition "against"
    or "on" ("a crackdown on trafficking", "the war against drug cartels"). What a sentence
    opposes is no one's act in it; "charged X with fraud", "the fraud X committed" keep theirs."""
    if token.pos_ != "NOUN" or act_of(token.text) is None:
        return False
    if token.dep_ in _OBJECTS:
        governor = token.head
    elif token.dep_ == "pobj" and token.head.lower_ in ("against", "on"):
        governor = token.head.head
    else:
        return False
    return governor.lemma_.lower() in _LEX.opposing_words


def _a_thing(noun: Token) -> bool:
    """An object that is a thing of the lexicon's, with its conjuncts ("the bill and the
    deal"); a named entity is never one ("killed Bill")."""
    nouns = [noun, *noun.conjuncts]
    return all(
        n.pos_ == "NOUN" and not n.ent_type_ and n.lemma_.lower() in _LEX.everyday_objects
        for n in nouns
    )


def _in_an_idiom(token: Token) -> bool:
    """A crime word in a fixed phrase of the lexicon's (``idioms``), read as the word that
    governs it in the parse: the verb of its object ("investors made a killing in the
    markets") or the word its preposition hangs on ("a call to arms against the bill")."""
    if token.dep_ in _OBJECTS:
        governor = token.head
    elif token.dep_ == "pobj":
        governor = token.head.head
    else:
        return False
    words = _LEX.idioms.get(governor.lemma_.lower(), frozenset())
    return token.lower_ in words or token.lemma_.lower() in words
