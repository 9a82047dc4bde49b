"""Whom an attribution is about: the accused, the confessor, the acquitted.

Read off the parse: the object of verbs that take their target as object
("accuses X of", "acquitted X"), else the subject of the content clause, or
the agent of a passive one ("the fire was started by a sector in-charge").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import OFFICES, legal
from corroborate.lexicon.targets import target_words
from corroborate.nlp.grammar import NOUN_SUBJECTS, one_person_placed
from corroborate.nlp.roles import Frame
from corroborate.nlp.speaker_names import PERSONAL_PRONOUNS, PERSONAL_TITLES, ROLE_NOUNS

__all__ = [
    "a_people",
    "acted_on_tokens",
    "conjunct_names",
    "side_names",
    "target_office",
    "target_tokens",
]

# The words are the lexicon's (``lexicon/data/targets.json``).
_WORDS = target_words()
OBJECT_TARGET_CUES = _WORDS.object_target_cues  # "accuses X of", "acquitted X"
ACTOR_NOUNS = _WORDS.actor_nouns  # common nouns that name people or a body
# Followers for whom a leader answers: "his men", "his gang operatives".
GROUP_NOUNS = _WORDS.follower_nouns
# Verbs by which an agency acts on the accused: their object is the target.
ENFORCEMENT_VERBS = _WORDS.enforcement_verbs
PLACEHOLDERS = _WORDS.placeholders  # subjects that stand for no one: "it", "there"
# The part each office plays in a case (the lexicon's ``role_nouns``): "judge" -> "court".
_ROLES = legal().role_nouns
_PEOPLE = legal().people_nouns
# Prepositions that list the members of a group: "parties, including X and Y".
_INCLUSION = legal().inclusion_prepositions


def target_tokens(cue: Token, frame: Frame) -> list[Token]:
    """Tokens of the target phrase, or [] when the content accuses nobody."""
    doc = cue.doc
    if cue.lemma_.lower() in OBJECT_TARGET_CUES:
        # The rightmost object is the head noun: in "accuses the party's deputy
        # convener X of ...", the parse may split off "the party" as an object too.
        objects = [c for c in cue.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
        if objects:
            return _phrase(objects[-1])
    content_ids = {i for piece in frame.content for i in piece}
    if not content_ids:
        return []
    # The content's own root: the content token whose head lies outside it.
    roots = [
        doc[i]
        for i in sorted(content_ids)
        if doc[i].head.i not in content_ids or doc[i].head.i == i
    ]
    for root in roots:
        verb = root
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.lemma_.lower() in ENFORCEMENT_VERBS:
            # "the police had booked the PAC chief for kidnapping": the one booked is
            # accused, not the police.
            objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            return _phrase(objects[0]) if objects and _names_someone(_phrase(objects[0])) else []
        for child in verb.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and _names_someone(_phrase(objects[0])):
                    return _phrase(objects[0])
        for child in verb.children:
            if child.dep_ in NOUN_SUBJECTS and child.lower_ not in PLACEHOLDERS:
                owner = _pronoun_owner(child)
                if owner is not None:
                    # "his gang operatives killed six": their leader answers for them.
                    return [owner]
                phrase = _phrase(child)
                return phrase if _names_someone(phrase) else []
    return []


def _pronoun_owner(subject: Token) -> Token | None:
    """The personal pronoun that owns a group subject: "his" in "his gang operatives"."""
    if subject.pos_ not in ("NOUN",) or subject.lemma_.lower() not in GROUP_NOUNS:
        return None
    for child in subject.children:
        if child.dep_ == "poss" and child.lower_ in ("his", "her", "their"):
            return child
    return None


def _names_someone(tokens: list[Token]) -> bool:
    """Whether a phrase names an actor: a proper noun, a pronoun or a role noun.

    "confessions" or "250-300 target killers" accuse no one in particular.
    """
    if not tokens:
        return False
    head = min(tokens, key=lambda t: len(list(t.ancestors)))
    if head.pos_ in ("PROPN", "PRON"):
        return head.lower_ not in PLACEHOLDERS
    # A common noun names an actor only if it denotes people or a body ("a
    # sector in-charge of the MQM", "the party"); "the assassination of two
    # Rangers personnel" names an act.
    return head.lemma_.lower() in ACTOR_NOUNS or head.lower_ in ROLE_NOUNS


def _phrase(token: Token) -> list[Token]:
    """A noun phrase without relative clauses (at any depth) and edge punctuation.

    "target killers, including X, who was condemned over the murder of Y": the clause
    about X names Y, who is no target.
    """
    drop: set[int] = set()
    for inner in token.subtree:
        if inner.dep_ in ("relcl", "acl") and inner.i > token.i:
            drop.update(t.i for t in inner.subtree)
    for child in token.children:
        if child.dep_ == "punct" and child.i > token.i:
            drop.add(child.i)
    tokens = [t for t in token.subtree if t.i not in drop]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    return tokens


def acted_on_tokens(cue: Token, frame: Frame) -> list[Token]:
    """The people a content naming an agency's act as a noun says it acted on ("announced
    the arrest of five target killers ..."): the object of its "of", or [] when the content
    is no such noun. Not a target (no one is named); read for the side its words give them
    (``side_names``)."""
    doc = cue.doc
    content_ids = {i for piece in frame.content for i in piece}
    for i in sorted(content_ids):
        noun = doc[i]
        if noun.head.i in content_ids and noun.head.i != i:
            continue  # not the content's own root
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ENFORCEMENT_VERBS:
            continue
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                objects = _objects_of(prep)
                if objects:
                    return _phrase(objects[0])
    return []


def side_names(target: list[Token]) -> list[list[Token]]:
    """The proper names the target phrase gives as its people's side: names that modify its
    head noun ("five Harbour Party gunmen"), own or are the object of one preposition on it
    or on a participle modifying it ("gunmen of the Harbour Party", "gunmen affiliated with
    the Harbour Party's armed wing"). Each as its tokens; the facts keep the names of the
    mentions there (``AttributionFacts.target_side``). Read from the whole noun phrase (the
    target phrase itself leaves out its participle clauses) and never through a relative
    clause, a verb's object or a second preposition: in "gunmen wanted for the killing of
    Harbour Party workers" the party is the victims' side, and the names of a clause about
    the victims ("39 of the dead belonged to X") are outside the phrase. The ledger keeps an
    organisation as the fallback accused of a target that names no one only when it is one
    of these (``ledger.link``)."""
    if not target:
        return []
    head = _head(target)
    if one_person_placed(head, _PEOPLE):
        return []  # "a Bellevue man": where one person is from, no side
    reached: list[Token] = []
    for child in head.children:
        if child.dep_ in ("compound", "nmod", "poss") and child.i < head.i:
            reached.append(child)
        elif child.dep_ == "prep":
            reached += _objects_of(child)
        elif child.dep_ == "acl" and not any(c.dep_ == "dobj" for c in child.children):
            reached += [o for p in child.children if p.dep_ == "prep" for o in _objects_of(p)]
    names: list[list[Token]] = []
    for noun in reached:
        # the object itself, or a name owning or modifying it ("the party's armed wing")
        # (a proper noun's own compounds are part of its name, read with it)
        owners = [c for c in noun.children if c.dep_ in ("poss", "compound")]
        for name in [noun] if noun.pos_ == "PROPN" else owners:
            if name.pos_ == "PROPN":
                names.append(_proper_name(name))
    return names


def conjunct_names(target: list[Token]) -> list[list[Token]]:
    """The proper names co-ordinated with the target phrase's head ("accused the Harbour
    Party and the Hill Front of ...", "said A, B and C had carried out ..."): each the
    accused as the head is; for a common noun head, the names its inclusion lists ("parties,
    including the Harbour Party and the Hill Front, have armed wings"). Each as its tokens;
    the facts keep the names of the mentions there (``AttributionFacts.target_conjuncts``).
    A common noun's own conjuncts are none: in "the gunmen and Ali Khan" the target names no
    one, and the claims read the rest."""
    if not target:
        return []
    head = _head(target)
    if head.pos_ != "PROPN":
        # the list may hang on any word of the noun's phrase, a participle's included
        # ("parties operating in the city, including X and Y": the parser hangs
        # "including" on "city"), never inside a relative clause
        preps = [t for t in head.subtree if t.dep_ == "prep" and t.lower_ in _INCLUSION
                 and not _in_a_relative_clause(t, head)]  # fmt: skip
        listed = [o for c in preps for o in _objects_of(c)]
        return [_proper_name(n) for o in listed if o.pos_ == "PROPN"
                for n in [o, *o.conjuncts] if n.pos_ == "PROPN"]  # fmt: skip
    return [_proper_name(c) for c in head.conjuncts if c.pos_ == "PROPN" and c.i > head.i]


def _in_a_relative_clause(token: Token, head: Token) -> bool:
    """Whether ``token`` lies in a relative clause of ``head``'s phrase."""
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ == "relcl":
            return True
        token = token.head
    return False


def _objects_of(preposition: Token) -> list[Token]:
    return [c for c in preposition.children if c.dep_ == "pobj"]


def _proper_name(token: Token) -> list[Token]:
    """The words of the proper name ending at ``token``: it and the compounds before it."""
    start = token.i
    doc = token.doc
    while (
        start > 0
        and doc[start - 1].head.i in range(start, token.i + 1)
        and (doc[start - 1].dep_ in ("compound", "punct") or doc[start - 1].pos_ == "PROPN")
    ):
        start -= 1
    while start < token.i and doc[start].is_punct:
        start += 1
    return list(doc[start : token.i + 1])


def target_office(target: list[Token], source: list[Token]) -> str | None:
    """The office in the case ("court" or "prosecutor") of whom the target phrase stands
    for: its head noun's ("the trial judge", "the prosecutor"), or, for a personal pronoun
    that is its clause's subject, the source's, when the source is a judge or a justice
    named by a common noun ("The Supreme Court justice said she regretted her remarks": a
    judge speaking of herself; "the court" is no person a pronoun stands for). A judge who
    is named ("Judge X said that he lacked ...") may speak of the accused, and counsel is
    left out: counsel speaks for a client ("defence counsel said he was framed": he is the
    client), and its nouns have everyday senses ("a gun-rights advocate"). None when it
    names no such office. "investigator" where investigators tell what investigators
    did ("Superintendent of Police X said police recovered the notes from the courier",
    "a police spokesman said officers seized the drugs"): the speaker's own side acting on
    the case, never the one the content accuses (``_own_investigators``)."""
    if not target:
        return None
    head = _head(target)
    office = _office(head)
    if office is not None:
        return office
    if _own_investigators(head, source):
        return "investigator"
    if len(target) != 1 or head.lower_ not in PERSONAL_PRONOUNS or head.dep_ != "nsubj":
        return None
    speaker = _head(source) if source else None
    if speaker is None or any(c.dep_ == "poss" for c in speaker.children):
        return None  # "his lawyer said he ...": he is whom the source speaks for
    # a person on the bench ("the justice", "the judge"), never the court or the bench
    # itself: in "The court said he was guilty", he is no court
    person = speaker.lower_ in PERSONAL_TITLES or speaker.lemma_.lower() in PERSONAL_TITLES
    return "court" if person and _office(speaker) == "court" else None


def a_people(target: list[Token]) -> bool:
    """Whether a target phrase is a people: its head a nationality, religion or people in
    the plural ("the four Americans killed", "Americans"), or a phrase whose only names are
    such words used as adjectives ("gangs of young Arab men"); never one party - as the
    names an attribution's content gives are read (``nlp.facts``, ``nlp.passing``)."""
    if not target:
        return False
    head = _head(target)
    if head.ent_type_ == "NORP" and head.text.endswith("s") and not head.text.endswith("ss"):
        return True
    # "gangs of young Arab and Berber men": its only names describe its noun as a people
    names = [t for t in target if t.ent_type_ or t.pos_ == "PROPN"]
    return bool(names) and all(_a_people_adjective(t) for t in names)


def _a_people_adjective(token: Token) -> bool:
    """A nationality, religion or people used as an adjective ("young Arab men")."""
    return token.ent_type_ == "NORP" and (token.dep_ == "amod" or token.pos_ == "ADJ")


def _head(tokens: list[Token]) -> Token:
    """The phrase's head: its token nearest the root."""
    return min(tokens, key=lambda t: len(list(t.ancestors)))


def _own_investigators(head: Token, source: list[Token]) -> bool:
    """Whether a target phrase headed by ``head`` is a common noun for investigators
    ("police", "officers") and the source is one of them by its own noun or the title
    written before its name ("Superintendent of Police X", "a police spokesman", "Inspector
    X") - read off the words, not their attachment, which the parser often gets wrong in a
    long title ("Superintendent" hung on a place before it). Not a source that is another
    party's ("the lawyer for the police officer", "the officer's wife": a preposition or an
    owner between the title and the source's head)."""
    if head.pos_ != "NOUN" or _role(head) != "investigator" or not source:
        return False
    speaker = _head(source)
    if _role(speaker) not in (None, "investigator"):
        return False  # "the lawyer of the police officer said police beat him"
    for t in source:
        if t.i >= speaker.i or _role(t) != "investigator":
            continue
        between = source[source.index(t) + 1 : source.index(speaker)]
        if not any(w.tag_ == "POS" or (w.pos_ == "ADP" and w.lower_ != "of") for w in between):
            return True
    return _role(speaker) == "investigator"


def _role(word: Token) -> str | None:
    """The part a word's office plays in a case (``legal.role_nouns``), else None."""
    return _ROLES.get(word.lemma_.lower()) or _ROLES.get(word.lower_)


def _office(noun: Token) -> str | None:
    """The office a common noun names ("judge", "prosecutor"; not counsel), else None."""
    if noun.pos_ != "NOUN":
        return None
    role = _ROLES.get(noun.lemma_.lower()) or _ROLES.get(noun.lower_)
    return role if role in OFFICES and role != "defence" else None
