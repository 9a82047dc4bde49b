"""What a plural pronoun or a noun for a group with no names of its own stands for.

"they", "them", "all of them", "the accused persons", "the five convicts" (``_plural_anaphor``):
the group the report follows - not a bare count of others newly arrested (``_arrested_anew``),
nor a group its own phrase lists (``_listed_in``); the people a relative clause's subject
names (``_clause_group``), the people an earlier clause of the sentence listed
(``_listed_group``), the two or more whose confession the sentence before told
(``_confessors_just_before``), the last group named together where it may be them
(``_group_may_be_them``). ``Pronouns._anaphor`` asks them in turn.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.counted import PARTY_DEPS, counted_anew, counted_several, distinct
from corroborate.nlp.claims.couples import Couples
from corroborate.nlp.claims.described_groups import DescribedGroups
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.full_names import FullNames
from corroborate.nlp.claims.kin_groups import KinGroups
from corroborate.nlp.claims.listed_objects import listed_before
from corroborate.nlp.claims.relative_object import in_relative
from corroborate.nlp.claims.stray_quantifier import is_stray_object, spelled_out_after_colon
from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["PluralPronouns"]

# The prepositions that open a list inside a noun's phrase: "the suspects, including X, Y".


class PluralPronouns(Couples, DescribedGroups, KinGroups, FullNames):
    """Whom a plural pronoun or a group noun with no names stands for; the state is
    ``Naming``'s."""

    last_group_accused: bool
    # The accused of the last confession (or its retraction) told and its sentence's
    # number; the number of the sentence read now. Set by ``Reader.run``.
    last_confessed: tuple[int, list[Named]] | None
    sentence_number: int
    _name_at: Callable[[Token], Named | None]
    _ranks_told: Callable[[Token], list[Named]]  # ``RankTold``'s: "the two ASIs"

    def _plural_anaphor(self, token: Token) -> bool:
        """ "they", "them", "the accused persons", "the five convicts" with no name of their
        own: the accused the report has been following."""
        if token.i in self.by_token:
            return False
        if self._arrested_anew(token):
            return False  # "apprehended three suspected dacoits": others, named next if at all
        if self._kin_group(token):
            return True  # "the Ravuvu brothers", "the brothers": the accused of that surname
        if token.lower_ in self.lex.plural_pronouns:
            return True
        lemma = token.lemma_.lower()
        quantified = token.dep_ == "pobj" and token.head.head.lower_ in self.lex.quantifiers
        # "all the accused" (a predeterminer: "accused" is no plural noun to the tagger)
        whole = any(c.dep_ == "predet" and c.lower_ in self.lex.quantifiers for c in token.children)
        plural = token.tag_ in ("NNS", "NNPS") or quantified or whole  # "all of the accused"
        plural = plural or counted_several(token)  # "the two accused": no plural to the tagger
        accused = lemma in self.lex.accused_nouns or token.lower_ in self.lex.accused_nouns
        group = lemma in self.lex.group_nouns and any(c.lower_ == "the" for c in token.children)
        named = any(
            t.i in self.by_token
            for c in token.children
            if c.dep_ in ("compound", "appos", "amod", "nmod")  # not "Both ...: X ... and Y"
            and not spelled_out_after_colon(token, c, self.lex.group_quantifiers)
            for t in c.subtree
        ) or bool(self._listed_in(token))
        # "Both also pleaded not guilty", "granted both men bail": the group followed
        quantifiers = self.lex.group_quantifiers
        lone = token.pos_ in ("PRON", "DET") and token.dep_ in PARTY_DEPS
        lone = lone or is_stray_object(token, quantifiers)  # "convicted both on their pleas"
        quantified_plural = plural and any(
            c.dep_ in ("det", "predet") and c.lower_ in quantifiers for c in token.children
        )
        whole_group = lone and token.lower_ in quantifiers or quantified_plural
        whole_group = whole_group or plural and self._counts_the_followed(token)
        whole_group = whole_group or bool(self._all_of_the_count(token))
        # "the three arrested men" after a fourth was let go: those still held
        whole_group = whole_group or plural and bool(self._counted_by_step(token))
        whole_group = whole_group or bool(self._described_group(token))  # "the two attendants"
        whole_group = whole_group or bool(self._known_of_count(token))  # "for the four"
        whole_group = whole_group or bool(self._ranks_told(token))  # "the two ASIs"
        whole_group = whole_group or bool(self._of_one_sex(token))  # "the two men" of three
        # "the three" after a fourth was arrested apart: the three one step took together
        whole_group = whole_group or bool(self._stepped_count(token))
        # "the accused persons", "the accused men": people the participle calls accused (not
        # counted: "31 of the 57 accused persons" is no group the report follows)
        people = self.lex.people_nouns
        accused = accused or (
            (lemma in people or token.lower_ in people)
            and any(c.dep_ == "amod" and c.lower_ in self.lex.accused_nouns for c in token.children)
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            and not any(c.dep_ == "nummod" for c in token.children)
        )
        return (
            (accused and plural or group or whole_group) and not named and not self._others(token)
        )

    def _arrested_anew(self, token: Token) -> bool:
        """Whether a bare count of another size than the group followed is arrested ("the
        Rangers apprehended three suspected dacoits" after two others were held): an arrest
        takes people not yet held, new to the report. Not a court's step, which may take in
        those followed with others ("granted bail to eight convicts" after four were named)."""
        followed = len(distinct(self.last_accused))
        verb = token.head
        return (
            followed > 0
            and token.dep_ in ("dobj", "nsubjpass")
            and verb.lemma_.lower() in self.lex.arrest_verbs
            and counted_anew(token, followed)
        )

    def _group_may_be_them(self, token: Token) -> bool:
        """Whether ``token`` may stand for the last group named together: a group noun
        ("the pair") always; a plural pronoun for the people of a plural lede, and for any
        group but as the doer of a crime verb."""
        if token.lower_ not in self.lex.plural_pronouns or self.last_group_accused:
            return True
        # "They were jailed", "remanded them": the group named together; but never as the
        # doers of a crime ("Obama and Clinton ... In 2000, they attacked the USS Cole"):
        # a crime's doers need a party the report accuses, not any people named together
        verbs = {token.head.lemma_.lower()} | {v.lemma_.lower() for v in token.head.conjuncts}
        return not (token.dep_ in ("nsubj", "agent", "pobj") and verbs & legal().crime_verbs)

    def _listed_in(self, noun: Token) -> list[Token]:
        """The names a noun's own phrase lists, however deep the parser hung the list: "the
        other suspects in the case including X, Y" (the list hung on "case")."""
        out: list[Token] = []
        queue = [noun]
        while queue:
            t = queue.pop()
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in self.lex.listing_prepositions:
                    out += [p for p in c.children if p.dep_ == "pobj"]
                elif c.dep_ in ("prep", "pobj"):
                    queue.append(c)
        return out

    def _clause_group(self, pronoun: Token) -> list[Named]:
        """ "X, Y and Z were produced before a magistrate who sent them to police remand":
        a plural pronoun in a relative clause stands for the people (two or more) the
        clause it hangs in has as its subject, before the report follows them. Asked
        after ``Parties._group_above`` finds no group (not one reader: how they differ is
        tests/nlp/test_them_readers.py)."""
        clause = pronoun.head
        if pronoun.lower_ not in self.lex.plural_pronouns or not in_relative(pronoun):
            return []
        verb = clause.head
        while verb.dep_ in ("pobj", "prep") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        # the subjects and the names co-ordinated or apposed to them
        heads = [c for c in verb.children if c.dep_ in NOUN_SUBJECTS]
        for h in heads:
            heads += [c for c in h.children if c.dep_ in ("conj", "appos") and c not in heads]
        found = [n for h in heads if (n := self._name_at(h)) is not None and self._is_person(n)]
        # "The five appeared before a magistrate, where they were charged": a counted
        # subject stands for its group (``Counted``), named or announced
        found += [n for h in heads if h.i not in self.by_token
                  for n in self._all_of_the_count(h) or self._known_of_count(h)]  # fmt: skip
        found = list(dict.fromkeys(found))
        return found if len(found) >= 2 else []

    def _listed_group(self, pronoun: Token) -> list[Named]:
        """ "charged X and Y ... and sent them to jail": the two or more people an earlier
        clause of the sentence listed (``listed_before``)."""
        if pronoun.lower_ not in self.lex.plural_pronouns:
            return []
        found = [n for t in listed_before(pronoun)
                 if (n := self._name_at(t)) is not None and self._is_person(n)]  # fmt: skip
        found = list(dict.fromkeys(found))
        return found if len(found) >= 2 else []

    def _confessors_just_before(self, token: Token) -> list[Named]:
        """ "X was acquitted. The trial saw both Y and Z walk back their confessions. They
        told the tribunal the statements had been extracted ...": a plural pronoun never
        stands for one person - where the report follows one accused, "they" in the
        sentence after a confession (or its retraction) by two or more is those confessors."""
        if token.lower_ not in self.lex.plural_pronouns or self.last_confessed is None:
            return []
        if len(self.last_accused) >= 2 or any(n.members for n in self.last_accused):
            return []
        number, owners = self.last_confessed
        confessors = list({n.name: n for n in owners}.values())
        if self.sentence_number - number != 1 or len(confessors) < 2:
            return []
        return confessors
