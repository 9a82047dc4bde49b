"""Whose denial a reported denial is, and whether it denies anything: read from the parse.

``kinds.classify`` reads a denial off words: a verb of denying ("rejected", "dismissed"), or a
plain reporting verb whose content holds a negation and a crime word ("said ... not ...
killed") or a word of dismissal ("lies", "propaganda"). The ledger then makes the denial its
speaker's answer to whatever the speaker is accused of. Two readings of the parse say when
the words deny nothing of the speaker's (issue 13, the accuser read as the accused):

- **a verb of denying whose object is no accusation** ("dismissing questions he did not
  like", "rejected the appeal", "denied his party the victory"): a denial answers an
  accusation, a charge, a report or rumour of one, a criticism, a proposition (a noun with a
  clause: "the idea that ..."), a thing whose phrase names a crime ("any links to terrorism
  groups"), a person it dismisses ("dismissed X as a disgruntled former employee", "dismissed
  critics"), a thing it dismisses as something ("dismissed the affair as absurd") or something
  named before ("disputed this"); a thing turned down is none;
- **a plain report of what another does** ("Trump said Clinton's actions in Libya are not
  confined to the Benghazi scandal, in which four Americans were killed"): the content's
  subject is a thing another party owns, so its negation or word of dismissal denies
  nothing the speaker is accused of. The denial is the source's only when the content's doer
  is the source, is missing, or is what the denial's words deny (an accusation: "the
  allegations against him are baseless", "Trump's tweets accusing X are lies").

And one reading of whom the content is about: **a belief inside a statement** ("The Democrat
told Yahoo! News that he believes the Saudi government is continuing to train and aid
terrorists"): a content whose own verb is one of believing or saying is about its clause's
doer, not the believer - else a source who speaks of its own belief confesses what it accuses
others of.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import legal
from corroborate.nlp.acts import act_of
from corroborate.nlp.grammar import NOUN_SUBJECTS, passive_agents
from corroborate.nlp.kinds import CRIME_WORDS
from corroborate.nlp.roles import Frame
from corroborate.nlp.speakers import ROLE_NOUNS, SpeakerResolver
from corroborate.nlp.targets import ACTOR_NOUNS

__all__ = [
    "belief_content",
    "claims_innocence",
    "complains_of_being_wronged",
    "denies_no_accusation",
    "negates_no_wrongdoing",
    "of_the_defence",
    "own_words",
    "tells_others_doing",
]

_KINDS = kinds_lexicon()
_LEGAL = legal()
# What a verb of denying answers: an accusation, a charge, a report or rumour of one (the
# legal lexicon's), or a criticism, a story or a claim of any kind (``answered_nouns``).
_ANSWERED = (
    _LEGAL.accusation_nouns
    | _LEGAL.reported_nouns
    | _LEGAL.grounds_nouns
    | _LEGAL.charge_nouns
    | _LEGAL.wrongdoing_nouns
    | _LEGAL.confession_nouns
    | _KINDS.answered_nouns
)
# Nouns of people or a body: a person dismissed or a client cleared is no thing ("dismissed
# critics who ...", "his client was never encouraging violence", said by his lawyer).
_PEOPLE = (
    ACTOR_NOUNS
    | ROLE_NOUNS
    | frozenset(_LEGAL.role_nouns)
    | _LEGAL.client_nouns
    | _LEGAL.accused_nouns
)
# Determiners that point back to what was said before: "rejected those claims".
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Clauses on a noun that tell what it does: "tweets accusing X of ...".
_NOUN_CLAUSES = ("acl", "relcl", "ccomp")


def denies_no_accusation(head: Token) -> bool:
    """Whether a verb of denying takes as its object a thing that is no accusation ("dismissing
    questions he did not like", "rejected the appeal", "denied his party the victory"). Only a
    common noun decides: a person, a pronoun, a clause or no object leaves the denial as the
    words read it."""
    if head.pos_ not in ("VERB", "AUX") and not head.tag_.startswith("VB"):
        return False
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects and head.dep_ == "amod":
        # "... and dismissing questions he did not like", the participle parsed as the
        # noun's modifier: the noun is what it dismisses
        objects = [head.head]
    if any(c.dep_ in ("ccomp", "xcomp", "pcomp") for c in head.children):
        return False  # "denied that he was there", "denied killing him"
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in head.children):
        return False  # "dismissed the whole affair as absurd": a dismissal says what it is
    if not objects:
        return False
    # "denied her party the victory": of two objects, the last is what is refused
    return _a_thing_turned_down(objects[-1])


def _a_thing_turned_down(noun: Token) -> bool:
    """A common noun that names no accusation, no claim and no proposition (a pronoun,
    "disputed this", points back to what was said and is left as the words read it) - or
    one the accused's side owns: "rejected the defence's argument that the confession was
    coerced" turns down the accused's answer and answers no accusation of the speaker's."""
    if noun.pos_ != "NOUN" or _people(noun):
        return False
    if any(c.dep_ == "poss" and of_the_defence(c) for c in noun.children):
        return True
    if claims_innocence(noun):
        return True  # "rejected the accused's claim of innocence": the accused's own answer
    if complains_of_being_wronged(noun):
        return True  # "denied Y's claim that she had been abducted": Y's complaint
    if noun.lemma_.lower() in _ANSWERED or noun.lower_ in _ANSWERED:
        return False
    if CRIME_WORDS.search(" ".join(t.text for t in noun.subtree)):
        return False  # "deny any links to terrorism groups": an accusation by its crime
    if act_of(own_words(noun)) is not None:
        return False  # "denied the riots", "rejected the graft allegations"
    if noun.lemma_.lower() in _LEGAL.offence_nouns:
        return False  # "denied the offence"
    if any(t.lower_ in _DEMONSTRATIVES for t in noun.children if t.dep_ == "det"):
        return False  # "rejected those claims", "disputed that account": said before
    # "attacks ... that he was not a conservative": a noun with a clause of its own (a
    # subject or "that") is a proposition; a relative clause ("questions he did not like") or
    # a participle ("the appeal filed by X") only describes the thing
    return not any(c.dep_ in ("acl", "ccomp") and _finite(c) for c in noun.children)


def own_words(noun: Token) -> str:
    """A noun with the words that modify it ("the graft charges", "the riots"), not the
    phrases it takes ("her request for an inquiry into the killing": "her request")."""
    words = [t for t in noun.children if t.dep_ in ("compound", "amod", "nmod") and t.i < noun.i]
    return " ".join(t.text for t in sorted([*words, noun], key=lambda t: t.i))


def of_the_defence(owner: Token) -> bool:
    """Whether a possessor is the accused's side: "the defence's", "his lawyer's", "the
    accused's"."""
    lemma = owner.lemma_.lower()
    if owner.lower_ in _LEGAL.accused_nouns or lemma in _LEGAL.accused_nouns:
        return True
    return lemma in _KINDS.answering_sides or _LEGAL.role_nouns.get(lemma) == "defence"


def claims_innocence(noun: Token) -> bool:
    """Whether a noun is a claim of innocence: "his claim of innocence", "a plea of
    innocence" - the accused's answer, not an accusation."""
    if noun.lemma_.lower() not in _LEGAL.innocence_claims:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and p.lemma_.lower() in _LEGAL.innocence_nouns
        for c in noun.children for p in c.children if p.dep_ == "pobj"
    )  # fmt: skip


def complains_of_being_wronged(noun: Token) -> bool:
    """Whether a noun is its owner's complaint of a crime done to them: "Y's claim that she had
    been abducted by agents", "Y's account of being attacked". Whoever rejects it rejects the
    story of a wrong suffered, and is not accused of that wrong by rejecting it (a minister
    calling a rival's story false). Only where the clause names no doer who may be the one who
    rejects it: a pronoun or a name after "by" ("Y's claim that she was beaten by X") leaves
    the denial to be read as the words read it."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners or of_the_defence(owners[0]) or owners[0].pos_ == "PRON":
        return False
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp")]
    clauses += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pcomp"]  # fmt: skip
    return any(_suffered(verb, owners[0]) for verb in clauses)


def _suffered(verb: Token, owner: Token) -> bool:
    """Whether a clause tells a crime done to ``owner``: a passive crime verb whose subject is
    a pronoun, the owner's own word or none ("of being attacked"), by no one named."""
    if verb.lemma_.lower() not in _LEGAL.crime_verbs:
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in NOUN_SUBJECTS]
    if any(s.pos_ != "PRON" and s.lower_ != owner.lower_ for s in subjects):
        return False
    return not any(d.pos_ in ("PRON", "PROPN") for d in passive_agents(verb))


def _people(noun: Token) -> bool:
    """Whether a common noun names people or a body ("critics", "his client", "the party")."""
    return noun.lemma_.lower() in _PEOPLE or noun.lower_ in _PEOPLE


def _finite(clause: Token) -> bool:
    """Whether a clause has a subject or a "that" of its own."""
    return any(c.dep_ in NOUN_SUBJECTS or (c.dep_ == "mark" and c.lower_ == "that")
               for c in clause.children)  # fmt: skip


def tells_others_doing(
    doc: Doc, frame: Frame, source_name: str | None, resolver: SpeakerResolver
) -> bool:
    """Whether a content tells what another does: its clause's subject is a thing (no actor,
    no accusation) owned by a party other than the source ("Clinton's disastrous actions in
    Libya are not confined to ..." said by Trump). A negation or a word of dismissal in it then
    denies nothing of the source's."""
    subject = _content_subject(doc, frame)
    if subject is None or subject.pos_ != "NOUN":
        return False
    lemma = subject.lemma_.lower()
    if _people(subject) or lemma in _ANSWERED or subject.lower_ in _ANSWERED:
        return False
    if any(c.dep_ in _NOUN_CLAUSES and c.lemma_.lower() in _LEGAL.accuse_verbs
           for c in subject.children):  # fmt: skip
        return False  # "tweets accusing X of ...": what the dismissal denies
    owners = [c for c in subject.children if c.dep_ == "poss"]
    if not owners or not source_name:
        return False
    owner = owners[0]
    name = resolver.resolve([t for t in owner.subtree if t.dep_ != "case"])
    if not name or (owner.pos_ == "PRON" and name.lower() == owner.lower_):
        return False  # a pronoun that stands for no one named: whose it is is unknown
    return not _same_party(name, source_name)


def negates_no_wrongdoing(doc: Doc, frame: Frame) -> bool:
    """Whether the negation of a content denies no wrongdoing: its verb, negated, tells a
    crime the content's subject suffered ("he was not attacked by the guards": a passive
    crime verb) or an arrest or charge not made ("the police had not arrested anyone for
    the killing"). A plain report with a negation and a crime word is otherwise a denial
    (``kinds.classify``); this one answers no accusation, whoever speaks."""
    for root in _content_roots(doc, frame):
        if root.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "neg" for c in root.children):
            return False
        lemma = root.lemma_.lower()
        passive = any(c.dep_ == "auxpass" for c in root.children)
        enforcement = lemma in _LEGAL.arrest_verbs or lemma in _LEGAL.charge_verbs
        return (passive and lemma in _LEGAL.crime_verbs) or (enforcement and not passive)
    return False


def _same_party(a: str, b: str) -> bool:
    """Whether two names stand for one party: one's words are all in the other's ("Trump",
    "Donald J. Trump")."""
    words_a, words_b = set(a.lower().split()), set(b.lower().split())
    return words_a <= words_b or words_b <= words_a


def belief_content(doc: Doc, frame: Frame) -> Frame | None:
    """The frame narrowed to the clause of a belief or statement the content reports ("... told
    Yahoo! News that he believes the Saudi government is training terrorists": the clause "the
    Saudi government is training terrorists"), else None. Whoever holds the belief, its clause
    tells who does what; the believer is no doer of it."""
    verbs = _KINDS.belief_cues | _KINDS.reporting_cues
    for root in _content_roots(doc, frame):
        if root.pos_ not in ("VERB", "AUX"):
            continue
        if root.lemma_.lower() not in verbs:
            return None
        clause = next((c for c in root.children if c.dep_ == "ccomp"), None)
        if clause is None or not any(c.dep_ == "nsubj" for c in root.children):
            return None
        inner = [t.i for t in clause.subtree]
        return Frame(cue=frame.cue, source=frame.source, content=[inner], kind=frame.kind)
    return None


def _content_roots(doc: Doc, frame: Frame) -> list[Token]:
    """The content's own roots: its tokens whose head lies outside it (as ``targets``)."""
    ids = {i for piece in frame.content for i in piece}
    return [doc[i] for i in sorted(ids) if doc[i].head.i not in ids or doc[i].head.i == i]


def _content_subject(doc: Doc, frame: Frame) -> Token | None:
    """The subject of the content's first verb, as ``targets`` reads the content's doer (the
    parser may hang it on the verb's auxiliary: "X's actions were not limited")."""
    for root in _content_roots(doc, frame):
        if root.pos_ not in ("VERB", "AUX"):
            continue
        auxiliaries = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
        return next((c for v in [root, *auxiliaries] for c in v.children
                     if c.dep_ in NOUN_SUBJECTS), None)  # fmt: skip
    return None
