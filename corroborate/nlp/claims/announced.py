"""A counted group the report announced and has not yet named in full.

"Police arrested four people ... [three of them named, the fourth never] ... The court granted
police a custody extension for the four": a definite count ("the four", "all four arrested
accused") larger than any group the report has named stands for the people of the group it
announced by that count - an arrest or a charge of N people ("arrested four people", "Four
men have been arrested") - so far as the report has told who they are: every person it has
made accused so far, when they are fewer than the count (the rest are people the report never
names). One taken "along with N others" announces N+1 too (``announced_with_others``), but a
group told by one part is held to its count: every member known, or no one (``Counted``).
Without such an announcement a count names no group here (``Counted`` falls back to
the one followed), and never anyone the report has not accused: a victim or an official is
not a member because the count is larger than those known.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.lexicon.numbers import number_words
from corroborate.nlp.claims.flight_ties import fled_from_the_law

# Where a verb of being, staying or going holds its state ("is at large", "went into hiding").
_STATE_DEPS = frozenset({"acomp", "prep", "advmod", "attr"})

__all__ = [
    "announced_counts",
    "announced_with_others",
    "definite_count",
    "in_flight",
    "number_values",
    "out_of_reach",
]

# Where a counted noun stands as those arrested or charged: "arrested four people" (object),
# "Four men have been arrested" (passive subject).
_TAKEN_DEPS = frozenset({"dobj", "nsubjpass"})


def announced_counts(doc: Doc, before: int, lex: LegalLexicon) -> set[int]:
    """The counts of people the report, before token ``before``, told were arrested or
    charged: a noun of people (``people_nouns``, ``accused_nouns``) counted by a number, the
    object or passive subject of an arrest or charge verb."""
    verbs = {*lex.arrest_verbs, *lex.charge_verbs}
    people = lex.people_nouns | lex.accused_nouns
    found: set[int] = set()
    for noun in doc[:before]:
        if noun.dep_ not in _TAKEN_DEPS or noun.head.lemma_.lower() not in verbs:
            continue
        if noun.lemma_.lower() in people or noun.lower_ in people:
            found |= number_values([c for c in noun.children if c.dep_ == "nummod"])
    return found


def announced_with_others(doc: Doc, before: int, lex: LegalLexicon) -> set[int]:
    """The sizes of the groups the report, before token ``before``, told were arrested or
    charged as someone taken "along with N others" or "and N others": "arrested a customs
    clerk along with three others" (four), "arrested a clerk and two others" (three). Such a
    count tells of the group by one part, so it is weaker than "arrested four people": the
    caller holds it to the people it then stands for, all of them (``Counted``)."""
    verbs = {*lex.arrest_verbs, *lex.charge_verbs}
    found: set[int] = set()
    for noun in doc[:before]:
        if noun.dep_ not in _TAKEN_DEPS or noun.head.lemma_.lower() not in verbs:
            continue
        if noun.lower_ not in _OTHERS:
            found |= _with_others(noun)
    return found


# The word for the rest of a group taken with someone ("X and three others", "along with
# two others"): a count of people by itself.
_OTHERS = frozenset({"others"})


def _with_others(noun: Token) -> set[int]:
    """The size of a group taken as ``noun`` "along with N others" or "and N others". The
    "with" may hang on the verb, the noun, "along" or a participle describing the noun ("a
    clerk posted at X along with three others"), but not on a clause of its own ("a clerk
    who was seen with two others": what he did, not who was taken)."""
    named = [noun, *(c for c in noun.conjuncts if c.lower_ not in _OTHERS)]
    others = [c for c in noun.conjuncts if c.lower_ in _OTHERS]
    verb = noun.head
    for word in verb.subtree:
        if word.lower_ != "with":
            continue
        head = word.head
        while head.lower_ == "along" or (head.dep_ == "acl" and head.head == noun):
            head = head.head
        if head in (noun, verb):
            others += [o for o in word.children if o.dep_ == "pobj" and o.lower_ in _OTHERS]
    counts = [number_values([c for c in o.children if c.dep_ == "nummod"]) for o in others]
    return {len(named) + n for c in counts for n in c}


def out_of_reach(doc: Doc, before: int, lex: LegalLexicon, after: int = 0) -> set[int]:
    """The words, between tokens ``after`` and ``before``, that name someone the report says
    is out of the law's reach - no member of a group held: the subject (its apposition, its
    conjuncts) of a flight verb ("X is absconding") or of a verb of being, staying or going
    in a flight state (``in_flight``: "X, who is still at large", "Y went into hiding"), or
    of a flight the sentence ties to the case (``fled_from_the_law``: "Police said X fled")."""
    out: set[int] = set()
    for verb in doc[after:before]:
        lemma = verb.lemma_.lower()
        # (and "the SSP said the dealer, X, had fled": a flight tied to the case, ``flight_ties``)
        fled = lemma in lex.flight_verbs or in_flight(verb, lex) or fled_from_the_law(verb, lex)
        if not fled or any(c.dep_ == "neg" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "xcomp":  # "X managed to flee"
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl":  # "X, who is still at large"
            subjects.append(verb.head)
        # "The groom, X, and the father, Y, went into hiding": every conjunct fled
        for subject in [*subjects, *(c for s in subjects for c in s.conjuncts)]:
            out |= {subject.i} | {t.i for c in subject.children if c.dep_ in ("appos", "compound")
                                  for t in c.subtree}  # fmt: skip
    return out


def in_flight(verb: Token, lex: LegalLexicon) -> bool:
    """ "is still at large", "remains on the run", "remains a fugitive"; "went into
    hiding", "has gone on the run": one who goes into the state is in it."""
    lemma = verb.lemma_.lower()
    going = lemma in lex.going_verbs
    if lemma != "be" and lemma not in lex.remaining_verbs and not going:
        return False
    for c in verb.children:
        if c.dep_ not in _STATE_DEPS:
            continue
        # (a conjunction the parser hung inside the phrase is not one of its words:
        # "at large and against whom ...")
        # and the phrase ends with its object: "in hiding in the hills" is "in hiding"
        end = next((o.i for o in c.children if o.dep_ == "pobj"), c.right_edge.i)
        words = " ".join(t.lower_ for t in c.subtree
                         if t.dep_ not in ("cc", "punct") and t.i <= end)  # fmt: skip
        if going and c.lower_ == "into":
            words = "in" + words[len("into") :]  # "into hiding": then "in hiding"
        if words in lex.flight_states:
            return True
        if c.dep_ == "attr" and c.lemma_.lower() in lex.absconder_nouns:
            return True
    return False


def definite_count(token: Token, lex: LegalLexicon) -> set[int]:
    """The count of a definite group word: "the four", "all four" (a number with "the" or a
    group quantifier), "the four men", "all four arrested accused" (a counted noun with one);
    nothing for a bare count ("four men"), which may tell of others."""
    marks = lex.group_quantifiers | {"the"}
    numbers = [token] if token.pos_ == "NUM" else [c for c in token.children if c.dep_ == "nummod"]
    # (the parser hangs "All" of "All four arrested accused" on the number)
    if not any(
        c.dep_ in ("det", "predet") and c.lower_ in marks
        for t in {token, *numbers}
        for c in t.children
    ):
        return set()
    return number_values(numbers)


def number_values(numbers: list[Token]) -> set[int]:
    """The values of number words or digits ("four", "4"); other tokens have none."""
    words = number_words().values
    out = {words[t.lower_] for t in numbers if t.lower_ in words}
    return out | {int(t.text) for t in numbers if t.lower_ not in words and t.text.isdigit()}
