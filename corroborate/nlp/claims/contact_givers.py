"""Who gave a statement, where its contact relative ("the confession X gave the police") was
misparsed: the relative's subject named beside the statement noun rather than under it.

A report of a ruling names the confession the court weighed by the clause of its giving, with
no relative word: "the confession Bikash gave the police, which he had withdrawn, was not
decisive", "the confession the home nurse allegedly made to the police was inadmissible", "the
case rested on a confession he was said to have made to police". The small parser reads such a
clause on the noun correctly often enough ("a confession he made to undercover officers", read
by ``Nouns._read_noun``), but in three shapes it hangs the giver elsewhere:

- the statement noun and the giver both subjects of the verb of giving ("The confession |
  Bikash | gave the police"): the giver stands between the noun and the verb (or the
  giver's name hangs on the noun in apposition, with no comma between);
- the statement noun and the giver both subjects of the sentence's predicate, the verb of
  giving a participle on the giver ("the confession | the home nurse | allegedly made ... |
  was inadmissible");
- a passive verb of saying between ("a confession he was said to have made", "the confession
  X was said to have made before the team"): the reporter's distance, whose subject is the
  giver and whose infinitive the giving - on the noun as a relative, or cut loose by the parser
  right after the noun.

In each the giver's words follow the statement noun at once, and the verb of giving takes no
object of its own but those who hold the giver (the noun is what was given: "the confession
the driver made the clerk sign" is no such clause). Whether the noun is a confession at all
is the caller's to decide (``Nouns._read_noun``, ``placed_setting.giving_clauses``); what a
relative on the clause's object takes back is the statement (``TakingBack._contact_given``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.custodians import is_custodian

__all__ = ["contact_clause", "contact_givers", "contact_statement", "given_to_custodians"]

# the dependencies of a giver the parser hung beside the statement noun
_SUBJECTS = frozenset({"nsubj"})
# what a verb of giving the statement holds that says the statement is not what it gave
_OWN_OBJECTS = frozenset({"dobj", "ccomp", "xcomp"})
# the words of a noun phrase before its head ("the home nurse", "his client")
_PHRASE_DEPS = frozenset({"det", "poss", "compound", "amod", "flat", "nummod"})
# the prepositions of those a statement was given to
_TOLD = frozenset({"to", "before"})


def contact_givers(noun: Token, givers: frozenset[str], saying: frozenset[str]) -> list[Token]:
    """The subject words of a contact relative of giving (``givers``: make, give, record ...)
    the parser hung beside the statement noun ``noun`` (the shapes above; ``saying``: the
    verbs of saying whose passive is the reporter's distance); [] where there is none."""
    found = contact_clause(noun, givers, saying)
    return [] if found is None else [found[0]]


def contact_clause(
    noun: Token, givers: frozenset[str], saying: frozenset[str]
) -> tuple[Token, Token] | None:
    """The giver's word and the verb of giving of such a relative (``contact_givers``): the
    verb's phrases tell where the statement was given ("made to police", "gave the police")."""
    nxt = _next_phrase_head(noun)
    if nxt is None:
        return None
    # "The confession | Bikash | gave the police": both subjects of the giving
    verb = noun.head
    # (or the giver's name hung on the noun in apposition, with no comma between: "The
    # confession | Bikash" is no "the confession, Bikash, ...")
    named = nxt.dep_ == "appos" and nxt.head.i == noun.i and nxt.pos_ == "PROPN"
    if noun.dep_ in _SUBJECTS and named and nxt.i < verb.i and _gives_it(verb, givers):
        return nxt, verb
    if noun.dep_ in _SUBJECTS and nxt.dep_ in _SUBJECTS and nxt.head.i == verb.i:
        if nxt.i < verb.i and _gives_it(verb, givers):
            return nxt, verb
        # "the confession | the home nurse | allegedly made ... | was inadmissible"
        made = next((c for c in nxt.children if c.dep_ == "acl" and _gives_it(c, givers)), None)
        if made is not None:
            return nxt, made
    # "a confession | he was said | to have made": the reporter's distance, on the noun as a
    # relative or cut loose right after it
    said = nxt.head
    if nxt.dep_ in PASSIVE_SUBJECTS and said.i > nxt.i and said.dep_ in ("ccomp", "relcl"):
        made = _said_giving(said, givers, saying)
        if made is not None and (said.dep_ == "ccomp" or said.head.i == noun.i):
            return nxt, made
    return None


def contact_statement(
    verb: Token, nouns: frozenset[str], givers: frozenset[str], saying: frozenset[str]
) -> Token | None:
    """The statement noun (``nouns``) before ``verb`` whose misparsed contact relative of
    giving ``verb`` is (``contact_clause``): what a relative hung on the verb's object goes on
    to tell of ("the confession Bikash gave the police, which he had withdrawn" - withdrawn is
    the confession, not the police); else None."""
    for noun in (t for t in verb.sent if t.i < verb.i and t.lemma_.lower() in nouns):
        found = contact_clause(noun, givers, saying)
        if found is not None and found[1].i == verb.i:
            return noun
    return None


def given_to_custodians(verb: Token) -> bool:
    """ "gave the police", "made to police": a verb of giving whose object, or the object of
    its "to" or "before", is those who hold the giver - the statement was given in their hands
    (custodial), whatever a relative on them goes on to tell ("to police, which he disowned
    before the court")."""
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    told += [o for p in verb.children if p.dep_ in ("prep", "dative")
             and p.lower_ in _TOLD for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return any(is_custodian(c) for c in told)


def _next_phrase_head(noun: Token) -> Token | None:
    """The head of the noun phrase that starts right after ``noun`` ("the home nurse" after
    "confession": "nurse"; "his client": "client"), where it is a subject (or a name in
    apposition); else None."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return None
    head = doc[noun.i + 1]
    while head.dep_ in _PHRASE_DEPS and head.head.i > head.i:
        head = head.head
    if head.pos_ not in ("PRON", "PROPN", "NOUN"):
        return None
    return head if head.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS | {"appos"} else None


def _gives_it(verb: Token, givers: frozenset[str]) -> bool:
    """A verb of giving with no object of its own: the statement is what it gave. Those who
    hold him may stand as its object ("gave the police": to whom, not what)."""
    if verb.lemma_.lower() not in givers:
        return False
    return not any(c.dep_ in _OWN_OBJECTS and not is_custodian(c) for c in verb.children)


def _said_giving(said: Token, givers: frozenset[str], saying: frozenset[str]) -> Token | None:
    """The verb of giving of "was said to have made": a passive verb of saying whose
    infinitive gives it; else None."""
    if said.lemma_.lower() not in saying or not any(c.dep_ == "auxpass" for c in said.children):
        return None
    return next((c for c in said.children if c.dep_ == "xcomp" and _gives_it(c, givers)), None)
