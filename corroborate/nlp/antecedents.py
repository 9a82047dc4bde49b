"""Whether a named person can be what a personal pronoun stands for, read by the grammar.

Two readings the speaker resolver (``nlp.speakers``) and the claims (``nlp.claims.naming``)
ask of each person they might resolve a pronoun to:

- **agreement**: a person whose title or apposed noun tells their sex ("Mrs X", "X, his
  brother") is never a pronoun of the other sex ("Mrs X thanked Y. Police said he had ...":
  he is Y). spaCy's morphology gives the pronoun's gender; a name alone gives none, and a
  person of no known sex agrees with every pronoun;
- **binding**: an object pronoun never stands for the subject of its own verb ("X told
  police that Y had paid him": him is not Y);
- **an apposed accused**: a partitive or a noun for an accused with a name apposed ("One of
  the suspects, X, told journalists he had ...") is that name, and the pronoun of the clause
  its verb takes is his (``nlp.self_incrimination``);
- **a rival description**: a person named only as the owner of a noun for another person
  ("X's campaign manager says he ...", "the lawyer for X said he ...", "an aide to X said he
  ..."): the pronoun may stand for the one the noun describes, who is not named, as well as
  for the owner, so it stands for neither - an unnamed accused is better than a wrong one.
  Not where the noun cannot agree with the pronoun: "X's lawyers say his confession was
  coerced" (a plural), "X's wife said he ..." (her sex), which leave the owner.

The words are the lexicon's: the titles and nouns that tell a sex and the nouns that tie a
person to another (``name_words``), the roles, kin and companions of the legal lexicon.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import legal
from corroborate.lexicon.name_words import name_words
from corroborate.nlp.grammar import NOUN_SUBJECTS
from corroborate.nlp.names import given_name_sex
from corroborate.nlp.written_places import written_as_a_place

__all__ = [
    "a_tie",
    "agrees",
    "apposes_the_accused",
    "an_officer_of_the_court",
    "bound_subject",
    "binds",
    "controlling_speaker",
    "full_name_gender",
    "owned_by_a_rival",
    "person_gender",
    "pronoun_gender",
]

_NAMES = name_words()
_LEGAL = legal()
# The verbs of saying, whose subject tells a clause (``bound_subject``'s ``past_tellers``).
_SAYING = kinds_lexicon().reporting_cues
_GENDERED = _NAMES.gendered_words  # word -> "Masc" or "Fem"
# Nouns that name one person by a tie to another: staff, kin, counsel, companions; never a
# court or a body ("the court", "the police", "the family"), which a pronoun does not stand
# for.
_TIES = (
    _NAMES.tie_nouns
    | _NAMES.roles
    | _LEGAL.companion_nouns
    | {w for w, role in _LEGAL.role_nouns.items() if role != "court"}
) - _LEGAL.collective_role_nouns
# Clauses with no subject of their own that share their governor's: an open complement, an
# adverbial participle, a participle after a preposition (not a co-ordinated verb: the parser
# joins "said X was guilty and sentenced him" to the wrong verb too often to bind by it).
# A conjoined verb with no subject of its own shares its first conjunct's ("the magistrate
# rejected his plea and sent him to jail": the magistrate sent him) - not a copula's
# (``bound_subject``).
_SHARING = frozenset({"xcomp", "advcl", "pcomp", "conj"})
# The prepositions that name a noun's owner after it: "the lawyer for X", "an aide to X",
# "the brother of X".
_OWNER_PREPOSITIONS = frozenset({"for", "of", "to"})


def pronoun_gender(pronoun: Token) -> str | None:
    """The gender spaCy's morphology gives a pronoun ("Masc", "Fem"), else None."""
    genders = pronoun.morph.get("Gender", [])
    return genders[0] if len(genders) == 1 else None


def person_gender(person: Span) -> str | None:
    """The sex a named person's own words tell: a title in or right before the name ("Mrs
    X"), or a noun apposed to it ("X, the victim's brother"); else a possessive bound to it
    ("X lost her appeal"); else the sex the first name of a name of two words or more tells
    (``lexicon.first_names``: "Saima Naz" a woman; a lone word may be a family name); None
    when none tells one."""
    doc = person.doc
    # the word before the name and its first word: "Mrs X", "her son X" (not a word inside
    # the name: "Son" is a surname too)
    words = [doc[person.start - 1], person[0]] if person.start > 0 else [person[0]]
    root = person.root
    words += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        words.append(root.head)
    found = {_GENDERED.get(t.lower_.rstrip(".")) for t in words} - {None}
    if found:
        return found.pop() if len(found) == 1 else None
    return _bound_possessive_gender(person) or _first_name_gender(person)


def _bound_possessive_gender(person: Span) -> str | None:
    """The sex a possessive bound to the person tells: "X sold her shop", "X lost his
    appeal" - the owner of its own verb's object is its subject, where no one else in the
    clause may own it (no second subject, no one the thing is given to: in "X gave Y her
    phone" the phone may be Y's)."""
    root = person.root
    if root.dep_ != "nsubj" or any(c.dep_ == "conj" for c in root.children):
        return None
    verb = root.head
    if any(c.dep_ in ("dative", "iobj") and c.pos_ != "ADP" for c in verb.children):
        return None  # "X gave Y her phone"; not "X sold her shop to Y" (a preposition)
    found = {
        pronoun_gender(p)
        for obj in verb.children
        # no name in the object: "gave Y her phone" parsed as one phrase may be Y's phone
        if obj.dep_ == "dobj" and not any(t.pos_ == "PROPN" for t in obj.subtree)
        for p in obj.children
        if p.dep_ == "poss" and p.lower_ in _NAMES.personal_pronouns
    } - {None}
    return found.pop() if len(found) == 1 else None


def _first_name_gender(person: Span) -> str | None:
    """The sex the first word of a full name tells, titles left out ("Dr Saima Naz")."""
    return given_name_sex([t.text for t in person if t.is_alpha])


def full_name_gender(name: str) -> str | None:
    """The sex the first word of a full name written as a string tells ("Mahesh Yadav":
    where the report calls him "Yadav" or "the SI" since, the words it has in hand tell
    none)."""
    return given_name_sex([w for w in name.split() if w.isalpha()])


def agrees(person: Span, pronoun: Token, told: str | None = None) -> bool:
    """Whether ``pronoun`` may stand for ``person``: their sexes, where both are told, agree,
    and the person's own phrase does not write it as a place or a body (``written_places``).
    ``told``: the sex another mention of the same person tells, where the caller knows it."""
    if written_as_a_place(person):
        return False  # "the Nagpur bench granted bail ... after his arrest": a place, no one
    wanted = pronoun_gender(pronoun)
    found = person_gender(person) or told
    return wanted is None or found is None or wanted == found


def owned_by_a_rival(person: Span, pronoun: Token) -> bool:
    """Whether ``person`` is named as the owner of a noun for another person that
    ``pronoun`` may as well stand for: "X's campaign manager", "the lawyer for X", "an aide
    to X" before "he"; not "X's lawyers" before "his" (a plural), nor "X's wife" before "he"
    (her sex), nor "X's office" (no person)."""
    # the name's last word heads it in English, whatever the parser made of the words
    # before ("Mr. Orwell Pike's lawyer": "Orwell" may hang elsewhere)
    last = person[-1] if person[-1].dep_ == "poss" else person.root
    if last.dep_ == "poss":
        noun = last.head
    elif last.dep_ == "pobj" and last.head.lower_ in _OWNER_PREPOSITIONS:
        noun = last.head.head
    else:
        return False
    if noun.pos_ != "NOUN" or noun.ent_type_ or not a_tie(noun):
        return False
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children):
        return False  # "X's lawyer, Y, said he": the rival is named, a candidate of its own
    if noun.tag_ != "NN" or "Plur" in pronoun.morph.get("Number", []):
        return False  # only one person is he or she, and only one person's noun is his rival
    wanted = pronoun_gender(pronoun)
    told = _GENDERED.get(noun.lower_)
    return wanted is None or told is None or wanted == told


def a_tie(noun: Token) -> bool:
    """Whether a noun names a person by their tie to another: the noun itself, or with the
    compound before it ("campaign manager")."""
    compounds = [c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1]
    words = [noun.lemma_.lower(), noun.lower_]
    words += [f"{c.lower_} {noun.lower_}" for c in compounds]
    return any(w in _TIES for w in words)


def bound_subject(pronoun: Token, past_tellers: bool = True) -> Token | None:
    """The subject of the verb whose object ``pronoun`` is ("Y had paid him", "Y gave the
    money to him"), or, for a verb with no subject of its own, the one it shares ("Y
    responded by calling Z dopey and accusing him", "Y tried to use the ad, accusing her"):
    a personal pronoun there is never that subject (a reflexive would be), so it does not
    stand for it. None for a subject or an owner ("Y lost his appeal": his may be Y's).
    Without ``past_tellers``, None where the climb reaches a verb of saying: the parser
    hangs a predicate of the reported clause on it ("X testified that officers slapped him
    ..., and told him what to say"), whose own doer it lost."""
    if pronoun.dep_ in ("dobj", "dative"):
        verb = pronoun.head
    elif pronoun.dep_ == "pobj" and pronoun.head.head.pos_ in ("VERB", "AUX"):
        verb = pronoun.head.head
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ in NOUN_SUBJECTS), None)
    while subject is None and verb.dep_ in _SHARING and verb.head.i != verb.i:
        if verb.dep_ == "conj" and verb.head.lemma_.lower() == "be":
            # "Judge Y said X was guilty and sentenced him": the parser hangs the judge's
            # second verb on the finding's copula, whose subject is not the one who acts
            return None
        verb = verb.head  # a participle or infinitive shares its governor's subject
        if verb.pos_ == "ADP" and verb.head.i != verb.i:
            verb = verb.head  # "by accusing him": the verb "by" hangs on
        if not past_tellers and verb.lemma_.lower() in _SAYING:
            return None
        # only an active one: in "X was lynched by a mob after accusing him", the mob accused
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and any(c.dep_ == "nsubjpass" for c in verb.children):
            return None
    return subject


def binds(subject: Token | None, start: int, end: int) -> bool:
    """Whether the person at tokens ``start``-``end`` is named by ``subject``'s own words:
    its head or a word of its name or title, which the parser hangs on it as compounds
    ("Judicial Magistrate Abdul Karim sent him to jail", where the small NER makes one person
    of the title and another of the name - neither is "him"). Not a person named elsewhere
    in the subject's phrase ("the lawyer for X asked the court to free him": him may be X)."""
    if subject is None:
        return False
    words, todo = set(), [subject]
    while todo:
        word = todo.pop()
        words.add(word.i)
        todo += [c for c in word.children if c.dep_ in ("compound", "flat")]
    return any(start <= i < end for i in words)


def controlling_speaker(pronoun: Token) -> Token | None:
    """The subject whose saying a subject ``pronoun`` is reported by, where a participle
    with no subject of its own reports it: "X made a confession to the head, Y, admitting
    that he had strangled her", "X left the court, saying he was innocent" - the participle's
    doer is its governor's subject, X, who says "he": the speaker is the pronoun's nearest
    antecedent, not the nearer name Y. None where the clause's verb has a subject of its own
    ("X told Y he had ...": he may be either) or a passive governor shares none."""
    if pronoun.dep_ not in NOUN_SUBJECTS or pronoun.head.dep_ != "ccomp":
        return None
    verb = pronoun.head.head
    if verb.dep_ not in ("advcl", "xcomp") or verb.tag_ != "VBG":
        return None
    if any(c.dep_ in NOUN_SUBJECTS for c in verb.children):
        return None
    governor = verb.head
    if any(c.dep_ == "nsubjpass" for c in governor.children):
        return None
    return next((c for c in governor.children if c.dep_ == "nsubj"), None)


def apposes_the_accused(head: Token) -> bool:
    """Whether a name apposed to ``head`` is said to be an accused: a partitive of a group
    ("one of the suspects, X"; the group's noun is the claims' to read) or a noun for an
    accused ("the prime suspect, X")."""
    partitive = head.pos_ in ("NUM", "PRON") and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in head.children
    )
    return partitive or head.lemma_.lower() in _LEGAL.accused_nouns


def an_officer_of_the_court(person: Span) -> bool:
    """Whether a person's title says they sit on the bench ("Judge X", "Justice X",
    "Magistrate X"): in "Judge X convicted Y after he confessed", the judge does not compete
    with the one convicted for the pronoun after them (a judge is never the accused)."""
    doc = person.doc
    words = [doc[person.start - 1], person[0]] if person.start > 0 else [person[0]]
    return any(_LEGAL.role_nouns.get(t.lower_.rstrip(".")) == "court" for t in words)
