"""The subject a parser hangs on the source of "according to": "According to Inspector Z, the
driver, X, confessed", "According to police spokesman Z, the suspect, X, was arrested".

A report opens with its source and then tells the clause it attributes, whose subject is set
off by commas with its description. A small parser reads the commas as one run of appositions
to the source's name ("Z, the driver, X"), so the clause's verb is left without a subject (the
root, or a participle hung on the source) and the words that name who acted describe, and
stand for, the source. The source of "according to" is never a party of the clause it
attributes: where a verb with no subject of its own follows, after a comma, a run of
appositions to that source, the last person named in the run is the verb's subject, and the
description right before that name ("the driver", "the accused") is said of that person, not
of the source. "X, according to police, confessed" keeps its subject X, which the parser
reads; "According to Inspector Z, X confessed" has its subject and is left alone.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from corroborate.nlp.claims.phrase_names import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.records import Mention

__all__ = ["attributed_source", "subject_hung_on_source", "subject_words_on_source"]

# Words between the subject's closing comma and the verb: "was", "had", "has not".
_BEFORE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})
# The subjects a verb may have of its own (the source read as one among them).
_SUBJECTS = ACTIVE_SUBJECTS | PASSIVE_SUBJECTS


def attributed_source(token: Token, source_words: frozenset[str]) -> bool:
    """Whether ``token`` is the object of "according to": a report's source - also where the
    parser left "to" bare and made the source a subject ("According to police inspector Z,
    the driver, X, confessed" with Z the subject of "confessed")."""
    if token.dep_ == "pobj":
        return token.head.lower_ == "to" and token.head.head.lower_ in source_words
    if token.left_edge.i == 0 or token.pos_ not in ("PROPN", "NOUN"):
        return False
    to = token.doc[token.left_edge.i - 1]
    return (
        to.lower_ == "to"
        and to.head.lower_ in source_words
        and not any(c.dep_ == "pobj" for c in to.children)
    )


def _apposition_run(source: Token) -> list[Token]:
    """The appositions hung on the source, and theirs, in the order of the words."""
    run: list[Token] = []
    queue = [c for c in source.children if c.dep_ == "appos"]
    while queue:
        node = queue.pop()
        run.append(node)
        queue += [c for c in node.children if c.dep_ == "appos"]
    return sorted(run, key=lambda t: t.i)


def _hung_source(
    verb: Token, source_words: frozenset[str], by_token: Mapping[int, Mention]
) -> tuple[Token, Token] | None:
    """The source and the name in its run of appositions that is really ``verb``'s subject,
    or None."""
    # (the verb's own form first: every verb of a sentence is asked, few are a root or a
    # participle with a tense)
    if verb.dep_ not in ("ROOT", "acl") or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    named = [c for c in subjects if _names_the_source(c, source_words)]
    if any(c not in named and not attributed_source(c, source_words) for c in subjects):
        return None  # the verb has a subject of its own (not the source, read as one)
    before = [c.i for c in verb.children if c.dep_ in _BEFORE_VERB and c.i < verb.i]
    start = min([verb.i, *before])
    doc = verb.doc
    if start <= verb.sent.start or doc[start - 1].text != ",":
        return None
    comma = start - 1
    sources = [t for t in doc[verb.sent.start : comma] if attributed_source(t, source_words)]
    sources += named  # "According to the officer in charge, Z, the accused, X, confessed"
    if not sources:
        return None
    source = sources[-1]
    appositions = _apposition_run(source)
    if verb.dep_ == "acl" and verb.head.i != source.i and verb.head not in appositions:
        return None  # a participle of some other noun
    run = [t for t in appositions if t.i < comma]
    if not run or run[-1].right_edge.i != comma - 1:
        return None  # the run must end where the verb's comma begins
    names = [t for t in run if (m := by_token.get(t.i)) is not None and m.type == "person"]
    if not names or by_token.get(names[-1].i) is by_token.get(source.i):
        return None
    return source, names[-1]


def _names_the_source(subject: Token, source_words: frozenset[str]) -> bool:
    """Whether a subject names the source of an "according to" phrase that ends with the
    comma right before it: "According to the officer in charge, Z, the accused, X,
    confessed", with Z parsed the subject. Only a run of appositions after Z that names
    another person makes Z the source's name (``_hung_source``); "According to police, Z
    confessed" keeps Z its subject."""
    first = subject.left_edge.i
    if first < 3 or subject.doc[first - 1].text != ",":
        return False
    opener = subject.doc[first - 2]
    return any(a.lower_ in source_words and a.dep_ == "prep" for a in (opener, *opener.ancestors))


def subject_hung_on_source(
    verb: Token, source_words: frozenset[str], by_token: Mapping[int, Mention]
) -> Token | None:
    """The head of the name that is ``verb``'s subject, hung as the last apposition of an
    "according to" source ("According to Inspector Z, the driver, X, confessed": X), or
    None."""
    found = _hung_source(verb, source_words, by_token)
    return found[1] if found is not None else None


def subject_words_on_source(
    source: Token, source_words: frozenset[str], by_token: Mapping[int, Mention]
) -> frozenset[int]:
    """The indices of the appositions of an "according to" source that belong to the subject
    of the clause it attributes: the subject's name and the description right before it
    ("the driver, X"). Empty where no verb of that kind follows the run."""
    if not attributed_source(source, source_words):
        return frozenset()
    run = _apposition_run(source)
    if not run:
        return frozenset()
    after = source.doc[run[-1].right_edge.i + 1 :]
    verbs = [t for t in after[:6] if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "acl")]
    for verb in verbs:
        found = _hung_source(verb, source_words, by_token)
        if found is None or found[0].i != source.i:
            continue
        name = found[1]
        own = {name.i}
        earlier = [t for t in run if t.i < name.i]
        if earlier and by_token.get(earlier[-1].i) is None:
            own.add(earlier[-1].i)  # "the driver," right before the name
        return frozenset(own)
    return frozenset()
