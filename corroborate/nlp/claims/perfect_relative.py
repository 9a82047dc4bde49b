"""A relative clause in the perfect whose relative pronoun is its doer.

"X, who had accused the mayor of bribery", "Y, who has charged dozens of smugglers", "Z, who
had condemned gambling": the participle is tagged as a past participle (VBN), as in "X, who
was acquitted" or "X, arrested on Monday", but the clause is active - its "who" is the
subject, and the noun the clause hangs on is the one who accused, charged or condemned,
never the one it was done to. Whom it was done to is the clause's own object, named or not
("the mayor", "dozens of smugglers"). ``Parties._patients`` asks this before it takes the
noun a participle's relative clause describes as the patient.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["done_by_its_relative"]

# A relative pronoun: "who", "which", "that" (tagged WDT where it opens a relative clause).
_RELATIVE_TAGS = frozenset({"WP", "WDT"})
# The auxiliaries of a passive or of "being" something: "who was acquitted", "who had been
# convicted", "who were arrested"; their presence makes the pronoun the one it is done to.
_PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass", "csubjpass"})


def done_by_its_relative(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause in the active perfect ("who had accused",
    "who has charged") whose relative pronoun is its subject: the noun the clause hangs on
    did it, and is not whom it was done to."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBN":
        return False
    children = list(verb.children)
    if any(c.dep_ in _PASSIVE_DEPS or c.lemma_.lower() == "be" for c in children):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)
    relative_subject = any(c.dep_ == "nsubj" and c.tag_ in _RELATIVE_TAGS for c in children)
    return perfect and relative_subject
