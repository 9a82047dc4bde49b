"""A description the next sentence identifies: "The driver, who survived the crash, was taken
into custody at the hospital. Police identified him as X."

A report often tells first what befell someone it describes only by a common noun ("the
driver", "a bus conductor") and names them in the sentence after, by an identifying verb
("identified him as X", "he was named as X", "the driver was identified as X"). The wire lede
(``Ledes``) binds an indefinite "a man" to whoever the next sentence makes its subject; a
definite description is bound only here, and only by an identifying verb, which says outright
that the two are one person - a bare next subject after "the driver was arrested" may be anyone
(the officer who arrested him, a witness). The words of identifying are the lexicon's
(``identifying_verbs``); this module reads the grammar that joins the noun to the name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.lexicon.name_words import name_words
from corroborate.nlp.claims.description_nouns import noun_key
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.identified import as_phrases
from corroborate.nlp.claims.lede_items import own_phrase
from corroborate.nlp.claims.ledes import LEDE_KINDS, Ledes
from corroborate.nlp.claims.parties import PASSIVE_SUBJECTS
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["IdentifiedNext"]

# How "the arrested" hangs on the verb that names them: its object (or, as the parser may
# read it, its object predicate).
_NAMED_OBJECTS = frozenset({"dobj", "oprd"})
# The pronouns an identifying verb names a group by: "Police identified them as X, Y and Z".
_PLURAL_PRONOUNS = frozenset({"they", "them"})
# The roles of people a pronoun after the lede may stand for instead of its noun.
_OTHER_PEOPLE = frozenset({"victim", "witness", "relative"})
# The articles that make a noun a description of one person the report has not named: "a
# driver" (which ``Ledes`` may have bound already) or "the driver".
_ARTICLES = frozenset({"a", "an", "the"})


class IdentifiedNext(Ledes):
    """Binds a lede's description to the name the next sentence identifies it by."""

    def _described_one(self, draft: Draft) -> Token | None:
        """The noun of one undescribed-by-name person ``draft`` acts on ("the driver" of "the
        driver was taken into custody"), where it names no accused: a singular common noun
        with an article, no name in its own phrase, no co-ordination, not a court's,
        counsel's, a witness's or a victim's role (an office holder may be accused)."""
        if draft.kind not in LEDE_KINDS or draft.accused:
            return None
        for noun in self._acted_on(draft.cue):
            marks = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
            if noun.tag_ != "NN" or noun.i in self.by_token or len(marks) != 1:
                continue
            if marks[0] not in _ARTICLES or any(c.dep_ == "conj" for c in noun.children):
                continue
            if any(self._names_someone(t) for t in own_phrase(noun)):
                continue
            if not self.lex.may_be_charged(noun.lemma_.lower()):
                continue
            return noun
        return None

    def _arrested_identified(self, verb: Token) -> list[Draft]:
        """An arrest told by whom an identifying verb names "the arrested" ("police named
        the arrested as X, Y and Z"): the participle of an arrest verb, made a noun by
        "the", is the people arrested, and the names after "as" are they (the passive, "the
        detained were identified as X", is read as the participle's own clause)."""
        if verb.lemma_.lower() not in self.lex.identifying_verbs:
            return []
        for told in (c for c in verb.children if c.dep_ in _NAMED_OBJECTS):
            outcome = self.lex.arrest_verbs.get(told.lemma_.lower())
            if outcome is None or told.tag_ != "VBN":
                continue
            if [c.lower_ for c in told.children if c.dep_ == "det"] != ["the"]:
                continue
            named = self._identified(told) or [
                n for p in as_phrases(verb) for n in self._pobj_names(p)
            ]  # fmt: skip
            found = [n for n in named if self._is_person(n)]
            # "named the arrested as X, 31, of A; Y, 27, of B; and Z": a list whose items
            # carry ages and places, which the parse cuts after the first; read along the
            # tokens as the list reader does (only the people it adds, after the first)
            listed = Draft("arrest", told, outcome)
            for p in as_phrases(verb):
                self._list_items(verb.sent, p, listed, people_only=True)
            if found:
                found += [n for n in listed.accused if n.name not in {f.name for f in found}]
                draft = Draft("arrest", told, outcome)
                draft.add(found, "accused")
                return [draft]
        return []

    def _group_identified(self, sent: Span) -> Draft | None:
        """A group the sentence before ruled on unnamed, named by an identifying verb whose
        object or passive subject is "them" or "they" ("The court extended the detention of
        the three. Police identified them as X, 47, Y, 34, and Z"; "They were named as X
        and Y"): a list of the people after "as" (two or more), which binds the unnamed
        ruling as a list of the convicts does. The reader asks only while such a ruling
        waits, so "they" of victims or witnesses named so is never bound to anything."""
        root, told = sent.root, self._told_identified(sent)
        if told is None or told.lower_ not in _PLURAL_PRONOUNS or told.tag_ != "PRP":
            return None
        listed = Draft("ruling", root, listing=True)
        listed.add([n for n in self._identified(told) if self._is_person(n)], "accused")
        # "X, 47, owner of the clinic, Y, 34, and Z": a list whose items carry ages and
        # descriptions, which the parse cuts after the first; read along the tokens
        for p in as_phrases(root):
            self._list_items(sent, p, listed, people_only=True)
        return listed if len(listed.accused) >= 2 else None

    def _told_identified(self, sent: Span) -> Token | None:
        """The one word the main verb of ``sent``, an identifying verb, tells of - its object
        or passive subject ("Police identified him as X", "They were named as X and Y");
        None for another verb, or for none or several such words. Who that word may be is
        the caller's to ask (one pronoun or noun, or a group's "them")."""
        root = sent.root
        if root.lemma_.lower() not in self.lex.identifying_verbs:
            return None
        told = [c for c in root.children if c.dep_ in PASSIVE_SUBJECTS | {"dobj"}]
        return told[0] if len(told) == 1 else None

    def _identified_next(self, sent: Span, noun: Token, others: set[str]) -> Named | None:
        """The one person ``sent`` identifies as the lede's ``noun``: its main verb an
        identifying verb whose object or passive subject is a singular personal pronoun
        ("Police identified him as X", "She was named as X") or the same noun again ("The
        driver was identified as X"), the name after "as" a person given no other part in
        the sentence (``others``). The noun is remembered as that person's description, so
        "the driver" later in the report is them."""
        told = self._told_identified(sent)
        if told is None or not self._stands_for(told, noun):
            return None
        found = [n for n in self._identified(told) if self._is_person(n)]
        if len(found) != 1 or found[0].name in others:
            return None
        self.noun_named.setdefault(noun_key(noun), set()).add(found[0].name)
        return found[0]

    def _stands_for(self, told: Token, noun: Token) -> bool:
        """Whether the word an identifying verb names may be the lede's noun: the noun
        itself again with "the", or a singular personal pronoun where the lede's sentence
        tells of no other person by a noun ("A man was charged after a woman was found
        dead. She was named as X": she is the woman) and the noun's sex does not gainsay it."""
        if told.lower_ in PERSONAL_PRONOUNS and told.tag_ == "PRP":
            lex = self.lex
            # the police, the court are no one the pronoun may stand for; a victim is
            people = lex.people_nouns | lex.accused_nouns
            people |= {w for w, role in lex.role_nouns.items() if role in _OTHER_PEOPLE}
            others = [t for t in noun.sent if t.i != noun.i and t.lemma_.lower() in people]
            sex = name_words().gendered_words.get(noun.lemma_.lower())
            said = told.morph.get("Gender", [])
            return not others and (sex is None or not said or said[0] == sex)
        return told.lemma_.lower() == noun.lemma_.lower() and any(
            c.dep_ == "det" and c.lower_ == "the" for c in told.children
        )
