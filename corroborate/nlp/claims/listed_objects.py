"""The list of people an earlier clause of the sentence acts on, which a plural pronoun
object of a later clause stands for.

"The magistrate charged X and Y, both of whom denied it, and sent them to jail on remand",
"framed charges against X and Y and sent them back to jail": "them" is the people the
clause it is joined to has just listed - not the group the report followed before this
sentence. Read from the grammar: the pronoun is the object of a verb joined (as conjunct
or clause) to an earlier verb, and the earlier verb's objects - its direct object or a
prepositional object, however deep in its object phrase - hold exactly one co-ordinated
list of two or more words that the verb acts on with no other verb between (the names to
check are the caller's: ``Pronouns``).

A relative clause continues the verb its antecedent hangs on the same way ("X and Y were
produced before a magistrate, who sent them to jail"): "them" is not the relative's own
antecedent (who sends cannot be whom it sends), so the objects holding it are left out.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["listed_before"]

# How a later verb hangs on the earlier one it continues.
_JOINS = frozenset({"conj", "advcl", "relcl"})
# The dependents of an earlier verb that hold whom it acts on (never its subject).
_OBJECTS = frozenset({"dobj", "prep", "dative", "nsubjpass"})

# The words a list of people is made of (not a list of verbs: "pleaded ... and sent").
_NOMINAL = frozenset({"PROPN", "NOUN"})


def listed_before(pronoun: Token) -> list[Token]:
    """The words of the one co-ordinated list an earlier verb of the sentence acts on, for
    a plural pronoun that is the direct object of a verb joined to what came before; []
    when there is none, or more than one list (which of them is unclear). The earlier verb
    is the nearest above the later one, through a relative clause too ("framed the charge
    against X and Y, both of whom pleaded not guilty, and sent them ..."); only words before
    the later clause count."""
    later = pronoun.head
    if pronoun.dep_ != "dobj" or later.dep_ not in _JOINS:
        return []
    start = later.left_edge.i
    # a relative clause's pronoun object is never its antecedent ("C, who beat them")
    antecedent = later.head.i if later.dep_ == "relcl" else -1
    for verb in later.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        lists = [
            _listed(t)
            for c in verb.children
            if c.dep_ in _OBJECTS and c.i < start and not any(t.i == antecedent for t in c.subtree)
            for t in c.subtree
            if t.i < start and t.dep_ != "conj" and t.pos_ in _NOMINAL and _acted_on(t, verb)
        ]
        lists = [words for words in lists if len(words) >= 2]
        if lists:
            return lists[0] if len(lists) == 1 else []
    return []


def _acted_on(word: Token, verb: Token) -> bool:
    """Whether ``verb`` acts on ``word`` itself: no verb stands between them ("convicted
    the couple for murdering X and Y": X and Y are the murdered, not whom the court sent)."""
    head = word.head
    while head.i != verb.i:
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return False
        head = head.head
    return True


def _listed(first: Token) -> list[Token]:
    """A list's words: its first and the conjuncts chained on it ("X, Y and Z")."""
    words, stack = [first], [first]
    while stack:
        for c in stack.pop().children:
            if c.dep_ == "conj" and c.pos_ in _NOMINAL:
                words.append(c)
                stack.append(c)
    return words
