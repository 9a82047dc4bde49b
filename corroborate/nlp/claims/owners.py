"""Whose a noun is, who made it, and whom a verb gives it to.

"X's conviction", "the sentence of X", "the case against X" (``_owners``); "their
convictions" for the people the clause before names (``_subjects_before``); "the appeal filed
by X" (``_makers``); "the Noor murder case" (``_compound_names``); "granted bail to X",
"awarded X the death sentence" (``_recipients``). ``Parties`` builds on this to read the
other parties of a claim: a verb's subject and object.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.conjoined_of import conjoined_past_of
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.gapped_of import gapped_phrases
from corroborate.nlp.claims.given_to import given_to_custodians
from corroborate.nlp.claims.misread_purpose import recipient_read_as_purpose
from corroborate.nlp.claims.phrase_names import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS, PhraseNames

__all__ = ["CONFESSION_OWNER_PREPS", "Owners"]

# The prepositions that name a noun's owner after it: "the sentence of X", "the case against X".
_OWNER_PREPS = frozenset({"of", "against", "on", "to"})
# A confession's: "to" names whom it was made to or what it owns up to ("a confession to the
# village head, X", "his confession to the murder"), never whose it is.
CONFESSION_OWNER_PREPS = _OWNER_PREPS - {"to"}
# How a noun hangs below the verb whose clause it is in: its object, a preposition's object.
_NOUN_LINKS = frozenset({"dobj", "nsubjpass", "pobj", "prep", "conj"})


class Owners(PhraseNames):
    """Whose a noun is, who made it, and whom a verb gives it to."""

    def _recipients(self, verb: Token) -> list[Named]:
        """ "granted bail to X", "awarded X the death sentence", "imposed on X"."""
        out: list[Named] = []
        for c in verb.children:
            if c.dep_ in ("dative", "prep") and given_to_custodians(c):
                continue  # "granted the police a remand": they hold the accused (``given_to``)
            # "handed the death penalty to X and to Y": a preposition conjoined to the first
            also = [p for p in c.children if p.dep_ == "conj" and p.lower_ == c.lower_]
            if c.dep_ == "dative" and c.lower_ in ("to", "on"):
                out += [n for p in (c, *also) for n in self._pobj_names(p)]
            elif c.dep_ == "dative":
                out += self._names(c)
            elif c.dep_ == "prep" and c.lower_ in ("to", "on"):
                out += [n for p in (c, *also) for n in self._pobj_names(p)]
        named_object = any(c.dep_ == "dobj" and c.pos_ in ("PRON", "PROPN") for c in verb.children)
        if not out and not named_object:
            # "handed a jail term to manpower operator X", parsed as a purpose "to manpower"
            # (none where the award has its recipient: "gave him two years to repay lender X")
            out += [n for c in verb.children if (t := recipient_read_as_purpose(c)) is not None
                    for n in self._names(t)]  # fmt: skip
        return out

    def _recipient_tokens(self, verb: Token) -> list[Token]:
        return [
            t
            for c in verb.children
            if c.dep_ in ("dative", "prep") and c.lower_ in ("to", "on")
            for t in c.children
            if t.dep_ == "pobj"
        ]

    def _owners(
        self,
        noun: Token,
        preps: frozenset[str] = _OWNER_PREPS,
        participles: frozenset[str] | None = None,
    ) -> list[Named]:
        """Whose it is: "X's conviction", "the sentence of X", "the case against X"; by
        ``preps``, the prepositions that name an owner after the noun; by ``participles``, the
        participles whose recipient owns it (None: any - "the death sentence awarded to
        X"; a statement given to X is not X's, only one "attributed to X" is)."""
        out: list[Named] = []
        for c in noun.children:
            if c.dep_ == "poss" and self._plural_anaphor(c):
                out += self._subjects_before(noun) or self._names(c)
            elif c.dep_ == "poss":
                out += self._names(c)
            elif c.dep_ == "prep" and c.lower_ in preps:
                out += self._pobj_names(c) + self._titled_names(c)
                # "the arrest of X, and of Y": the repeated phrase is the noun's too
                out += [n for g in gapped_phrases(c) for n in self._pobj_names(g)]
                # "the remand of X and the storekeeper", the storekeeper hung on "remand":
                # a person the report described is the phrase's next object
                out += [n for t in conjoined_past_of(c) for n in self._names(t)
                        if self._is_person(n)]  # fmt: skip
            elif c.dep_ == "acl" and (participles is None or c.lemma_.lower() in participles):
                out += self._recipients(c)
        return out

    def _conjuncts_owners(self, noun: Token) -> list[Named]:
        """Whose coordinated nouns are, told once after the last of them: "upheld the term
        and fine awarded in May to X", "the sentence and the fine of X" - the parser hangs
        the participle or the "of" phrase on the last conjunct, and it owns them all."""
        return [n for c in noun.conjuncts if c.i > noun.i for n in self._owners(c)]

    def _subjects_before(self, noun: Token) -> list[Named]:
        """Whom "their" on a noun stands for when the sentence says it: the people named as
        the subject of the clause before - the first conjunct ("X and Y appealed, but the
        court upheld their convictions") or a fronted adverbial clause ("After X and Y
        appealed, the court upheld their convictions"). Two or more, as "their" asks;
        otherwise none, and the pronoun is the accused the report has been following."""
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in _NOUN_LINKS:
            verb = verb.head  # a noun inside a phrase: up to the verb whose clause it is in
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        before = [verb.head] if verb.dep_ == "conj" else []
        before += [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i]
        found = [
            n for clause in before
            for n in self._names_of_children(clause, ACTIVE_SUBJECTS | PASSIVE_SUBJECTS)
            if self._is_person(n)
        ]  # fmt: skip
        return found if len(found) >= 2 else []

    def _titled_names(self, prep: Token) -> list[Named]:
        """The name after a title that opens with a gerund: "the conviction of Making a
        Murderer subject X" is parsed as a verb "Making" whose object ends in X. A gerund
        written with a capital inside a sentence starts a title, not an act, so the noun
        it ends on is the preposition's object ("the conviction of killing X" keeps its
        lower case and names the victim, not the owner)."""
        return [
            n for g in prep.children
            if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.text[:1].isupper()
            and g.i > g.sent.start
            for o in g.children if o.dep_ == "dobj" for n in self._names(o)
        ]  # fmt: skip

    def _makers(self, noun: Token) -> list[Named]:
        """Who made it, by a participle's "by" phrase: "the appeal filed by X and Y",
        "confessions made by the suspect". Not the filer of an appeal "filed by the
        complainant, X, against the acquittal of Y" (the parser hangs "against" on the
        participle): that appeal is the prosecution's, and X is no appellant convict."""
        return [
            n for c in noun.children if c.dep_ == "acl" and not self._against_an_acquittal(c)
            for a in c.children if a.dep_ == "agent" for n in self._pobj_names(a)
        ]  # fmt: skip

    def _against_an_acquittal(self, head: Token) -> bool:
        """Whether ``head`` has an "against" phrase that names an acquittal ("against the
        acquittal of Y", "against the decision to acquit Y")."""
        lex = self.lex
        return any(
            t.lemma_.lower() in lex.acquittal_nouns
            or lex.ruling_verbs.get(t.lemma_.lower()) == "acquitted"
            for c in head.children if c.dep_ == "prep" and c.lower_ == "against"
            for t in c.subtree
        )  # fmt: skip

    def _compound_names(self, noun: Token) -> list[Named]:
        """The name in front of a crime word: "the Noor murder case" (parsed either way)."""
        out: list[Named] = []
        for c in [*noun.children, *(noun.head.children if noun.dep_ == "compound" else [])]:
            if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "PROPN":
                out += self._names(c)
        return out
