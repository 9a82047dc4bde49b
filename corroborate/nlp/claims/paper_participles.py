"""The paper a participle of taking back is the content of, wherever the parser hung it: "X
filed a petition withdrawing it" (the participle on the paper), "X filed a petition in June
withdrawing it" (a phrase between them: the participle hung on the verb of filing) and "X had
filed a petition during the trial withdrawing that statement" (hung on the noun of the phrase
between them).

Short reports tell a confession taken back so, by the paper the accused filed: the paper says
what its filer does, so the filer takes the statement back, and the paper is no thing that a
later "it" stands for. Only a request noun (``legal.bail_request_nouns``: a petition, an
application, a plea) the verb takes as its object carries the participle; any other object
("he read the report in June, withdrawing it") is a thing "it" may stand for, and is left.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["paper_of_participle"]

# the labels a participle of taking back bears where the parser hung it on the verb of filing
# ("filed a petition in June withdrawing it": ``advcl``) or on the noun of a phrase between the
# paper and it ("a petition during the trial withdrawing ...": ``acl``)
_HUNG = frozenset({"advcl", "acl"})


def paper_of_participle(verb: Token, papers: frozenset[str]) -> Token | None:
    """The request noun (one of ``papers``) whose content the participle ``verb`` is: its
    head where it is the paper's own participle, else the paper the verb it hangs on (or
    the verb of the phrase whose noun it hangs on) takes as its object. None where ``verb``
    is no participle without a subject of its own, or no such paper is there."""
    if verb.tag_ != "VBG" or verb.dep_ not in _HUNG:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # "a petition, his lawyer withdrawing it": a subject of its own
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "dobj" and head.lemma_.lower() in papers:
        return head  # "filed a petition withdrawing it"
    if verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head  # "filed a petition during the trial withdrawing it"
        if head.dep_ == "dobj" and head.lemma_.lower() in papers:
            return head  # "a petition in the trial court withdrawing it"
    elif verb.dep_ == "acl":
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    if len(objects) == 1 and objects[0].lemma_.lower() in papers:
        return objects[0]
    return None
