"""Whether a reported clause tells a crime its own subject did: "X admitted that he had fired
the shots", "X told investigators he had strangled her", "X said he had been paid to kill Y".

Read from the parse of the clause whose subject the attribution's target is. An active subject
did what its verb says, and what the verb does as its object or complement ("fired the shots",
"served as the getaway driver in the robbery"); a passive subject only what its open complement
says ("had been paid to kill Y": the killing is his, the paying another's; "had been beaten by
police": nothing of his). A person the clause names is never the subject's deed ("he had seen
the killers": the killers' deed, not his), nor a crime word in an everyday sense ("he had killed
the bill"), nor another clause with its own subject ("he said Y had killed"), nor the object
of a verb of looking on or telling ("he had witnessed the murder": the verb alone is his).

The words that make a crime are the lexicon's: the acts (``acts.acts_named``, less the
``deedless_acts``: "he had borrowed part of the money from relatives" is no deed) and the
crime words of the kinds (``kinds.CRIME_WORDS``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import legal
from corroborate.nlp.acts import acts_named, everyday_senses
from corroborate.nlp.grammar import NOUN_SUBJECTS, OWN_SUBJECT_DEPS, to_infinitive
from corroborate.nlp.kinds import CRIME_WORDS

__all__ = ["controlled_deed", "deeds_not_his", "tells_own_crime", "tells_controlled_crime"]

# Nouns that name a person by what they do ("the killers", "the gunmen"): their deed, not the
# subject's.
_PERSON_NOUNS = legal().accused_nouns
# A clause of its own: what another subject did or what the subject said or thought of it.
_ONLOOKING = kinds_lexicon().onlooking_verbs
_OWN_CLAUSES = frozenset({"ccomp", "relcl", "parataxis", "csubj"})
# People whom a deed is done to or who stand by it: the victims, their kin, witnesses ("helped
# the victims of the bomb attack": the attack is no deed of the helper's).
_BYSTANDERS = (
    frozenset(
        word
        for word, role in legal().role_nouns.items()
        if role in ("victim", "relative", "witness")
    )
    | legal().victim_words
)
# Acts whose words tell no deed of one's own ("he had borrowed part of the money from
# relatives": patronage's "money from").
_DEEDLESS = kinds_lexicon().deedless_acts
# What of a verb of looking on is not what it acts on: its subject, its auxiliaries and
# negation, and a verb co-ordinated with it, which tells a deed of its own.
_KEPT = OWN_SUBJECT_DEPS | {"aux", "auxpass", "neg", "cc", "conj", "punct"}


def tells_own_crime(subject: list[Token]) -> bool | None:
    """Whether the clause of which ``subject`` (the attribution's target phrase) is the subject
    names a crime the subject did; None where the phrase is no verb's subject (the caller then
    reads the content's words as before)."""
    if not subject:
        return None
    head = min(subject, key=lambda t: len(list(t.ancestors)))
    verb = head.head
    if head.dep_ not in NOUN_SUBJECTS or verb.pos_ not in ("VERB", "AUX"):
        return None
    if head.dep_ == "nsubjpass":
        # "had been paid to kill Y" (an open complement, or an infinitive the parse hangs as
        # an adverbial clause): the subject's own deed, with no subject of its own
        parts = [c for c in verb.children if c.dep_ == "xcomp" or _bare_infinitive(c)]
        words = [t for part in parts for t in _deed_words(part)]
    else:
        words = _deed_words(verb)
    blanked = {i for s, e in everyday_senses(words) for i in range(s, e)}
    text = " ".join(t.text for t in words if t.idx not in blanked)
    return _names_a_crime(text)


def controlled_deed(cue: Token) -> Token | None:
    """The gerund with no subject of its own that the cue's verb takes ("X admitted starting
    the fire", "X admitted to killing the guard"): its doer is the cue's subject (subject
    control), so what it tells is the speaker's own deed; None where there is none."""
    for child in cue.children:
        clause: Token | None = child
        if child.dep_ == "prep" and child.lower_ == "to":
            clause = next((c for c in child.children if c.dep_ == "pcomp"), None)
        elif child.dep_ not in ("xcomp", "ccomp"):
            continue
        if clause is None or clause.tag_ != "VBG":
            continue
        if any(c.dep_ in OWN_SUBJECT_DEPS or c.dep_ == "poss" for c in clause.children):
            continue  # "admitted his brother driving the car": the brother's deed
        return clause
    return None


def tells_controlled_crime(cue: Token) -> bool | None:
    """Whether the cue's subjectless gerund (``controlled_deed``) names a crime its doer did;
    None where the cue takes none."""
    clause = controlled_deed(cue)
    if clause is None:
        return None
    words = _deed_words(clause)
    blanked = {i for s, e in everyday_senses(words) for i in range(s, e)}
    text = " ".join(t.text for t in words if t.idx not in blanked)
    return _names_a_crime(text)


def _names_a_crime(text: str) -> bool:
    """Whether the words of a deed name a crime: an act of the lexicon's other than those
    that tell no deed (``deedless_acts``), or a crime word."""
    return bool(acts_named(text) - _DEEDLESS or CRIME_WORDS.search(text))


def _deed_words(verb: Token) -> list[Token]:
    """The verb and what it does, in order: its subtree without its subject, the clauses of
    their own, and the people it names."""
    if verb.lemma_.lower() in _ONLOOKING:
        return [verb]  # "witnessed the murder": the murder is not his
    drop: set[int] = set()
    for child in verb.children:
        if child.dep_ in OWN_SUBJECT_DEPS or child.dep_ in _OWN_CLAUSES:
            drop.update(t.i for t in child.subtree)
        elif child.dep_ == "conj" and any(c.dep_ in OWN_SUBJECT_DEPS for c in child.children):
            drop.update(t.i for t in child.subtree)  # "he drove and Y shot": Y's deed
    for token in verb.subtree:
        if token.i not in drop and _a_person(token):
            drop.update(t.i for t in token.subtree)
    return [t for t in verb.subtree if t.i not in drop]


def _bare_infinitive(clause: Token) -> bool:
    """An adverbial "to ..." clause with no subject of its own."""
    return (
        clause.dep_ == "advcl"
        and to_infinitive(clause)
        and not any(c.dep_ in OWN_SUBJECT_DEPS for c in clause.children)
    )


def _a_person(token: Token) -> bool:
    """An object that is a person other than the subject: a name, or a noun naming one by
    their deed. Not ``person_words.person_word`` nor ``harm_denied.a_person``: it asks of a
    word by its place (an object, never "as" one's own part) and takes only the nouns of an
    accused ("the killers": their deed, not the subject's) and a name NER typed PERSON -
    "the victims" or a proper noun of a place stay in the subject's deed's words."""
    if token.dep_ not in ("dobj", "pobj", "dative"):
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "as":
        return False  # "served as the getaway driver": the subject himself
    return token.ent_type_ == "PERSON" or token.lemma_.lower() in _PERSON_NOUNS


def deeds_not_his(subject: list[Token]) -> list[Token]:
    """The words of the clause of which ``subject`` (an accusation's target phrase) is the
    active subject that tell no deed of his: what a verb of looking on or telling acts on ("X
    had warned of a bomb attack", "X spoke of the killing"), and the phrase of a person the
    deed is done to or who stands by it ("X had helped the victims of the bomb attack").
    The act of the accusation is not read from them (``nlp.facts`` blanks them); the rest of
    the clause keeps its words ("X killed the victims' guard", "X warned of the attack and
    then planted the bomb": a verb co-ordinated with its own deed). Empty where the phrase is
    no active subject of a verb."""
    if not subject:
        return []
    head = min(subject, key=lambda t: len(list(t.ancestors)))
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or head.i == verb.i:
        return []
    out: list[Token] = []
    for clause in [verb, *(c for c in verb.conjuncts if not _has_subject(c))]:
        if clause.lemma_.lower() in _ONLOOKING:
            acted_on = [c for c in clause.children if c.dep_ not in _KEPT]
            out += [t for c in acted_on for t in c.subtree]
            continue
        for token in _within_clause(clause):
            if token.dep_ in ("dobj", "pobj", "dative") and _a_bystander(token):
                out += list(token.subtree)
    return out


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in OWN_SUBJECT_DEPS for c in verb.children)


def _within_clause(verb: Token) -> list[Token]:
    """The words of ``verb``'s own clause: its subtree without clauses of their own and its
    co-ordinated verbs."""
    drop: set[int] = set()
    for child in verb.children:
        if child.dep_ in _OWN_CLAUSES or child.dep_ == "conj" or child.dep_ in OWN_SUBJECT_DEPS:
            drop.update(t.i for t in child.subtree)
    return [t for t in verb.subtree if t.i not in drop]


def _a_bystander(noun: Token) -> bool:
    """A noun for the victims, their kin or witnesses ("the victims", "the families")."""
    return noun.pos_ == "NOUN" and (
        noun.lemma_.lower() in _BYSTANDERS or noun.lower_ in _BYSTANDERS
    )
