"""The one accused a court's (or any non-accused speaker's) reported words told of, whom a
he or she in the next sentence undergoes something as.

"Judge Z wrote that there was evidence that X had run the network. He was sent to prison",
"On X, the bench observed that .... His plea was rejected and he remains in custody": the
sentence before is the court speaking of one accused, and the pronoun that opens the next
is that accused undergoing a step (the patient of a passive, the owner of the passive's
subject, the subject of "remain") - never the speaker, who cannot be sent to prison by his
own order. ``Pronouns._subject_just_before`` reads the main subject when it is an accused;
this reads the clause a non-accused subject reports (``told_of_by_the_court``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from spacy.tokens import Span, Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import legal
from corroborate.nlp.antecedents import agrees, full_name_gender, pronoun_gender
from corroborate.nlp.claims.attributed import main_subjects
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.speakers import ONE_PERSON_PRONOUNS, PERSONAL_PRONOUNS
from corroborate.records import Mention

__all__ = ["told_of_by_the_court"]


def told_of_by_the_court(
    pronoun: Token,
    by_token: Mapping[int, Mention],
    accused: Collection[str],
    full_name: Callable[[str, int], str],
    described: Collection[str] = (),
) -> Named | None:
    """The one accused the sentence before names, where its main subject is no accused (a
    court, a judge, a lawyer) whose verb reports a clause about them, for a he or she that
    opens its sentence as the one who undergoes a step; None otherwise. Where that sentence
    names no accused, the one person it names whom the report does not describe as someone
    else (``described``: victim, relative, officer): the party the court spoke of, named
    there first ("Justice Z, hearing the bail plea of X, noted that .... He was released on
    a bond") - the speaker cannot undergo his own order, and a victim or kin is described."""
    start = pronoun.sent.start
    if start == 0 or pronoun.lower_ not in ONE_PERSON_PRONOUNS or not _undergoes(pronoun):
        return None
    # no person before it in its own sentence, and any pronoun there the same one undergoing
    # a step too ("His plea was rejected and he remains in custody")
    for t in pronoun.doc[start : pronoun.i]:
        if t.i in by_token:
            return None
        if t.lower_ in PERSONAL_PRONOUNS and not (
            t.lower_ in ONE_PERSON_PRONOUNS
            and pronoun_gender(t) == pronoun_gender(pronoun)
            and _undergoes(t)
        ):
            return None
    before = pronoun.doc[start - 1].sent
    subjects = main_subjects(before)
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.lower_ in PERSONAL_PRONOUNS:
        return None
    verb = subject.head
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None  # the subject reports no clause of its own
    speaker = by_token.get(subject.i)
    if speaker is not None and full_name(speaker.name, speaker.start) in accused:
        return None  # an accused speaking: ``_subject_just_before`` reads it
    told: dict[str, Mention] = {}
    parties: dict[str, Mention] = {}  # named, neither accused nor described: a party unread
    for t in before:
        m = by_token.get(t.i)
        if m is None or m.type != "person" or t.i == subject.i:
            continue
        name = full_name(m.name, m.start)
        if speaker is not None and name == full_name(speaker.name, speaker.start):
            continue
        if name in accused:
            told[name] = m
        elif name not in described:
            parties[name] = m
    if not told and not _court_tells_of_a_party(subject, before, pronoun):
        parties = {}
    told = told or parties
    if len(told) != 1:
        return None
    name, m = next(iter(told.items()))
    span = pronoun.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not agrees(span, pronoun, full_name_gender(name)):
        return None
    return Named(name, pronoun.idx, pronoun.idx + len(pronoun.text))


def _court_tells_of_a_party(subject: Token, before: Span, pronoun: Token) -> bool:
    """Whether a person the sentence before names, no accused yet, may be the party the
    court told of: its speaker is a court or a judge ("Justice Z, hearing the plea of X,
    said"; not a mother, "His mother, Y, has maintained that he was in Z"), and no he or
    she of the pronoun's gender there already tells of someone (the chain reads that)."""
    if not any(t.lower_ in kinds_lexicon().court_words for t in subject.subtree):
        return False
    gender = pronoun_gender(pronoun)
    return not any(t.lower_ in ONE_PERSON_PRONOUNS and pronoun_gender(t) == gender for t in before)


def _undergoes(pronoun: Token) -> bool:
    """Whether the pronoun is one a step befalls: a passive's subject ("he was sent"), its
    owner ("his plea was rejected"), or the subject of a state ("he remains in custody")."""
    if pronoun.dep_ == "nsubjpass":
        return True
    if pronoun.dep_ == "poss":
        return pronoun.head.dep_ == "nsubjpass"
    return pronoun.dep_ == "nsubj" and pronoun.head.lemma_.lower() in legal().remaining_verbs
