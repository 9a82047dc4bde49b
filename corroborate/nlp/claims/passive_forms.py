"""A passive told without its usual shape (``Parties``): a bare past participle completing
another verb ("X was found beaten to death"), whose subject underwent the act, and a "be"
the parser split from its participle at an adverbial ("X was on Thursday acquitted"), whose
subject is the passive's."""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.phrase_names import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS

__all__ = ["order_of", "passive_be", "undergone"]

# The verbs of saying, whose clause is always finite (``undergone``).
_SAYING = kinds_lexicon().reporting_cues
# The verbs by which a court orders someone held or freed (``undergone``).
_ORDERING = legal().custody_order_verbs


def undergone(verb: Token) -> bool:
    """A bare past participle completing another verb: "X was found beaten to death", "they
    found X beaten" (parsed as a small clause with X its subject). Its controller or subject
    underwent the act (a passive without its "be"), never did it, as the controller of "X
    was forced to confess" does."""
    bare = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    # "ordered him detained" with "detained" tagged a past tense: an open complement is
    # never finite, so it is the participle
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "xcomp")
    # "the court ordered X remanded in custody", "ordered X jailed pending trial": the
    # parser takes the order's small clause for a finite one, "X remanded" a past tense with
    # X its doer - the court's own act read as X's. A court orders a clause with "that" or
    # an infinitive, never a bare past tense, so the bare clause's verb is the participle
    # and X the one held (not "ordered that X be remanded": its "that" makes it finite)
    # The small clause names the one held as its subject; a subjectless clause the parser
    # hung on an order verb ("allowed the application after X, in a statement ...,
    # described how ...") is another verb's, never the order's
    ordered = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _ORDERING
    ordered = ordered and any(c.dep_ == "nsubj" for c in verb.children)
    participle = participle or (verb.tag_ == "VBD" and ordered)
    # a clause opened by "that" or "whether" is finite, whatever the tagger made of its
    # verb ("told the court that X, a labourer, confessed": "confessed" tagged VBN after
    # the apposition), so never a small clause
    finite = any(c.dep_ == "mark" for c in verb.children)
    # so is the clause of a verb of saying: one says a finite clause, never a small clause
    # ("police said X, during interrogation, admitted ...": "admitted" tagged VBN)
    finite = finite or (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SAYING)
    return verb.dep_ in ("xcomp", "ccomp") and participle and bare and not finite


def order_of(verb: Token) -> Token | None:
    """The order whose small clause ``verb`` is the participle of: "the court ordered him
    sent to jail", "the judge ordered X remanded" (``custody_order_verbs``) - the order verb,
    whose subject does what the participle tells and whose conjuncts are the steps beside
    it; None for any other verb."""
    return verb.head if undergone(verb) and verb.head.lemma_.lower() in _ORDERING else None


def passive_be(verb: Token) -> Token | None:
    """The "be" of a passive that the parser split at an adverbial between "be" and the
    participle ("X was on Thursday acquitted"): "be" read as the main verb with the
    participle as its complement or adverbial clause, or as the participle's auxiliary
    with the subject hung on it. Its subject is the passive's."""
    subjects = ACTIVE_SUBJECTS | PASSIVE_SUBJECTS
    # a participle the tagger took for a past tense of the same form ("were on Thursday
    # found guilty": "found" VBD) is one still, hung on "be" with no subject of its own
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in subjects for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ in ("acomp", "advcl") and head.lemma_ == "be" and head.i < verb.i:
        return head
    return next(
        (c for c in verb.children
         if c.dep_ == "auxpass" and any(s.dep_ in ACTIVE_SUBJECTS for s in c.children)),
        None,
    )  # fmt: skip
