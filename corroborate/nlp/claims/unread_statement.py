"""A statement its signer says he did not read or write: "he had signed the statement under
caution, and he had not read it", "he was made to sign papers and had not read one line of
it", "he signed a statement that he did not write and was not read to him". Told by the
accused's side, the paper he put his name to is not his own account - the statement is taken
back, as when he says he signed it "without reading it" (a coercion word, ``kinds.coercion``),
told here by the grammar of a negated verb of reading or writing (``legal.reading_verbs``,
``legal.writing_verbs``) whatever words the reporter chose around it.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.thumb_signed import thumbed

__all__ = ["unread_statement"]

_RELATIVES = frozenset({"that", "which", "what"})
# a clause that qualifies a noun: the parser calls "a statement that he did not write" a
# relative or, taking its "that" for a conjunction, a clause of the noun
_QUALIFYING = ("relcl", "acl")


def unread_statement(clause: Token, lex: LegalLexicon) -> Token | None:
    """The statement a clause says its signer signed unread or did not write: a negated verb
    of reading (or of writing) with a pronoun for the signer as its subject (or, passive, "was
    not read to him"), whose object is the statement signed - a statement, paper or confession
    noun it qualifies as a relative ("a statement that he did not write"), or "it" ("one line
    of it") where a verb of signing in the same clause or its conjunct took a statement or
    paper ("he had signed the statement ... and that he had not read it"). Never a paper no
    one signed ("he had not read the charge sheet"), nor one read by the court or another
    named person ("the magistrate did not read the statement")."""
    papers = lex.signed_papers
    for verb in clause.subtree:
        if not _negated_reading(verb, lex):
            continue
        # "papers he was not allowed to read", "pages he could not be made to read": the
        # relative is the verb the reading completes, negated there
        top = verb.head if _denied_by_governor(verb) else verb
        if top.dep_ in _QUALIFYING and top.head.lemma_.lower() in papers:
            # "a statement that he did not write": the relative's own noun, signed
            if _signed(top.head, lex) and _gap(verb):
                return top.head
            continue
        if verb.dep_ == "conj" and verb.head.dep_ in _QUALIFYING and _gap(verb):
            head = verb.head.head  # "... that he did not write and was not read to him"
            if head.lemma_.lower() in papers and _signed(head, lex):
                return head
            continue
        written_in = _written_in(verb, papers)
        if written_in is not None:
            return written_in
        if not any(o.lower_ == "it" for o in _objects(verb)):
            continue
        signed = _signed_paper(verb, clause, lex, papers)
        if signed is not None:
            return signed
    return None


def _negated_reading(verb: Token, lex: LegalLexicon) -> bool:
    """A verb of reading or writing, negated ("had not read", "cannot read", "never read"),
    whose subject is a pronoun (the signer) or which is passive ("was not read to him")."""
    lemma = verb.lemma_.lower()
    if lemma not in lex.reading_verbs | lex.writing_verbs or verb.pos_ != "VERB":
        return False
    if _denied_by_governor(verb):
        # "he was not allowed to read", "he was never given time to read": the reading
        # denied by the verb it completes, whose subject is the signer
        verb = verb.head
    elif not any(c.dep_ == "neg" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
    if any(c.dep_ in (*PASSIVE_SUBJECTS, "auxpass") for c in verb.children):
        return True
    return bool(subjects) and all(s.pos_ == "PRON" and s.lower_ not in _RELATIVES
                                  for s in subjects)  # fmt: skip


def _denied_by_governor(verb: Token) -> bool:
    """Whether a verb with no "not" of its own completes a negated verb ("was not allowed to
    read", "was never permitted to read", "could not be made to read"): the parser hangs the
    completing infinitive as the negated verb's open complement, the "not" on that verb."""
    if any(c.dep_ == "neg" for c in verb.children) or verb.dep_ != "xcomp":
        return False
    return any(c.dep_ == "neg" for c in verb.head.children)


def _gap(verb: Token) -> bool:
    """Whether the relative's verb leaves its object to the noun it qualifies (the "that"
    is its object or passive subject, or it has no object of its own)."""
    own = [c for c in verb.children if c.dep_ in ("dobj", *PASSIVE_SUBJECTS)]
    return not own or all(c.lower_ in _RELATIVES for c in own)


def _objects(verb: Token) -> list[Token]:
    """What a verb of reading takes: its object, and the "of" phrase of a part of it ("not
    read one line of it")."""
    out: list[Token] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        out.append(obj)
        out += [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return out


def _signed(noun: Token, lex: LegalLexicon) -> bool:
    """Whether a paper is the object of a verb of signing or giving ("signed a statement"),
    or where a verb of signing put the signer's name ("signed his name on pages", the "on"
    on the verb or on its object)."""
    givers = lex.confession_givers
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in givers
    # "put his thumb on papers he could not read": a thumb's mark signs them (``thumb_signed``)
    if thumbed(noun, lex) is not None:
        return True
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "on":
        return False
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in givers


def _signed_paper(
    verb: Token, clause: Token, lex: LegalLexicon, papers: frozenset[str]
) -> Token | None:
    """The paper "it" stands for: the object of a verb of signing in the reported clause, or
    in the reading verb's conjunct or the conjunct's head ("he had signed the statement ...
    and that he had not read it"; "he had been made to sign papers ... and that he had not
    read one line of it")."""
    near = [clause]
    near += [verb.head] if verb.dep_ == "conj" else []
    near += [c for c in verb.children if c.dep_ == "conj"]
    for other in near:
        for t in other.subtree:
            if t.lemma_.lower() in papers and _signed(t, lex):
                return t
    return None


def _written_in(verb: Token, papers: frozenset[str]) -> Token | None:
    """The statement told as in words its signer cannot read: a relative of reading, negated,
    on the object of "in" the statement's own predicate takes ("the statements had been typed
    in Gujarati, which he cannot read"; "the interview was in English, a language he does not
    read")."""
    if verb.dep_ not in _QUALIFYING or not _gap(verb):
        return None
    words = verb.head
    while words.dep_ == "appos":
        words = words.head
    if words.dep_ != "pobj" or words.head.lower_ != "in":
        return None
    predicate = words.head.head
    return next((s for s in predicate.children if s.dep_ in ("nsubj", *PASSIVE_SUBJECTS)
                 and s.lemma_.lower() in papers), None)  # fmt: skip
