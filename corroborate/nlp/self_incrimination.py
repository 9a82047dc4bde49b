"""Whether an attribution's content is told of its own source: "he said he had killed",
"X admitted that he had ...", where the content's subject is the speaker - a name the
resolver gave both, or a lone pronoun that the clause of the speaker's own verb binds.
``attribution_labels`` asks this to tell a confession from an accusation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from corroborate.nlp.antecedents import apposes_the_accused
from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["bound_to_speaker", "other_pronouns", "same_name"]


def bound_to_speaker(cue: Token, target: list[Token], name: str | None) -> bool:
    """Whether the content's subject is a lone singular pronoun, the subject of the clause
    the cue's verb itself takes, whose speaker is a name or a pronoun: "In a statement made
    before a magistrate, X admitted that he had ...". The speaker, the subject of the verb
    whose clause it is, is its nearest antecedent; the resolver may decline a name because a
    description ("a magistrate") stands between, or take the focus of the sentence before.
    A name the resolver finds in the pronoun's own sentence before it decides."""
    if len(target) != 1 or target[0].lower_ not in ("he", "she"):
        return False
    pronoun = target[0]
    sentence = pronoun.sent
    speakers = [c for c in cue.children if c.dep_ == "nsubj"]
    # A name inside the speaker's own modifiers is no rival to the speaker: in "X, charged
    # with the murder of Y, told reporters he had killed Y" the clause's "he" is X, whom the
    # clause of his own verb binds, not Y, named only in what is said of X.
    before = _without_speakers_modifiers(cue.doc, sentence.start_char, pronoun.idx, speakers)
    if name is not None and name.lower() != pronoun.lower_ and name.lower() in before:
        return False  # "X said Y's brother told him he had ...": the resolver's name decides
    return (
        pronoun.dep_ in NOUN_SUBJECTS
        and pronoun.head.dep_ == "ccomp"
        and pronoun.head.head.i == cue.i
        # a named speaker, or the same pronoun ("She said he had ...": someone else), or
        # one named beside a partitive ("One of the suspects, X, told journalists he ...")
        and any(
            s.pos_ == "PROPN" or s.lower_ == pronoun.lower_ or _named_beside(s) for s in speakers
        )  # fmt: skip
    )


def _without_speakers_modifiers(doc: Doc, start: int, end: int, speakers: list[Token]) -> str:
    """The text from ``start`` to ``end``, lower-cased, with the clauses said of each
    speaker blanked (same length): "X, charged with the murder of Y," and "X, who is accused
    of killing Y," keep "X,". An apposition stays: "Z, mother of Y, said he had ..." may
    well speak of Y."""
    chars = list(doc.text[start:end].lower())
    for speaker in speakers:
        for modifier in speaker.children:
            if modifier.dep_ not in ("acl", "relcl") or modifier.i < speaker.i:
                continue
            lo = max(modifier.left_edge.idx - start, 0)
            hi = min(modifier.right_edge.idx + len(modifier.right_edge) - start, len(chars))
            chars[lo:hi] = " " * max(hi - lo, 0)
    return "".join(chars)


def _named_beside(speaker: Token) -> bool:
    """Whether a speaker is a partitive or a noun for an accused with a proper name apposed
    ("One of the suspects, X, ..."): the name is the speaker's (``antecedents``)."""
    return apposes_the_accused(speaker) and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in speaker.children
    )


def other_pronouns(source: list[Token], target: list[Token]) -> bool:
    """Whether source and target are lone personal pronouns that differ ("She said he had
    ..."): two people, whatever names the resolver gave them. Not the first person, which a
    quote's speaker uses of himself ("'I killed him,' he said")."""
    third = ("he", "she", "they")
    return (
        len(source) == 1
        and len(target) == 1
        and source[0].lower_ in third
        and target[0].lower_ in third
        and source[0].lower_ != target[0].lower_
    )


def same_name(one: str, other: str) -> bool:
    """Whether two resolved names are one person's: equal, or one the other's words in part
    ("Mokoena admitted that he had ...", where "he" resolves to the full "Thabo Mokoena")."""
    a, b = set(one.lower().split()), set(other.lower().split())
    return a <= b or b <= a
