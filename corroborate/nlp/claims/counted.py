"""Counted groups: a number or a count that stands for people the report has told of.

"All three pleaded not guilty", "the two were remanded", "the three accused", "both men": the
group of that size - the accused the report follows, else the last group named together, else
everyone accused so far. "the other two", "the remaining accused": a group besides those, never
resolved to them (``_others``); "sent the other two to judicial custody": the group less those
the sentence names (``_the_others``); "the two men" after a woman was charged with them: those
of the group the report has not told of the other sex (``_of_one_sex``). ``FullNames``, and so
``Naming``, build on it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.lexicon.name_words import name_words
from corroborate.nlp.antecedents import full_name_gender
from corroborate.nlp.claims.announced import (
    announced_counts,
    announced_with_others,
    definite_count,
    number_values,
    out_of_reach,
)
from corroborate.nlp.claims.announced_parts import announced_by_parts
from corroborate.nlp.claims.draft import Named
from corroborate.records import Mention

__all__ = ["PARTY_DEPS", "Counted", "counted_anew", "counted_several", "counts_of", "distinct"]

# The sex a noun of people at large tells of those it counts ("men": "Masc").
_SEXED = name_words().sexed_people
# Where a word stands as a party of a verb (its subject, object or recipient).
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj"})


class Counted:
    """The group a count of people stands for; the state is ``Naming``'s."""

    doc: Doc
    lex: LegalLexicon
    by_token: dict[int, Mention]
    last_accused: list[Named]
    last_group: list[Named]
    all_accused: dict[str, Named]
    undergone: dict[str, set[str]]  # an outcome ("arrested", "convicted") -> who underwent it
    released: set[str]  # the arrested let go since ("detained X but released him")
    accused_so_far: set[str]  # everyone any claim has made accused so far
    stepped_together: list[list[Named]]  # each group one sentence's step took, in order
    _is_person: Callable[[Named], bool]  # ``FullNames``': not a name typed a firm or place

    def _counts_the_followed(self, noun: Token) -> bool:
        """ "the three men had confessed" after three were named: a definite plural of people
        (``people_nouns``) whose count is the size of the group the report follows, else of
        a group a bare count would stand for (``_group_of_size``)."""
        people = self.lex.people_nouns
        if noun.lemma_.lower() not in people and noun.lower_ not in people:
            return False
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return False
        size = len(distinct(self.last_accused or self.last_group))
        if size >= 2 and size in _counts(noun):
            return True
        # "X was arrested on Friday. Y was picked up the same day ... a custody extension
        # for the two men": the group of that size a bare "the two" would stand for (all
        # accused so far, or those who underwent one step), not only the one followed
        return bool(self._group_of_size(_counts(noun)))

    def _all_of_the_count(self, number: Token) -> list[Named]:
        """ "All three pleaded not guilty", "the two were remanded": a bare number, with
        "all" or "the", standing as a party - the group it counts: the accused the report
        follows, else the last group named together, else everyone accused so far ("X, Y
        and Z were charged ... X was extradited ... All three pleaded not guilty")."""
        if number.pos_ != "NUM" or number.dep_ not in PARTY_DEPS:
            return []
        marks = self.lex.group_quantifiers | {"the"}
        if not any(c.dep_ in ("det", "predet") and c.lower_ in marks for c in number.children):
            return []
        found = self._group_a_count_takes(number_values([number]), number)
        return found or self._those_who(number) or self._stepped_count(number)

    def _those_who(self, number: Token) -> list[Named]:
        """ "All five have been booked ... The four arrested were remanded": a number with a
        participle of what was done to them stands for those of the group it was done to -
        the accused the report follows, else the last group named together, else everyone
        accused so far - when as many underwent it as it counts."""
        participles = [c for c in number.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        return self._underwent(participles, number_values([number]))

    def _underwent(self, participles: list[Token], counts: set[int]) -> list[Named]:
        """Those of the group followed, the last named together or everyone accused so far
        who underwent what the participles tell ("convicted", "arrested"), when as many
        underwent it as are counted and fewer than the whole group."""
        lex = self.lex
        outcomes = {
            words[c.lemma_.lower()] for c in participles
            for words in (lex.arrest_verbs, lex.ruling_verbs, lex.charge_verbs)
            if c.lemma_.lower() in words
        }  # fmt: skip
        for group in map(distinct, (self.last_accused, self.last_group, self.all_accused.values())):
            for outcome in outcomes:
                those = [n for n in group if n.name in self.undergone.get(outcome, set())]
                if outcome == "arrested":  # "the three arrested men": those still held
                    those = [n for n in those if n.name not in self.released]
                if 2 <= len(those) < len(group) and len(those) in counts:
                    return those
        return []

    def _counted_by_step(self, noun: Token) -> list[Named]:
        """ "the three arrested men were sent to judicial custody", "both arrested men": a
        definite plural of people (``people_nouns``) counted and told by the step they
        underwent - those of the group who underwent it and were not let go since
        (``_underwent``), when as many did as it counts."""
        people = self.lex.people_nouns
        if noun.lemma_.lower() not in people and noun.lower_ not in people:
            return []
        marks = self.lex.group_quantifiers | {"the"}
        if not any(c.dep_ in ("det", "predet") and c.lower_ in marks for c in noun.children):
            return []
        told = [c for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBN"]
        return self._underwent(told, _counts(noun)) if told else []

    def _counted_group(self, noun: Token) -> list[Named]:
        """ "the three accused": the group of that size - the accused the report follows,
        else the last group named together, else everyone accused so far - and not the one
        last ruled on ("grants bail to X ... frames charges against the three accused");
        "both men", "Both" count two (``counting_quantifiers``); "both convicted men" those of
        the group who were convicted (``_underwent``)."""
        counting = self.lex.counting_quantifiers
        words = [noun, *(c for c in noun.children if c.dep_ in ("det", "predet", "preconj"))]
        sizes = {counting[w.lower_] for w in words if w.lower_ in counting}
        # "Both convicted men" after two were convicted and a third acquitted: those of
        # the group whom the participle's outcome befell
        told = [c for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBN"]
        sizes |= _counts(noun)
        found = self._underwent(told, sizes) or self._group_a_count_takes(sizes, noun)
        return found or self._of_one_sex(noun) or self._stepped_count(noun)

    def _of_one_sex(self, noun: Token) -> list[Named]:
        """ "X, Y and Z (a woman) were charged ... The two men were remanded": a noun of
        people that tells a sex (``sexed_people``: "men", "women"), counted, stands for those
        of a group (the one followed, the last named together, everyone accused so far) the
        report has not told of the other sex - when it has told of some, and as many are
        left as it counts. The count alone fits no group: the sex says which of them."""
        sex = _SEXED.get(noun.lemma_.lower())
        if sex is None or noun.tag_ != "NNS":
            return []
        counting = self.lex.counting_quantifiers
        marks = [c.lower_ for c in noun.children if c.dep_ in ("det", "predet")]
        if not {"the", *self.lex.group_quantifiers} & set(marks):
            return []  # "two men were seen running": others, not a group the report named
        sizes = _counts(noun) | {counting[w] for w in marks if w in counting}
        groups = (self.last_accused, self.last_group, self.all_accused.values())
        for group in map(distinct, groups):
            kept = [n for n in group if full_name_gender(n.name) in (None, sex)]
            if len(group) > len(kept) >= 2 and len(kept) in sizes:
                return kept
        return []

    def _group_of_size(self, sizes: set[int]) -> list[Named]:
        """The first group of two or more whose size is counted: the accused the report
        follows, the last group named together, everyone accused so far; else those of
        them who underwent one step ("A case named W, X, Y and Z ... X was taken into
        custody ... Y was arrested ... remanded both men": the two arrested)."""
        return self._group_a_count_takes(sizes, None)

    def _group_a_count_takes(self, sizes: set[int], count: Token | None) -> list[Named]:
        """``_group_of_size`` for the count word ``count``: one a step of the held takes
        (``_at_large_for``) passes over a group with one at large."""
        away = self._at_large_for(count) if count is not None else set()
        everyone = list(self.all_accused.values())
        # (those arrested and let go are no longer a group of the arrested)
        let_go = self.released
        # the steps a court or the police took (arrested, charged, remanded) before the
        # claims of no step ("" - an accusation, a confession): "Police arrested A ... F.
        # ... sitting next to one of the accused, G ... custody extension for all six" is
        # the six arrested, not the six some claim of no step made accused
        steps = sorted(self.undergone.items(), key=lambda item: item[0] == "")
        stepped = [
            [n for n in everyone if n.name in names - (let_go if step == "arrested" else set())]
            for step, names in steps
        ]
        groups = [self.last_accused, self.last_group, everyone, *stepped]
        found = self._first_fitting(groups, sizes, away, least=2)
        return found or self._unfollowed_of_a_step(steps, sizes, away, count)

    def _unfollowed_of_a_step(
        self,
        steps: list[tuple[str, set[str]]],
        sizes: set[int],
        away: set[str],
        count: Token | None,
    ) -> list[Named]:
        """ "Two police officers were charged ... Constable X and Corporal Y appeared before
        the judge, where they denied murdering Z ... ordered that the two be remanded": those
        one step (or a claim of no step, last) made accused whom the report never came to
        follow - it followed "police officers", the group the charge took - when none of the
        groups followed fits the count. At the count's words (``_at_count``), as
        ``_known_of_count`` places the known; none where no count word stands for them."""
        if count is None:
            return []
        followed = set(self.all_accused) | self.released
        groups = [_at_count(sorted(names - followed), count) for _, names in steps]
        return self._first_fitting(groups, sizes, away, least=2)

    def _first_fitting(
        self, groups: list[list[Named]], sizes: set[int], away: set[str], least: int = 0
    ) -> list[Named]:
        """The first of ``groups`` a count of ``sizes`` fits (at least ``least`` members, none
        of them ``away``): every group as read first, then their people (``_people_of``), so
        that a group the count fits as read is never cut; [] where none fits. A group is
        sized by the people in it: one named twice by one step ("set aside his sentence and
        acquitted him") is one, never a pair a "both men" fits."""
        groups = [distinct(g) for g in groups]
        for members in (*groups, *map(self._people_of, groups)):
            if len(members) >= least and len(members) in sizes:
                if not away & {n.name for n in members}:
                    return members
        return []

    def _people_of(self, group: list[Named]) -> list[Named]:
        """The people of a group a count of people is sized against: "Those arrested were
        A, B, C and D, a BCom student who gave his account and SIM to the gang ... The four
        were remanded", where the reader took "BCom" and "SIM" for members too - the group
        less a name that is a word of another member's description (``_describes_another``)
        and the names the report typed a firm, a place or a thing (``_is_person``). Asked
        only after no group fits the count as read, so that a group it fits is never cut;
        nothing where no member is left out."""
        heads = [self._head_of(n) for n in group]
        people = [
            n for n, head in zip(group, heads, strict=True)
            if self._is_person(n) and not _describes_another(head, heads)
        ]  # fmt: skip
        return people if len(people) < len(group) else []

    def _head_of(self, named: Named) -> Token | None:
        """The head word of the span a member was named by, if it maps to a span."""
        span = self.doc.char_span(named.start, named.end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _stepped_count(self, token: Token) -> list[Named]:
        """ "Police arrested X, Y and Z ... A fourth suspect, W, was arrested later ... The
        court remanded the three": a definite count standing as a party ("the three", "all
        four", a lone "both", "the two men") that no group the report follows fits (the one
        followed is W, everyone accused four) stands for the last group of its size one
        sentence's ruling, charge or arrest took together - none of them let go since, nor at
        large where a verb of the held takes the count. Asked after every other reading of
        the count by a group of its size, before the one followed is taken for it."""
        sizes = self._definite_count(token)
        if not sizes or len(distinct(self.last_accused)) in sizes or self._others(token):
            return []
        away = self._at_large_for(token) | self.released
        return self._first_fitting(list(reversed(self.stepped_together)), sizes, away)

    def _definite_count(self, token: Token) -> set[int]:
        """How many a definite count of people standing as a party counts: a bare number
        with "the" or "all" ("the three", "all four"), a lone counting quantifier ("both"),
        or a noun of people or of the accused so counted ("the two men", "both suspects");
        nothing for a count that introduces people ("three men were seen")."""
        lex = self.lex
        counting = lex.counting_quantifiers
        if token.dep_ not in PARTY_DEPS:
            return set()
        marks = {c.lower_ for c in token.children if c.dep_ in ("det", "predet", "preconj")}
        if token.pos_ == "NUM":
            return number_values([token]) if marks & (lex.group_quantifiers | {"the"}) else set()
        if token.lower_ in counting and token.pos_ in ("PRON", "DET"):
            return {counting[token.lower_]}
        nouns = lex.people_nouns | lex.accused_nouns
        if token.lemma_.lower() not in nouns and token.lower_ not in nouns:
            return set()
        if not marks & ({"the"} | lex.group_quantifiers | counting.keys()):
            return set()
        return _counts(token) | {counting[m] for m in marks if m in counting}

    def _at_large_for(self, count: Token) -> set[str]:
        """ "The arrested are X and Y. The groom and the father went into hiding ... Both
        were produced before the court, which sent them to jail": a count that a verb of
        the held (``held_party_verbs``: produced, remanded, sent to jail) takes as its
        patient - never its doer - cannot be those the report put out of reach
        (``out_of_reach``: "went into hiding", "who is still at large") since the last
        arrest it tells; their names, so that a group they are in is passed over."""
        word = count
        while word.pos_ not in ("VERB", "AUX") and word.head != word:
            word = word.head
        if word.lemma_.lower() not in self.lex.held_party_verbs:
            return set()
        below = next((t for t in (count, *count.ancestors) if t.head == word), word)
        if below == word or below.dep_ in ("nsubj", "agent", "csubj"):
            return set()
        # (a flight told before the last arrest the report tells may have ended in it:
        # "X and Y went into hiding. Police arrested both on Friday. Both were produced")
        start = count.sent.start
        arrests = [t.i for t in self.doc[:start] if t.lemma_.lower() in self.lex.arrest_verbs]
        reach = out_of_reach(self.doc, start, self.lex, after=max(arrests, default=0))
        return {self.by_token[i].name for i in reach if i in self.by_token}

    def _known_of_count(self, token: Token) -> list[Named]:
        """ "granted police a custody extension for the four", "All four arrested accused
        were sent to police custody", where the report announced four arrested but named
        three: the people it has made accused so far (persons, not let go), when two or more
        and no more than the count - the members of the announced group it has told of
        (``announced``). A group announced by one part ("arrested a customs inspector along
        with three others") is held to the count: as many known as it counts, or no one.
        Asked after every group of the count's size failed."""
        sizes = definite_count(token, self.lex)
        if not sizes:
            return []
        # "arrested a clerk along with three others ... keep the four in custody": a count
        # told by one part stands only for as many people as it counts, every one of them
        # known (fewer known is a group the reader may have misread: no one)
        exact = False
        start = token.sent.start
        if not sizes & announced_counts(self.doc, start, self.lex):
            # "arrested a broker, an officer and two nationals ... all four": a group told
            # by its parts is held to its count, as one told by one part is
            told = announced_with_others(self.doc, start, self.lex)
            if not sizes & (told | announced_by_parts(self.doc, start, self.lex)):
                return []
            exact = True
        # persons, and any name arrested (an arrest takes people: "Binod Prasad Kalwar"
        # typed a firm), in the order the report first named them
        arrested = self.undergone.get("arrested", set())
        # not one at large ("X is absconding"), nor a second name of one counted
        away = {self.by_token[i].name for i in out_of_reach(self.doc, token.sent.start, self.lex)
                if i in self.by_token}  # fmt: skip
        aliases = {m.alias for m in self.by_token.values() if m.alias}
        first: dict[str, int] = {}
        for i, m in sorted(self.by_token.items()):
            if m.name in self.accused_so_far - away - aliases and i < token.i:
                if m.type == "person" or m.name in arrested:
                    first.setdefault(m.name, i)
        known = [name for name in sorted(first, key=first.__getitem__) if name not in self.released]
        if not 2 <= len(known) <= max(sizes) or exact and len(known) not in sizes:
            return []
        return _at_count(known, token)

    def _others(self, noun: Token) -> bool:
        """ "the other suspects", "the remaining accused": a group besides the accused the
        report has followed, never resolved to them."""
        return any(c.dep_ == "amod" and c.lower_ in self.lex.others_words for c in noun.children)

    def _the_others(self, number: Token) -> list[Named]:
        """ "granted bail to X and sent the other two to judicial custody": a bare number
        with "the" and "other" or "remaining" (``others_words``) standing as a party - the
        group the report follows, the last named together or everyone accused so far,
        less those this sentence (else the one before) names, when as many are left as it
        counts."""
        if number.pos_ != "NUM" or number.dep_ not in PARTY_DEPS or not self._others(number):
            return []
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in number.children):
            return []
        sent = number.sent
        before = self.doc[sent.start - 1].sent if sent.start > 0 else sent
        counts = number_values([number])
        everyone = self.all_accused.values()
        groups = [distinct(g) for g in (self.last_accused, self.last_group, everyone)]
        # those this sentence names, else those the sentence before names ("The court
        # granted bail to X. It rejected the bail pleas of the other two.")
        for told in (sent, before):
            here = {m.name for t in told if (m := self.by_token.get(t.i)) is not None}
            for group in groups:
                rest = [n for n in group if n.name not in here]
                if len(rest) < len(group) and len(rest) in counts:
                    end = number.idx + len(number.text)
                    return [Named(n.name, number.idx, end, n.members) for n in rest]
        return []


def _describes_another(head: Token | None, heads: list[Token | None]) -> bool:
    """Whether a member's head word is a word of another member's description: a name
    that modifies a common noun ("D, a BCom student": "BCom", a compound of "student")
    inside another member's phrase - never a name co-ordinated or apposed to one."""
    if head is None or head.dep_ != "compound" or head.head.pos_ != "NOUN":
        return False
    return any(
        other is not None and other.i != head.i and other.sent == head.sent
        and head in other.subtree
        for other in heads
    )  # fmt: skip


def _at_count(names: Iterable[str], count: Token) -> list[Named]:
    """People a count word stands for, placed at its words ("the four"): they are named
    nowhere else in the sentence."""
    end = count.idx + len(count.text)
    return [Named(name, count.idx, end, None) for name in names]


def distinct(group: Iterable[Named]) -> list[Named]:
    """The people of a group, each once, as a count is sized against them: a step that names
    one person twice ("set aside his sentence and acquitted him", "convicted X and sentenced
    him") leaves the report following one person, not two."""
    people: dict[str, Named] = {}
    for n in group:
        people.setdefault(n.name, n)
    return list(people.values())


def counted_several(noun: Token) -> bool:
    """Whether a noun is counted as two or more ("the two accused", "the 3 accused")."""
    return any(value >= 2 for value in _counts(noun))


def counted_anew(noun: Token, followed: int) -> bool:
    """Whether a counted plural with no determiner tells of people new to the report ("the
    police apprehended three suspected dacoits" after two others were named): a bare count of
    another size than the group followed introduces its own, never that group ("the three
    suspects", "both suspects" and a count of the followed group's size may stand for it)."""
    if any(c.dep_ in ("det", "predet", "poss") for c in noun.children):
        return False
    counts = _counts(noun)
    return bool(counts) and followed not in counts


def counts_of(noun: Token) -> set[int]:
    """The numbers that count ``noun`` ("the two attendants": 2)."""
    return _counts(noun)


def _counts(noun: Token) -> set[int]:
    """The numbers that count ``noun`` ("the three men", "the 3 accused")."""
    return number_values([c for c in noun.children if c.dep_ == "nummod"])
