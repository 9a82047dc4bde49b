"""Which words of a phrase are names listed together: co-ordinated and apposed names
("X, Y and Z", "X, his brother Y"), a list the parser hung oddly (a first name as a
modifier, a name as an adverb, names after a home "X, 24, of Blackburn, Y"), never a
lawyer in apposition. Split out of ``claims.parties``.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.byname_lists import listed_past_byname
from corroborate.nlp.claims.listed_firm import firm_named_after
from corroborate.nlp.claims.named_record_subject import named_record_subject
from corroborate.nlp.claims.naming import Naming
from corroborate.nlp.claims.object_relative import renames_past_a_case, renames_the_described
from corroborate.nlp.claims.phrase_apposition import renames_a_phrase_noun
from corroborate.nlp.claims.subject_relative import renamed_past_subject_relative
from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["ListedNames", "apposed_nearer"]

# The prepositions of where a listed person lives ("X, 24, of Blackburn", "X, from Derry").
_HOME_PREPOSITIONS = frozenset({"of", "from"})
# The NER labels of what bears no person's name: a body, a building, a place.
_THINGS = frozenset({"ORG", "FAC", "GPE", "LOC"})


class ListedNames(Naming):
    """The words of a phrase that stand for its listed names."""

    def _list_hung_before(self, name: Token, child: Token) -> bool:
        """Whether a person's name the parser hung as a modifier of the last name of a list
        begins that list: "The suspects, Nadeem Akhtar and Parveen Akhtar, were booked" and
        "identified as X, Y and Z alias Kaka" are parsed with the first name an ``nmod`` of
        the last word, the others its conjuncts. A name that has conjuncts of its own is a
        list's head, never a modifier."""
        if child.dep_ != "nmod" or child.pos_ != "PROPN" or child.i > name.i:
            return False
        m = self.by_token.get(child.i)
        if m is None or m.type != "person" or m is self.by_token.get(name.i):
            return False
        return any(c.dep_ == "conj" for c in child.children)

    def _kin_or_accomplice(self, noun: Token) -> bool:
        """Whether a common noun joined to a name stands for a person of the same part, by the
        name apposed to it: a relative or an accused noun ("declared X and his brother, Y,
        proclaimed offenders", "convicted X and his accomplice, Y"), never an office ("X and
        his lawyer, Y": the court rules on no lawyer)."""
        lemma = noun.lemma_.lower()
        accused = lemma in self.lex.accused_nouns or noun.lower_ in self.lex.accused_nouns
        return noun.pos_ == "NOUN" and (accused or self.lex.role_nouns.get(lemma) == "relative")

    def _another_person(self, name: Token, modifier: Token) -> bool:
        """Whether ``modifier`` is a word of another person's name than ``name``'s."""
        m, other = self.by_token.get(name.i), self.by_token.get(modifier.i)
        return (
            m is not None and other is not None and other is not m
            and m.type == "person" and other.type == "person"
            and (other.start, other.end) != (m.start, m.end)
        )  # fmt: skip

    def _hyphened_apposition(self, head: Token) -> list[Token]:
        """The name in apposition to an accused noun the tokenizer split at its hyphen:
        "his co-accused, X" is parsed as "co" (the party's place) then a participle
        "accused" with X hung on it - X is the party."""
        doc = head.doc
        if head.i + 2 >= len(doc) or doc[head.i + 1].text != "-":
            return []
        tail = doc[head.i + 2]
        if f"{head.lower_}-{tail.lower_}" not in self.lex.accused_nouns:
            return []
        return [c for c in tail.children if c.dep_ in ("appos", "npadvmod") and c.pos_ == "PROPN"]

    def _apposed_as_adverb(self, noun: Token, child: Token) -> bool:
        """A name in apposition that the parser hung as an adverb ("while a third accused,
        Z, was acquitted", "Z" an npadvmod of "accused"): a name (a mention)
        right after a comma that follows its noun."""
        return (
            child.dep_ == "npadvmod"
            and child.i > noun.i
            and child.i in self.by_token
            and child.left_edge.i > 0
            and child.doc[child.left_edge.i - 1].text == ","
            and noun.pos_ in ("NOUN", "VERB")
        )

    def _apposed_after_object(self, obj: Token, child: Token) -> bool:
        """Whether ``child``, a name hung as an adverb, is the apposition of the verb's object
        ``obj``: right after the comma that closes the object's phrase - the comma right
        after it, or after one word the parser tagged as the verb's adverb (an unfamiliar
        title: "acquitting the village alkalo, X" with "alkalo" an adverb)."""
        if child.dep_ != "npadvmod" or child.i <= obj.i or child.i not in self.by_token:
            return False
        # the name's first word (the parser may hang the comma before it on the name)
        start = next(t.i for t in child.subtree if not t.is_punct)
        comma = start - 1
        if obj.pos_ not in ("NOUN", "VERB") or comma < 1 or obj.doc[comma].text != ",":
            return False
        between = obj.doc[obj.right_edge.i + 1 : comma]
        return len(between) == 0 or (
            len(between) == 1 and between[0].pos_ == "ADV" and not list(between[0].children)
        )

    def _named_past_its_of(self, noun: Token, prep: Token) -> list[Token]:
        """The person's names the parser hung on the named body or place that ends a common
        noun's "of" phrase, written after the comma that closes it: "arrested the director
        of Sunrise Textiles, X" (X an apposition, a conjunct or an adverb of "Textiles")
        renames the director, and "X, 47, owner of Y Traders, cashier Z, and W" goes on with
        the list at Z. A firm or a place bears no person's name, so the name is the noun's
        own (or the next item's); an "of" phrase about a person ("the killer of X, Y and
        Z", "the sons of a farmer, X") keeps its names."""
        if prep.dep_ != "prep" or prep.lower_ != "of" or noun.pos_ != "NOUN":
            return []
        if noun.i in self.by_token or noun.i in self.places:
            return []
        lex = self.lex
        people = lex.role_nouns.keys() | lex.accused_nouns | lex.victim_words | lex.people_nouns
        out: list[Token] = []
        for thing in (p for p in prep.children if p.dep_ == "pobj"):
            m = self.by_token.get(thing.i)
            # only a named body or place: a common noun may be a person's trade ("the sons
            # of a farmer, X": X is the farmer), which no word list tells from a thing's
            if thing.pos_ != "PROPN" or thing.lemma_.lower() in people:
                continue
            # a person's name keeps its own list - unless the parser's NER took it for a
            # body or a place ("the director of Pinnacle Study Point, X": the mention finder
            # may make a firm's name of unfamiliar words a person's)
            if m is not None and m.type == "person" and thing.ent_type_ not in _THINGS:
                continue
            for c in thing.children:
                named = self.by_token.get(c.i)
                if c.dep_ not in ("conj", "appos", "npadvmod") or c.i <= thing.i:
                    continue
                if named is None or named.type != "person" or named is m:
                    continue
                start = next(t.i for t in c.subtree if not t.is_punct)
                if start < 1 or c.doc[start - 1].text != ",":
                    continue
                out.append(c)
        return out

    def _coordinated(self, head: Token) -> list[Token]:
        """The words of ``head``'s phrase that stand for its listed names. Which name the
        parser hung inside a clause or phrase describing ``head`` is ``head``'s is decided
        here for every reader of a phrase's names: after a "who" clause
        (``renamed_past_subject_relative``) or a place in the noun's own phrase
        (``apposed_past_place``) it is listed beside ``head``; after a clause saying a record
        names an unnamed subject (``named_record_subject``) it stands in ``head``'s place,
        which names no one. (A role noun's own name, ``Naming._name_at`` and
        ``Descriptions._described``, also takes one hung on a place or case noun at the end
        of its participle or relative clause: ``apposed_past_place`` with ``clauses``.)"""
        out = [head]
        # "The woman who ran the premises, X, was arrested": X, hung on "premises", is hers
        renamed = renamed_past_subject_relative(head)
        # "The keeper from Valais, X, was acquitted": a name the parser hung on a place in
        # the noun's own phrase is the noun's (a participle's or a clause's place, "the man
        # arrested in Lyari, X", only for a noun of a role, read by ``Naming._name_at``)
        if renamed is None and head.pos_ == "NOUN" and head.i not in self.by_token:
            renamed = self.apposed_past_place(head, clauses=False)
        out += [renamed] if renamed is not None else []
        queue = list(out)
        while queue:
            t = queue.pop()
            for listed in listed_past_byname(t):
                if listed not in out:  # "X, who is known as Y, and Z": Z hung on Y
                    out.append(listed)
                    queue.append(listed)
            for c in t.children:
                if c.dep_ == "appos" and apposed_nearer(t, c):
                    continue
                if c.dep_ == "appos" and self.owner_renamed(c) is not None:
                    continue  # "Counsel for X, Y": Y is the counsel, never X again
                if c.dep_ in ("conj", "appos") and c not in out and not self._counsel_of(t, c):
                    out.append(c)
                    queue.append(c)
                if c.dep_ == "nmod" and c not in out and self._another_person(t, c):
                    # "Mohan Lal and Sohan Lal" parsed with the first name as a modifier of
                    # the last word
                    out.append(c)
                    queue.append(c)
                if self._list_hung_before(t, c) and c not in out:
                    out.append(c)  # "The suspects, X and Y Z": X's list hung on Z
                    queue.append(c)
                if self._apposed_as_adverb(t, c) and c not in out:
                    out.append(c)  # "a third accused, X," parsed as npadvmod
                    queue.append(c)
                for renamer in self._named_past_its_of(t, c):
                    if renamer not in out:
                        out.append(renamer)  # "the director of the school, X": X hung on school
                        queue.append(renamer)
                # "all of them", "three of the accused", "..., including X"
                listing = c.lower_ in self.lex.listing_prepositions
                of_some = c.lower_ == "of" and t.pos_ in ("NUM", "PRON", "DET")
                if c.dep_ == "prep" and (listing or of_some):
                    for pobj in c.children:
                        # "X, 24, and Y, 22, all of Laventille": a group is of a plural, a
                        # pronoun or a determined noun ("one of the accused X"); a bare
                        # singular proper noun after "all of" is their home
                        home = (
                            of_some
                            and pobj.tag_ == "NNP"
                            and not any(d.dep_ == "det" for d in pobj.children)
                        )
                        if pobj.dep_ == "pobj" and pobj not in out and not home:
                            out.append(pobj)
                            queue.append(pobj)
                named = self._named_after_comma(c) if of_some and c.dep_ == "prep" else None
                if named is not None and named not in out:
                    out.append(named)  # "arrested one of the suspects, X alias Y"
                    queue.append(named)
                for conj in self._listed_after_home(t, c):
                    if conj not in out:
                        out.append(conj)
                        queue.append(conj)
            counted = t.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" for c in t.children)
            named = self._named_after_comma(t) if counted or self._item_named_apart(t) else None
            if named is not None and named not in out:
                out.append(named)  # "handed down death sentences to two militants, X and Y"
                queue.append(named)
            firm = firm_named_after(t, self.by_token, self.lex.company_nouns)
            if firm is not None and firm not in out:
                out.append(firm)  # "X and the importing company, Z Ltd": the company's name
                queue.append(firm)
        accused = self.lex.accused_nouns
        listers = [head] if head.lemma_.lower() in accused or head.lower_ in accused else []
        # "all 14 accused in the case, including X and Y": a count whose noun the parser
        # took for the participle hung on it
        listers += [c for c in head.children if head.pos_ == "NUM" and c.lower_ in accused
                    and c.dep_ in ("acl", "amod")]  # fmt: skip
        for lister in listers:
            for pobj in self._listed_in(lister):  # "the other suspects in the case including X"
                if pobj not in out:
                    out.append(pobj)
                    out += [t for t in self._coordinated(pobj) if t not in out]
        # "The patwari named in the FIR, X, has obtained bail": X, hung in the clause
        record = named_record_subject(head, self.by_token, self.lex)
        return out if record is None else [record if t == head else t for t in out]

    def _item_named_apart(self, noun: Token) -> bool:
        """Whether ``noun`` is a list's item described before its name, the name after a
        comma hung elsewhere: "naming X, Y and a police source, Z alias W" (the alias breaks
        the parse: Z a modifier of W, W an adverb of the verb). A conjunct common noun with
        no name of its own; the name after its comma is no clause's subject ("arrested X
        and a friend, Y said"; ``_named_after_comma`` gives the name)."""
        if noun.dep_ != "conj" or noun.pos_ != "NOUN" or noun.i in self.by_token:
            return False
        if any(c.dep_ in ("appos", "compound") and c.i in self.by_token for c in noun.children):
            return False
        after = self._named_after_comma(noun)
        if after is None:
            return False
        root = after
        while root.dep_ in ("compound", "flat") and root.head.i > root.i:
            root = root.head
        return root.dep_ not in NOUN_SUBJECTS and noun not in root.ancestors

    def _listed_after_home(self, name: Token, prep: Token) -> list[Token]:
        """The next names of a list that gives each person's home ("X, 24, of Blackburn, Y,
        31, of Preston, and Z", "X, from Derry, and Y"): the parser hangs them as conjuncts
        of the place, not of X. The place itself is where X lives, never a party; only a
        person's own "of"/"from" phrase whose proper noun has conjuncts that are names."""
        m = self.by_token.get(name.i)
        if m is None or m.type != "person" or prep.dep_ != "prep":
            return []
        if prep.lower_ not in _HOME_PREPOSITIONS:
            return []
        # "X, 45, of Y, his wife Z, and W": the next item hung on the place as its
        # apposition, a name or a relative's or accomplice's noun before one
        homes = [p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
        # "X (31), of Mill Rise, Clondalkin, and Y": the town closing the address, a place
        # hung on the street as its conjunct, carries the next item (``mentions.addresses``)
        homes += [c for p in homes for c in p.children
                  if c.dep_ in ("conj", "appos") and c.i in self.places]  # fmt: skip
        return [
            conj for place in homes
            for conj in place.children
            if conj.dep_ == "conj" and conj.i in self.by_token
            or conj.dep_ == "appos" and conj.i > place.i and self._kin_or_accomplice(conj)
            or conj.dep_ == "appos" and conj.i > place.i and self._next_listed_person(conj)
        ]  # fmt: skip

    def _next_listed_person(self, name: Token) -> bool:
        """ "X, 29, of Rabat, Y, 52, of Mosta, and Z": the next item hung on the place as its
        apposition, a person's name with an age or a home of its own, as the list's items
        have - not a place that renames the first ("of Lahore, Punjab")."""
        m = self.by_token.get(name.i)
        if m is None or m.type != "person":
            return False
        return any(
            (c.dep_ == "appos" and c.like_num)
            or (c.dep_ == "prep" and c.lower_ in _HOME_PREPOSITIONS)
            for c in name.children
        )

    def _counsel_of(self, name: Token, appos: Token) -> bool:
        """ "X, his lawyer Y", "X, whose counsel Y said": an apposition to a name that is
        someone's lawyer, prosecutor or judge names a second person, not X again (a trailing
        "..., his lawyer Y said" is parsed so)."""
        role = self.lex.role_nouns.get(appos.lemma_.lower())
        owned = any(c.dep_ == "poss" for c in appos.children)
        return (
            appos.dep_ == "appos" and name.pos_ == "PROPN" and owned
            and role in ("defence", "prosecutor", "court")
        )  # fmt: skip


def apposed_nearer(head: Token, appos: Token) -> bool:
    """Whether an apposition the parser hung on ``head`` belongs to a nearer noun: an
    apposition follows the noun it renames, so a name written right after (a comma between)
    the object of a verb or preposition inside ``head``'s own modifier renames that object
    ("X, the man sentenced for killing his former girlfriend, nurse Y": Y is the
    girlfriend, not X). So does one written after a noun ``head`` has already named in
    apposition, with the object between: one noun has one name ("his brother X to life
    imprisonment for the murder of their cousin, farmer Y", Y parsed as a second apposition
    of "brother": Y is the cousin). And a name written with no comma right after the
    object of ``head``'s own preposition continues that object, as a title's name does
    ("X, son of MLA Y", Y parsed as an apposition of "son": Y is the MLA)."""
    if renames_the_described(head, appos) or renames_past_a_case(head, appos):
        return False  # "A guard whom the FIA accused of taking bribes, X": X is the guard
    if (renamed := renamed_past_subject_relative(head)) is not None and renamed.i == appos.i:
        return False  # "The woman who ran the premises, X, was arrested": X is the woman
    if renames_a_phrase_noun(appos):
        return True  # "A youth was arrested for killing a guide, Y": Y is the guide
    before = appos.left_edge.i - 1
    if before > head.i and appos.doc[before].text != ",":
        noun = appos.doc[before]
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == head.i:
            return True
    if before > head.i and appos.doc[before].text == ",":
        before -= 1
    if before <= head.i:
        return False
    noun = appos.doc[before]
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj") or head not in noun.ancestors:
        return False
    return any(t.pos_ == "VERB" for t in noun.ancestors if head.i < t.i < noun.i) or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < noun.i for c in head.children
    )
