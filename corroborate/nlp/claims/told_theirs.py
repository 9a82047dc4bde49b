"""The words by which the police's own telling of a statement still names whose it is: "the
statement police took from him", "the admission the police had attributed to his client"
(a "from" or "to" phrase on the relative clause), "the admission the inspector said his
client made", "the disclosure the police claimed he made" (a clause of giving under it, with
its own subject). A relative clause whose subject is another's ("the statement the police
had issued") is the police's statement; one of these tells the giver's, as the report sees
it, whoever says so. ``clients_told`` keeps those of its words that are "his client", for
the readers that take them as the client's (a confession's owner, one who takes it back).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.custodians import is_custodian

__all__ = ["clients_told", "givers_told", "split_relative"]

# the prepositions of a relative clause that name whose a statement is: taken "from" him,
# attributed "to" him (not "against" him: used against him, whoever made it)
_WHOSE_PREPS = frozenset({"from", "to"})


def givers_told(clause: Token, givers: frozenset[str]) -> list[Token]:
    """The words of a statement's relative clause ``clause`` that may name its giver: the
    object of a "from" or "to" phrase on it, and the subject of a clause of giving
    (``givers``: make, give, record ...) it holds. Which of them are the giver's own is the
    caller's to ask (a pronoun, "his client", a name)."""
    found = [o for p in clause.children if p.dep_ in ("prep", "dative")
             and p.lower_ in _WHOSE_PREPS for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    found += [s for c in clause.children if c.dep_ in ("ccomp", "xcomp")
              and c.lemma_.lower() in givers
              for s in c.children if s.dep_ in ACTIVE_SUBJECTS]  # fmt: skip
    return found


def clients_told(
    noun: Token, lex: LegalLexicon, verbs: frozenset[str] | None = None
) -> list[Token]:
    """The client nouns ("his client") by which a relative clause or participle on the
    statement noun ``noun`` names its giver (``givers_told``): "the admission the police had
    attributed to his client", "the confession police say his client made" - of a clause
    whose verb is one of ``verbs`` only, where given. Whose client it is is the caller's to
    ask."""
    return [w for c in noun.children if c.dep_ in ("relcl", "acl")
            and (verbs is None or c.lemma_.lower() in verbs)
            for w in givers_told(c, lex.confession_givers)
            if w.lemma_.lower() in lex.client_nouns]  # fmt: skip


def split_relative(noun: Token) -> Token | None:
    """The contact relative the parser split off a statement noun ("disputing the statement
    police took from him", with "police took" read as a clause of its own, joined to the
    sentence's verb): the verb whose subject is the custodian right after the noun, after
    it and with no object of its own (the noun is that object); else None."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return None
    custodian = doc[noun.i + 1]
    if not is_custodian(custodian) or custodian.dep_ != "nsubj":
        return None
    verb = custodian.head
    # (the parser may hang the noun's own phrase under that verb: "after months of
    # disputing the statement police took from him", "after" on "took")
    if verb.i < custodian.i or noun.head == verb:
        return None
    if any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return None
    return verb
