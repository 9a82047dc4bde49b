"""Who a source is, inside one document: "He", "Mr Siddiqui", "the suspect" -> a name.

There is no coreference model that installs offline, so this is a small,
explainable resolver over the document's named people and organisations:

- a full name stands for itself ("Umair Siddiqui");
- a surname or title + surname ("Siddiqui", "Mr Siddiqui") stands for the one
  full name in the document that ends with it, when exactly one does;
- a personal pronoun stands for the person most recently in the subject role,
  else the person most recently named (subjects carry discourse focus), of a sex that
  agrees with it where the text tells one ("Mrs X"); for no one where that person is
  named only as the owner of a noun for another ("X's campaign manager says he ...") or
  shares the subject with another ("X and Y met. Police say he ...") (``nlp.antecedents``);
  a subject
  pronoun after a description of someone else since that name ("Trump tweeted that the
  killer shouted as he fired") stands for the description, which names no one;
- a role noun ("the suspect", "the accused") stands for the person the
  document is about: the first one named with such a role nearby, else the
  most recently focused person;
- a relative pronoun ("who") stands for the noun it attaches to;
- anything else ("the MQM Chief") stays as written.

The person in focus a pronoun or a role noun stands for is ``speaker_focus``'s
(``SpeakerFocus``, a base of the resolver), the words and name helpers both read
``speaker_names``' (split out at the 600-line limit, branch spl79).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.lexicon.name_words import name_words
from corroborate.nlp import names
from corroborate.nlp.antecedents import apposes_the_accused
from corroborate.nlp.docindex import DocIndex
from corroborate.nlp.grammar import NOUN_SUBJECTS
from corroborate.nlp.speaker_focus import SpeakerFocus
from corroborate.nlp.speaker_names import (
    NO_PERSON,
    PERSONAL_PRONOUNS,
    ROLE_NOUNS,
    TITLES,
    after_kinship_marker,
    lower_words,
    proper_words,
    spans_overlap,
    titled_names,
)
from corroborate.nlp.statement_owner import statement_maker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# The personal pronouns, role nouns and titles are ``speaker_names``' (split out, branch
# spl79), importable here as they were.
__all__ = [
    "ALIAS_MARKERS",
    "FIRST_PERSON_OWNERS",
    "ONE_PERSON_PRONOUNS",
    "PERSONAL_PRONOUNS",
    "ROLE_NOUNS",
    "SpeakerResolver",
]

# The third-person singular pronouns, which stand for one person of one sex.
ONE_PERSON_PRONOUNS = frozenset({"he", "his", "him", "she", "her"})
# The speaker's own possessives: "my client", "our son" - whose owner is the one who speaks.
FIRST_PERSON_OWNERS = frozenset({"my", "our"})
# The markers that join a name to an alias ("X alias Y"): the lexicon's.
ALIAS_MARKERS = name_words().alias_markers


class SpeakerResolver(SpeakerFocus):
    """Resolves source and target phrases to names, scanning one document in order."""

    def __init__(self, doc: Doc, index: DocIndex | None = None) -> None:
        self.doc = doc
        self.index = index or DocIndex(doc)
        self._text: str | None = None  # doc.text, built once when first needed
        people = [e for e in self.index.ents if e.label_ == "PERSON"]
        # A title before proper nouns marks a person even where NER missed one
        # ("Col Tahir Mehmood of Sindh Rangers" tagged ORG).
        titled = [t for t in titled_names(doc) if not any(spans_overlap(t, p) for p in people)]
        people = sorted(people + titled, key=lambda span: span.start)
        # "X s/o Y": Y is named to say whose son X is, never whom a pronoun or "the suspect"
        # stands for
        people = [p for p in people if not after_kinship_marker(doc.text, p.start_char)]
        surnames = {proper_words(e)[-1].lower() for e in people if proper_words(e)}
        # Full names: names of two or more proper nouns, less titles and role words
        # ("Gangster Uzair Baloch"). The small parser's NER sometimes calls a full
        # name an ORG ("MQM worker Umair Siddiqui"): such a name counts when its
        # surname is used for a PERSON elsewhere in the document.
        self.full_names: list[str] = []
        self._first_written: dict[str, int] = {}  # where each full name is first written
        for ent in [*self.index.ents, *titled]:
            words = proper_words(ent)
            if len(words) < 2 or ent.label_ not in ("PERSON", "ORG"):
                continue
            if ent.label_ == "ORG" and words[-1].lower() not in surnames:
                continue
            name = " ".join(words)
            # Proper "words" can be bare symbols ("- -"): such a name has nothing to match on.
            if len(lower_words(name)) >= 2 and name not in self.full_names:
                self.full_names.append(name)
            first = self._first_written.get(name)
            self._first_written[name] = ent.start if first is None else min(first, ent.start)
        self._people = people
        self._genders: dict[str, str] | None = None  # a person's sex by name, built when asked
        # Where a pronoun was left to no one on purpose - two candidates the grammar leaves
        # (``_focus``), a description before it (``_described_before``): the claims then look
        # no further (``claims.naming``).
        self.declined: set[int] = set()
        self._makers: dict[int, Token | None] = {}  # ``maker_of``'s answers, by head

    def maker_of(self, head: Token) -> Token | None:
        """Whose statement ``head`` of this document is (``statement_maker``), asked once:
        the source's resolution (``resolve``) and the quotation's kind
        (``statement_owner.saying_lemma``) both want it."""
        if head.i not in self._makers:
            self._makers[head.i] = statement_maker(head)
        return self._makers[head.i]

    def name_for_words(self, text: str) -> str | None:
        """The full name a (partial) name stands for, when exactly one fits."""
        words = [w for w in lower_words(text) if w.strip(".") not in TITLES]
        if not words:
            return None
        if len(words) >= 2:
            for full in self.full_names:
                if lower_words(full) == words:
                    return full
        last = words[-1]
        matches = {full for full in self.full_names if lower_words(full)[-1] == last}
        if len(words) >= 2:
            # "Umair Siddiqui" must not become "Hammad Siddiqui": first names must agree.
            matches = {m for m in matches if lower_words(m)[0] == words[0]}
        return matches.pop() if len(matches) == 1 else None

    def _person_in(self, span: Span) -> Span | None:
        """The first person named in ``span`` who is not told as a victim there."""
        text = self.doc.text if self._text is None else self._text
        self._text = text
        candidates = [
            e for e in self.index.ents_within(span.start, span.end) if e.label_ == "PERSON"
        ]
        candidates += [p for p in self._people if span.start <= p.start and p.end <= span.end]
        for person in candidates:
            if not names.is_victim(text, person.start_char):
                return person
        return None

    def _name(self, ent: Span) -> str:
        """The full name for a person entity, else its proper-noun words - never the full
        name of someone the report names only after it, where it named before one who
        bears the word (``_named_before``)."""
        words = " ".join(proper_words(ent))
        return self._named_before(ent, words) or self.name_for_words(words) or words

    def _named_before(self, ent: Span, words: str) -> str | None:
        """ "Haji Ghaffar was not at home" after "Haji Abdul Ghaffar Memon" and before "His
        son, Bilal Ghaffar": a lone word whose one surname bearer the report names only later
        stands for the one full name written before it that has the word anywhere (the
        mention stage's reading, ``mentions.full_names``), not for a person not yet named."""
        bare = [w for w in lower_words(words) if w.strip(".") not in TITLES]
        if len(bare) != 1:
            return None
        fit = self.name_for_words(words)
        if fit is None or self._first_written.get(fit, -1) < ent.start:
            return None
        before = {
            full for full in self.full_names
            if self._first_written.get(full, ent.start) < ent.start and bare[0] in lower_words(full)
        }  # fmt: skip
        return before.pop() if len(before) == 1 else None

    def resolve(self, tokens: list[Token]) -> str | None:
        """A name for the phrase made of ``tokens`` (a source or target)."""
        if not tokens:
            return None
        doc = self.doc
        span = doc[tokens[0].i : tokens[-1].i + 1]
        head = span.root
        lower = head.lower_
        if lower in PERSONAL_PRONOUNS and len(span) <= 2:
            if head.dep_ in NOUN_SUBJECTS and self._described_before(head):
                self.declined.add(head.i)
                return span.text  # "the killer shouted as he fired": no name
            return self._focus(head.i) or span.text
        if lower in ("who", "whom", "which", "that") and head.head.dep_ == "relcl":
            return self.resolve(_noun_phrase(head.head.head))
        apposed = self._apposed_name(head)
        if apposed is not None:
            # "One of the suspects, X, told journalists ...", "the accused, X, said ...":
            # the name beside the description says whom it describes
            return apposed
        maker = self.maker_of(head)
        if maker is not None and maker.pos_ in ("PRON", "PROPN"):
            # '"I never fired a shot," the statement read': the words of whoever made it
            named = self.resolve(_noun_phrase(maker))
            a_person = any(p.start <= maker.i < p.end for p in self._people) or (
                maker.pos_ == "PROPN" and maker.ent_type_ not in NO_PERSON
            )
            if named is not None and (named in self.full_names or a_person):
                return named  # a person's name, never "the police" or a word left as written
        # Only a definite role noun points back: "the suspect", not "any suspect".
        definite = span[0].lower_ == "the"
        if definite and head.tag_ == "NN" and lower in ROLE_NOUNS:
            return self._focus(head.i) or span.text
        role = [t for t in span if t.lower_ in ROLE_NOUNS]
        if definite and role and self._person_in(span) is None and len(span) <= 4:
            # The parse may hang "the suspect" under a mis-tagged verb: "the suspect paint".
            return self._focus(role[0].i) or span.text
        person = self._person_in(span)
        if person is not None and person.start <= head.i < person.end:
            return self._name(person)
        alias_at = next((t.i for t in span if t.lower_ in ALIAS_MARKERS), None)
        if alias_at is not None and alias_at > span.start:
            # "Tariq Noor alias Doctor, the worker whom ...": the name is the run of
            # proper nouns before "alias".
            run: list[str] = []
            for token in reversed(doc[span.start : alias_at]):
                if token.pos_ != "PROPN":
                    break
                run.insert(0, token.text)
            if run:
                words = " ".join(run)
                return self.name_for_words(words) or words
        if head.pos_ == "PROPN":
            # "Uzair Baloch, the gang leader who ...": the run of proper nouns at the head.
            name = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            words = " ".join(t.text for t in [*name, head])
            named = self.name_for_words(words)
            if named or len(span) > 4:
                return named or words
        return span.text.strip()

    def _apposed_name(self, head: Token) -> str | None:
        """The name apposed to a partitive ("one of the suspects, X") or a noun for an
        accused ("the prime suspect, X"), the head of a source or target phrase: a person
        named there, else the run of proper nouns apposed (the small NER types many a name
        an organisation; a suspect is a person). Not one apposed to another noun: in "X's
        lawyer, Y, said the charges against him ...", the lawyer speaks for X, and the
        apposed name would make the charges hers."""
        if not apposes_the_accused(head):
            return None
        for child in head.children:
            if child.dep_ != "appos":
                continue
            for person in self._people:
                if person.start <= child.i < person.end:
                    return self._name(person)
            if child.pos_ == "PROPN":
                name = [t for t in child.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
                words = " ".join(t.text for t in [*name, child])
                return self.name_for_words(words) or words
        return None


def _noun_phrase(token: Token) -> list[Token]:
    return [t for t in token.subtree if t.dep_ not in ("relcl", "punct")]
