"""Who stands before a court in an inverted sentence: "Before Magistrate X were A, B and C".

English may front the place of a sentence of being and put its subject after the verb
("Before the judge were the three accused", "In the dock was Y"). The small parser does not
read the inversion: it takes the judge for the subject of "were" and hangs the names after
it anywhere - as the copula's attribute, as appositions of the judge's name, under a
relative clause of one of them - so the reading that a sentence's main subject is the group
it names together (``Ledes._main_subjects``) saw only the judge. This rule reads the shape,
not the tree: the sentence opens with "before" and a court or a judge (a role noun the
lexicon gives the part "court"), the root is a form of "be", and the people named after it
are its subject. Only "be": "Before Judge X, counsel for A argued ..." is a fronted time or
place with a subject of its own, not an inversion.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.lexicon.legal import legal

__all__ = ["before_the_bench"]


def before_the_bench(sent: Span) -> list[Token]:
    """The words after the copula of a sentence "Before <a court or judge> were <people>",
    in order (their names are the sentence's subject); none for any other sentence."""
    root = sent.root
    if root.lemma_.lower() != "be" or root.pos_ not in ("AUX", "VERB"):
        return []
    words = [t for t in sent if not (t.is_space or t.is_punct)]
    if not words or words[0].lower_ != "before" or words[0].i >= root.i:
        return []
    # the court or judge is named between "before" and the copula, and nothing else is:
    # "Before the hearing began, X was ..." has a verb of its own there
    fronted = [t for t in sent if words[0].i < t.i < root.i]
    if any(t.pos_ in ("VERB", "AUX") for t in fronted):
        return []
    roles = legal().role_nouns
    if not any(roles.get(t.lemma_.lower()) == "court" for t in fronted):
        return []
    return [t for t in sent if t.i > root.i]
