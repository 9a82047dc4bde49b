"""A lede's unnamed people named part by part: "Two ticket checkers and a tuk-tuk driver have
been charged with fraud ... The checkers, X, 31, and Y, 26, worked at a checkpoint ... The
driver, Z, 38, was arrested on Monday". The lede acts on a co-ordination of descriptions (a
counted plural, an indefinite singular); a later sentence calls one of them by its noun,
definite ("the checkers", "the driver"), with as many people's names apposed to it as that
part of the lede counted - the reporter naming whom the lede described, whatever the
sentence's own verb tells of them. ``Ledes._named_next_many`` reads a next sentence whose
subject names the whole group at once; this reads the group named a part at a time, in any
phrase of the sentence, within the sentences a counting lede waits for its names - by "the
NOUN, X" or by any shape the report introduces a person with a noun (``_introduced_with``: a
title, "patwari X"; an apposition after the name, "X, a surveyor with the lands office"), when
the noun was given to no one else. A part after the first owned by a pronoun for it ("arrested
a patwari and his private munshi") is one more person, as "a munshi" would be. In the article's
opening sentences "the NOUN" is a part too, the reporter's first word about someone ("remanded
the manager of a cargo warehouse and a forklift operator"). Not a part the parser hung on a
part's "of" object ("the owner of [a dairy and his manager]"): that conjunct may as well be
one the deed was done to ("the killer of [a jeweller and his guard]").

A lede of one indefinite part ("Police arrested a revenue clerk ...") waits the same way for
its one (``_lede_one_named``): ``Ledes`` reads it by the next sentence's subject only, and a
report often tells the complainant's or the victim's story first and names the clerk sentences
later. Only by the closest shape, "The clerk, X," with one name: a description the report gives
a name in passing ("X, a clerk at the office", "clerk X") may be another clerk - a witness, a
colleague - where no group of parts counts how many there are.

Not a noun with an owner ("his checkers"), an "of" phrase or no article of its own ("two
checkers", another count of others), not a count other than the lede's part's ("the
checkers, X, Y and Z" for "two checkers"), and not a name the sentence gives another part
(the victim, a witness).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from corroborate.nlp.claims.description_nouns import noun_key
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.lede_acts import list_members
from corroborate.nlp.claims.lede_items import counted_item, listed_as_apposed
from corroborate.nlp.claims.ledes import LEDE_KINDS, Ledes
from corroborate.nlp.claims.one_of_theirs import one_of_theirs
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.claims.persons_written import persons_written
from corroborate.nlp.grammar import NOUN_SUBJECTS, indefinite, singular_noun
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["LedeParts"]

# How many sentences after it a lede of parts may name one of them. A long report often tells
# the victims' or the complainants' story (two or three paragraphs, quotations included)
# before it names whom the lede arrested ("arrested an embryologist and a coordinator ...
# [the couple's story] ... against embryologist X and coordinator Y ... The two were
# produced"); a part is still named only by its own noun, given to no one else, and as many
# names as the lede counted.
_WAITS = 12
# The article's opening sentences: where "the NOUN" may be someone's first description.
_OPENING = 2
# The ledes whose one "a NOUN" is the accused of the lede's own verb: an arrest, a court's
# step, a charge - not an accusation, whose noun may be whom the deed was done to.
_ONE_KINDS = frozenset({"arrest"})
# The auxiliaries of a plural subject.
_PLURAL_AUXILIARIES = frozenset({"have", "are", "were"})


class LedeParts(Ledes):
    """The parts of a plural lede named one description at a time."""

    # The plural ledes of two or more parts still waiting for some part's names: sentence,
    # draft, the parts not yet named (lemma -> count), the lede's sentence number. Set by
    # ``Reader.run``.
    parts_waiting: list[tuple[Span, Draft, dict[str, int], int, list[Named]]]
    # The ledes of one indefinite part still waiting for its name: sentence, draft, the
    # part's lemma, the lede's sentence number. Set by ``Reader.run``.
    one_waiting: list[tuple[Span, Draft, str, int]]
    # The whole group of a lede whose last part this sentence named (``_lede_parts_named``).
    parts_completed: list[Named]
    last_accused: list[Named]
    _cast_apart: Callable[[], set[str]]  # ``PartsTold``'
    all_accused: dict[str, Named]
    accused_so_far: set[str]

    def _lede_parts_named(self, sent: Span, others: set[str]) -> list[tuple[Span, Draft]]:
        """The lede claims this sentence names a part of: for each waiting lede, a draft of
        its kind with the names listed after "the NOUN," of one of its parts."""
        out: list[tuple[Span, Draft]] = []
        self.parts_completed = []
        for _, lede, parts, _, found in self.parts_waiting:
            if found:
                continue
            bound = self._parts_named_in_order(sent, lede, parts, others)
            for part, named in bound:
                self.noun_named.setdefault(part, set()).add(named.name)
            if bound:
                parts.clear()  # each part named once: "the NOUN, X" below reads none of them
        for lede_sent, lede, parts, _, found in self.parts_waiting:
            for noun in sent:
                size = parts.get(noun.lemma_.lower())
                if size is None or noun.i in self.by_token:
                    continue
                names = self._listed_after(noun, others)
                if not names and not parts.keys() & self.lex.others_words:
                    # (not a lede of "a radiologist and three others": the rest is a
                    # remainder the count readers read, never a description's bearers)
                    names = self._introduced_with(sent, noun, others)
                if len(names) != size:
                    continue
                draft = Draft(lede.kind, lede.cue, lede.outcome)
                draft.add(names, "accused")
                out.append((lede_sent, draft))
                del parts[noun.lemma_.lower()]  # each part is named once
                found += names
                if not parts:
                    self.parts_completed = list(found)
                for n in names:  # accused from now on: "charged the three" counts them
                    self.all_accused.setdefault(n.name, n)
                self.accused_so_far |= {n.name for n in names}
        return out

    def _lede_one_named(
        self, sent: Span, number: int, others: set[str]
    ) -> list[tuple[Span, Draft]]:
        """The lede claims this sentence names the one part of: "The clerk, X," (one name
        right after a definite "the NOUN," with no owner, count or "of") for a waiting lede
        of "a clerk", told at least two sentences before (the next sentence is ``Ledes``'),
        where the sentence gives X no other part (``others``) and no word sets the noun apart
        from another of its kind ("The first guard, X": ``_a_description``)."""
        out: list[tuple[Span, Draft]] = []
        for waiting in list(self.one_waiting):
            lede_sent, lede, lemma, told = waiting
            if number - told < 2:
                continue
            for noun in sent:
                if noun.lemma_.lower() != lemma or noun.i in self.by_token:
                    continue
                if not self._a_description(noun):
                    continue  # "The second guard, X": one of two, not the lede's one
                names = self._listed_after(noun, others)
                if len(names) != 1 or names[0].name in self._cast_apart():
                    continue  # (the victim, a witness told of before: never the lede's one)
                if self._introduced_anew(self._acted_on(lede.cue)[0]):
                    break  # "a clerk who saw it, X", "her clerk, X": one of two, left
                draft = Draft(lede.kind, lede.cue, lede.outcome)
                draft.add(names, "accused")
                out.append((lede_sent, draft))
                self.one_waiting.remove(waiting)  # the one is named once
                break
        return out

    def _parts_named_in_order(
        self, sent: Span, lede: Draft, parts: dict[str, int], others: set[str]
    ) -> list[tuple[str, Named]]:
        """A lede's one-person parts the report names again with the lede's own verb and
        as many people's names, in the lede's order: "Police arrested a
        shopkeeper and an agent ... Police arrested X, 52, who runs a shop, and Y, 29, on
        Saturday" - X is the shopkeeper, Y the agent, so a later "the shopkeeper" is X. The
        reporter retells the one step, naming each part where the lede described it; the
        names are only each part's bearer (``noun_named``), not accused by this reading
        (the sentence's own verb makes them so). Not a part already given a bearer, a
        count ("two guards"), nor a name another part holds here (a victim); a name's own
        description ("X, who runs a shop") does not stand in the way. Returns each part's
        noun with the name it binds (none where the sentence retells no part); the caller
        records them and takes the parts off the waiting lede."""
        if len(parts) < 2 or set(parts.values()) != {1}:
            return []
        if any(self.noun_named.get(noun) for noun in parts):
            return []
        cue = lede.cue.lemma_.lower()
        for verb in sent:
            if verb.lemma_.lower() != cue or verb.i in self.by_token:
                continue
            acted = self._acted_on(verb)
            items = [t for n in acted[:1] for t in (n, *n.conjuncts) if t.i >= n.i]
            # "arrested X, 45, and Y, 38": the parser may join the second name to the verb
            items += [c for c in verb.children if c.dep_ == "conj" and c.i in self.by_token
                      and items and c.i > items[-1].i]  # fmt: skip
            if not items or any(
                (m := self.by_token.get(t.i)) is None or m.type != "person" for t in items
            ):
                continue  # only people's names: not "them", not a firm
            names = [self._name_at(t) for t in items]
            known = [n for n in names if n is not None and n.name not in others]
            if len(known) != len(parts) or len(known) != len(items):
                continue
            if len({n.name for n in known}) != len(known):
                continue
            # the parts in the lede's order: ``_lede_parts`` inserts them as it meets them
            # along the lede's co-ordination, first conjunct first, and a dict keeps that
            # order - so the sentence's first name is the lede's first part's bearer (a part
            # ``_split_from_its_conjunct`` recovers comes last, though written first)
            return list(zip(parts, known, strict=True))
        return []

    def remember_lede_parts(self, sent: Span, number: int, drafts: list[Draft]) -> None:
        """Keep the ledes still waiting for a part's names, for a few sentences, and add
        this sentence's plural ledes of two or more parts, and its ledes of one "a NOUN"."""
        self.parts_waiting = [
            w for w in self.parts_waiting if w[2] and number - w[3] < _WAITS
        ] + [
            (sent, d, parts, number, []) for d in drafts
            if d.kind in LEDE_KINDS
            and not d.accused
            and len(parts := self._lede_parts(d, number < _OPENING)) >= 2
        ]  # fmt: skip
        # a lede of one "a NOUN" (not the opening's "the NOUN", not a count): its one
        self.one_waiting = [w for w in self.one_waiting if number - w[3] < _WAITS] + [
            (sent, d, next(iter(one)), number) for d in drafts
            if d.kind in _ONE_KINDS
            and not d.accused
            and len(one := self._lede_parts(d)) == 1
            and set(one.values()) == {1}
            and self._taken_by_its_verb(d)
        ]  # fmt: skip

    def _taken_by_its_verb(self, lede: Draft) -> bool:
        """Whether the lede's one is the object or passive subject of the lede's own verb
        ("arrested a clerk", "a pharmacist was detained") - not a noun a charge or an
        accusation tells of ("charged with killing a jeweller": the jeweller is the victim)."""
        cue = lede.cue
        acted = self._acted_on(cue)
        return (
            cue.pos_ == "VERB"
            and len(acted) == 1
            and acted[0].head.i == cue.i
            and acted[0].dep_ in ("dobj", "nsubjpass")
        )

    def follow_lede_group(self) -> None:
        """Follow the lede's whole group once its last part is named: "The checkers, X and
        Y, ... The driver, Z, was arrested ... charged the three and ordered them held" -
        "them" are the three, not the driver the sentence before named alone."""
        if self.parts_completed:
            self.last_accused = self.parts_completed

    def _lede_parts(self, lede: Draft, opening: bool = False) -> dict[str, int]:
        """The parts of the co-ordination a lede acts on, by the lemma of each part's noun:
        a counted plural its count ("two ticket checkers": 2), an indefinite singular one
        ("a tuk-tuk driver": 1). None where a part is neither (nor where two parts share a
        noun: "a driver and a driver's mate" leaves "the driver" no one part). In the
        article's opening sentences a definite singular is one too ("remanded the manager of
        a warehouse and a forklift operator", "the headmaster of a madrasa and his assistant
        were sentenced"): a reporter's first words about someone are an introduction."""
        parts: dict[str, int] = {}
        for noun in [*self._acted_on(lede.cue), *_split_from_its_conjunct(lede.cue)]:
            if noun.dep_ == "conj":
                continue
            items = [noun, *(c for c in noun.conjuncts if c.i > noun.i), *listed_as_apposed(noun)]
            # "a station manager, a tanker driver and a depot owner": a list of indefinite
            # descriptions the parser hung partly as apposition (``lede_acts.list_members``)
            items += [m for m in list_members(noun) if m not in items]
            for item in items:
                size = counted_item(item)
                if size is None and item.tag_ == "NN" and indefinite(item):
                    size = 1
                if size is None and opening and item.tag_ == "NN" and _introducing(item):
                    size = 1
                if (
                    size is None
                    and item.tag_ != "NNP"
                    and singular_noun(item)
                    and item != noun
                    and _theirs(item)
                ):
                    # "arrested a patwari and his private munshi": the part after the first
                    # owned by a pronoun for it is one more person, as "a munshi" would be
                    size = 1
                kind = one_of_theirs(item) if size is None and item != noun else None
                if kind is not None:
                    # "arrested the cashier of a society and one of its borrowers": one
                    # person of the owner's kind, named later by its noun ("borrower X")
                    size = 1
                lemma = (kind or item).lemma_.lower()
                if (
                    size is None
                    or lemma in parts
                    or any(self._names_someone(t) for t in item.subtree)
                ):
                    return {}
                # not "a judge", "a lawyer"; a holder of an office, an owner, a driver may be
                # charged (as ``Ledes._unnamed_pair`` reads them)
                if not self.lex.may_be_charged(lemma):
                    return {}
                parts[lemma] = size
        return parts

    def _listed_after(self, noun: Token, others: set[str]) -> list[Named]:
        """The people's names listed right after a definite "the NOUN," with no owner, no
        count and no "of" phrase ("The checkers, X, 31, and Y, 26, worked ..."), read along
        the words (the parser hangs such a list on the noun as apposition or as conjunct):
        names, their ages, commas and "and", up to the first other word. None where a name
        is given another part here."""
        doc = noun.doc
        marks = [c for c in noun.children if c.dep_ in ("det", "poss", "nummod")]
        if [c.lower_ for c in marks] != ["the"] or noun.i + 1 >= len(doc):
            return []
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return []
        if doc[noun.i + 1].text != ",":
            return []
        if self._part_holder_named(noun):
            return []  # "Counsel for the manager, X": X is the counsel, not the manager
        names: list[Named] = []
        i, end = noun.i + 2, noun.sent.end
        while i < end:
            t = doc[i]
            m = self.by_token.get(i)
            if m is not None and m.type == "person":
                named = self._name_at(t)
                if named is None or named.name in others:
                    return []
                if named not in names:
                    names.append(named)
                i = next((w.i for w in doc[i:end] if w.idx >= m.end), end)
            elif t.like_num or t.text == "," or t.lower_ == "and":
                i += 1  # an age, the list's commas
            else:
                break
        return names

    def _part_holder_named(self, noun: Token) -> bool:
        """Whether ``noun`` is the object of a "for" or "of" phrase on a noun of a part in a
        case (``role_nouns``: "Counsel for the manager, X", "the lawyer of the driver, X"):
        the name after it renames the part's holder, not ``noun``."""
        prep = noun.head
        owner = prep.head
        return (
            noun.dep_ == "pobj"
            and prep.dep_ == "prep"
            and prep.lower_ in ("for", "of")
            and owner.pos_ in ("NOUN", "PROPN")  # (a sentence's first "Counsel" a PROPN)
            and owner.lemma_.lower() in self.lex.role_nouns
        )

    def _introduced_with(self, sent: Span, noun: Token, others: set[str]) -> list[Named]:
        """The people this sentence introduces with the lede's part's noun, as the report
        introduces anyone with a description (``DescribedPeople._describing_noun``): the
        noun as a title ("patwari X had demanded ..."), apposed either side ("the munshi,
        X"; "X, a surveyor"). None where a name is given another part, or where anyone else
        - here or before - was introduced with the noun: a description is tied to the one
        person the report gave it, never to one of two."""
        key = noun.lemma_.lower()
        names: list[Named] = []
        for _, span in persons_written(sent, self.by_token):
            described = self._describing_noun(span)
            if not (
                described is not None
                and noun_key(described) == key
                or key in self._titles_written(span)
            ):
                continue
            if described is not None and self._part_holder_named(described):
                continue  # "Counsel for the manager, X": X is the counsel
            named = self._name_at(span.root)
            if named is None or named.name in others:
                return []
            if named not in names:
                names.append(named)
        bearers = self.noun_named.get(key, set()) | {n.name for n in names}
        return names if len(bearers) == len(names) else []


def _theirs(noun: Token) -> bool:
    """Whether ``noun``'s one determiner is a personal pronoun's possessive ("his munshi")."""
    marks = [c for c in noun.children if c.dep_ in ("det", "poss")]
    return len(marks) == 1 and marks[0].dep_ == "poss" and marks[0].lower_ in PERSONAL_PRONOUNS


def _owned_by_a_thing(noun: Token) -> bool:
    """Whether ``noun``'s one mark is a thing's possessive ("the school's principal")."""
    marks = [c for c in noun.children if c.dep_ in ("det", "poss")]
    return len(marks) == 1 and marks[0].dep_ == "poss" and marks[0].tag_ in ("NN", "NNS")


def _introducing(noun: Token) -> bool:
    """Whether ``noun`` is "the NOUN" or "the THING's NOUN" (a possessive of no person):
    in a lede, the first words of someone not yet named."""
    marks = [c for c in noun.children if c.dep_ in ("det", "poss")]
    if len(marks) == 1 and marks[0].dep_ == "det":
        return marks[0].lower_ == "the"
    return _owned_by_a_thing(noun)


def _split_from_its_conjunct(verb: Token) -> list[Token]:
    """The first part of a co-ordinated subject the parser split off as the subject of a
    participle it took for a verb: "Two checkers employed at the park and a driver have been
    charged" - "employed" made the root with "checkers" its subject, "and a driver have been
    charged" its conjunct. A singular subject with a plural auxiliary ("a driver have") is
    half of a co-ordination; the participle, with no auxiliary of its own, describes the
    other half."""
    if verb.dep_ != "conj" or verb.head.tag_ != "VBN":
        return []
    head = verb.head
    if any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return []  # "Two men were arrested and a woman has been charged": two clauses
    own = [c for c in verb.children if c.dep_ in NOUN_SUBJECTS]
    plural_aux = any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _PLURAL_AUXILIARIES for c in verb.children
    )
    if len(own) != 1 or own[0].tag_ != "NN" or not plural_aux:
        return []
    return [c for c in head.children if c.dep_ in ACTIVE_SUBJECTS and c.tag_ in ("NN", "NNS")]
