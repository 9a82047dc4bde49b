"""Where the grammar says a name is a person's, whatever NER typed it.

NER types many names it has seen little of - South Asian, African, Arabic, Chinese - as a
place or an organisation ("the court sentenced Emeka Nwosu" with "Nwosu" a GPE), and the
accused is then lost. Some positions hold only people:

- the object of a verb that only a person undergoes, or its passive subject ("acquitted X",
  "X was arrested"; ``legal.person_object_verbs``; not "captured X", which may be a city),
  and the subject of one only a person does ("X confessed"), with the names co-ordinated
  with such a name ("arrested X and Y");
- the owner of a noun of what only a person is given by a court ("against the acquittal of
  X and Y", "the remand of X": ``_owns_an_outcome``), and whom a verb admits to bail
  ("admitted X to bail");
- a name with an age in apposition ("X, 34, was ...");
- a name opening with a first name the name library knows that a relative clause with
  "who" follows ("X, who remains at large");
- a name with a noun that tells a sex in apposition ("X, the wife of Y", "X, son of Y";
  ``name_words.gendered_words``), or a personal title right before it ("Mr X");
- a name opening with a first name the name library knows, apposed to a description of a
  person - a singular common noun with an article or an owner that the lexicon knows for a
  person or that ends as a trade's noun does ("a loader, X", "X, the night watchman", "his
  cook, X"): a report describes a person so, and ties the later "the loader" to the name;
  never a noun of a body, a firm or a place ("the firm, X", "X, a hotel on Y Road").

The verb positions are read for a name NER typed a place or a people; for one it typed an
organisation only the arrest, and only where the name opens with a first name the name
library knows ("police arrested Femi Ajayi"): an organisation is charged, convicted and
fined as well as a person ("Acme was charged"). The age, the apposed noun, the title and
an identifying verb's "as" that tells who a person is ("identified them as X and Y";
``identified_names``) hold for every label. A plural ("two Afghans were arrested") names a
group, never one person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.lexicon.first_names import is_first_name
from corroborate.lexicon.legal import legal
from corroborate.lexicon.name_words import name_words
from corroborate.nlp.mentions.identified_names import identified_as_a_person

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["a_persons_word", "in_a_persons_place"]

# NER's labels for a place or a people, which are never the object of "arrested".
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
# The nouns of bodies, firms and places: a name apposed to one is no person it describes
# ("the company, X", "a militant group, X").
_NOT_A_PERSONS_NOUN = (
    name_words().organisation_heads
    | name_words().place_heads
    | legal().body_nouns
    | legal().company_nouns
)
# The nouns the lexicon knows for people by a part, a role, a tie or kin; with a trade's
# ending ("loader", "watchman": ``person_noun_endings``), a description of a person.
_PERSONS_NOUNS = (
    frozenset(legal().role_nouns)
    | legal().people_nouns
    | legal().accused_nouns
    | legal().companion_nouns
    | legal().owner_nouns
    | name_words().roles
    | name_words().tie_nouns
    | frozenset(name_words().gendered_words)
)
# The determiners of a description apposed to a name: "a loader, X", "X, the watchman".
_DESCRIPTION_DETERMINERS = frozenset({"a", "an", "the"})
# The oldest age a report gives a living accused, and the youngest: a number in apposition
# outside these is a count, a year or a section ("Section 302, 34, ...").
_AGES = range(10, 111)


def in_a_persons_place(span: Span) -> bool:
    """Whether the grammar around ``span`` (a name NER typed otherwise) says a person."""
    if not all(t.pos_ == "PROPN" or _joining_hyphen(t) for t in span):
        return False
    if span.root.tag_ == "NNPS":
        return False
    if any(c.dep_ == "det" for c in span.root.children):
        return False  # "the American and her friend were convicted": a name takes no article
    if span.label_ == "NORP" and len(span) < 2:
        return False  # one word NER calls a people is a nationality ("Afghan", "American")
    if _titled(span) or _aged(span) or _sexed_apposition(span.root):
        return True
    if _accused_apposition(span.root) or _undergoes_as_participle(span.root):
        return True
    if identified_as_a_person(span, a_persons_word):
        return True  # "police identified them as X and Y", "a man identified as X"
    if len(span) >= 2 and is_first_name(span[0].text) and _who_clause(span.root):
        return True
    if 2 <= len(span) <= 4 and is_first_name(span[0].text) and _described(span.root):
        return True
    if span.label_ in _PLACE_LABELS:
        # bail is a person's, and a two-word name opening with a first name no town's
        given = len(span) >= 2 and is_first_name(span[0].text)
        return (
            _in_a_persons_slot(span.root)
            or _owns_an_outcome(span.root)
            or given and _granted_bail(span)
        )  # fmt: skip
    # an organisation is charged and convicted, never arrested, remanded or acquitted by a
    # noun of its own ("the acquittal of X"); and only a name that opens with a first name
    # ("Femi Ajayi", not "Abu Sayyaf" whose verbs are a group's)
    return (
        span.label_ == "ORG"
        and len(span) >= 2
        and is_first_name(span[0].text)
        and (
            _in_a_persons_slot(span.root, arrest_only=True)
            or _owns_an_outcome(span.root)
            or _granted_bail(span)
        )
    )


def _joining_hyphen(token: Token) -> bool:
    """A hyphen inside a double-barrelled name ("Vasquez-Ruiz"), which the tokenizer splits
    off: no space on either side of it."""
    doc = token.doc
    return (
        token.text == "-" and not token.whitespace_ and token.i > 0
        and not doc[token.i - 1].whitespace_
    )  # fmt: skip


def _in_a_persons_slot(root: Token, arrest_only: bool = False) -> bool:
    """The object or passive subject of a verb only a person undergoes (``arrest_only``: of
    an arrest), the subject of one only a person does; the first of co-ordinated names
    stands for all."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    verb = root.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if root.dep_ in ("dobj", "nsubjpass"):
        arrest = lemma in legal().arrest_verbs or not arrest_only
        return arrest and lemma in legal().person_object_verbs
    if root.dep_ == "nsubj":
        return lemma in legal().person_subject_verbs and not arrest_only
    return False


def _owns_an_outcome(root: Token) -> bool:
    """The owner of a noun of what only a person is given by a court: "the acquittal of X",
    "against the acquittal of X and Y", "the remand of X", "X's remand" - the "of" object or
    the possessive of an acquittal or remand noun (the first of co-ordinated names stands for
    all). Not a bail noun: "bond" and "surety" are a state's or a firm's paper too."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        noun = root.head.head
    elif root.dep_ == "poss":
        noun = root.head
    else:
        return False
    lex, lemma = legal(), noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in lex.acquittal_nouns or lemma in lex.remand_nouns)


def _granted_bail(span: Span) -> bool:
    """Whom a verb gives bail ("the judge granted X bail", "refused X bail", "granted bail to
    X"), the name its indirect object (or the object of its "to") or, as the parser often
    reads it, a compound of the bail noun it governs: only a person is given bail, never a
    firm."""
    root = span.root
    bail_nouns = legal().bail_nouns
    if root.dep_ == "dative":
        verb = root.head
        return any(c.i > root.i and c.lemma_.lower() in bail_nouns for c in verb.children)
    if root.dep_ == "pobj" and root.head.dep_ == "dative" and root.head.lower_ == "to":
        # "granted regular bail to X": the bail noun the verb's object, before "to"
        verb = root.head.head
        return any(c.dep_ == "dobj" and c.lemma_.lower() in bail_nouns for c in verb.children)
    head = root.head
    if root.dep_ == "dobj" and head.lemma_.lower() in legal().bail_admitting_verbs:
        # "admitted X to bail against surety bonds": the bail noun the object of its "to",
        # or, as the parser often reads it, an infinitive "to bail" on the verb
        return any(
            (c.dep_ == "prep" and c.lower_ == "to"
             and any(o.dep_ == "pobj" and o.lemma_.lower() in bail_nouns for o in c.children))
            or (c.dep_ == "xcomp" and c.lower_ in bail_nouns)
            for c in head.children
        )  # fmt: skip
    return (
        root.dep_ == "compound"
        and head.i == span.end
        and head.lemma_.lower() in bail_nouns
        and head.dep_ in ("dobj", "ccomp")
        and head.head.pos_ == "VERB"
    )


def _who_clause(root: Token) -> bool:
    """A relative clause on the name that "who", "whom" or "whose" opens ("the agent,
    identified as X, who remains at large"): English asks "which" of a place or a firm. A
    team is a "who" too ("New Zealand, who won"), hence the first name the caller asks for."""
    for c in root.children:
        if c.dep_ == "relcl" and c.i > root.i:
            opener = c.left_edge
            if opener.lower_ in ("who", "whom", "whose"):
                return True
    return False


def _titled(span: Span) -> bool:
    """A personal title right before the name: "Mr X", "Dr X"."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1].lower_.strip(".")
    return before in name_words().personal_titles


def _aged(span: Span) -> bool:
    """An age in apposition right after the name: "X, 34, was arrested"."""
    doc = span.doc
    after = doc[span.end : span.end + 4]
    if len(after) < 3 or after[0].text != "," or after[2].text != ",":
        return False
    age = after[1].text
    next_is_number = len(after) > 3 and after[3].like_num
    return age.isdigit() and int(age) in _AGES and not next_is_number


def _sexed_apposition(root: Token) -> bool:
    """A noun that tells a sex in apposition to the name: "X, son of Y", "X, the wife of Y"."""
    gendered = name_words().gendered_words
    return any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in gendered for c in root.children
    )


def _described(root: Token) -> bool:
    """A description in apposition to the name, before it ("a loader, X", "his cook, X") or
    after it ("X, a loader"): a singular common noun in lower case with an article or an
    owner, no noun of a body, a firm or a place (``_NOT_A_PERSONS_NOUN``)."""
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    if root.dep_ == "appos" and root.head.i < root.i:
        nouns.append(root.head)
    for noun in nouns:
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not noun.is_lower:
            continue
        if not _a_persons_noun(noun):
            continue
        marked = any(_a_descriptions_mark(c) for c in noun.children)
        # the comma between the two: "a loader, X" (not "the loader X", a title read apart)
        between = noun.doc[min(noun.i, root.i) : max(noun.i, root.i)]
        if marked and any(t.text == "," for t in between):
            return True
    return False


def _a_persons_noun(noun: Token) -> bool:
    """A noun the lexicon knows for a person, or one with a trade's ending ("loader",
    "watchman"); never one of a body, a firm or a place ("a company", "a hotel" has no such
    ending; "a tanker" is never apposed to a person's name), by its lemma or as written."""
    return noun.lower_ not in _NOT_A_PERSONS_NOUN and a_persons_word(noun.lemma_.lower())


def a_persons_word(word: str) -> bool:
    """``_a_persons_noun`` over a word (lower case) rather than a parsed token: for a tool that
    reads text without a parse (``benchmarks/cross_report_ties.py``)."""
    if word in _NOT_A_PERSONS_NOUN:
        return False
    return word in _PERSONS_NOUNS or word.endswith(name_words().person_noun_endings)


def _a_descriptions_mark(word: Token) -> bool:
    """An article ("a loader", "the watchman") or an owner's pronoun ("his cook")."""
    if word.dep_ == "det":
        return word.lower_ in _DESCRIPTION_DETERMINERS
    return word.dep_ == "poss" and word.pos_ == "PRON"


def _accused_apposition(root: Token) -> bool:
    """A noun for an accused person in apposition to the name: "X, a suspect held by the
    CTD, ...", "X, the prime accused, ..." - a group is "a militant group", never "a suspect"."""
    nouns = legal().accused_nouns
    if any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in nouns and c.tag_ == "NN"
        for c in root.children
    ):
        return True
    # "sentenced his accomplice, X, to three years": the name after the noun and a comma,
    # however the parser hung it (an adverb of the verb)
    doc, first = root.doc, root.left_edge
    if first.i < 2 or doc[first.i - 1].text != ",":
        return False
    noun = doc[first.i - 2]
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.lemma_.lower() in nouns


def _undergoes_as_participle(root: Token) -> bool:
    """A participle on the name of what only a person undergoes: "X, arrested for the murder
    of ..., confessed" (``person_object_verbs``)."""
    verbs = legal().person_object_verbs
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs for c in root.children
    )
