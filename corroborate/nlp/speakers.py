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
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from corroborate.lexicon.acts import acts_lexicon
from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import legal
from corroborate.lexicon.name_words import name_words
from corroborate.nlp import names
from corroborate.nlp.antecedents import (
    agrees,
    an_officer_of_the_court,
    apposes_the_accused,
    binds,
    bound_subject,
    controlling_speaker,
    owned_by_a_rival,
    person_gender,
    pronoun_gender,
)
from corroborate.nlp.docindex import DocIndex
from corroborate.nlp.grammar import NOUN_SUBJECTS
from corroborate.nlp.statement_owner import statement_maker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Pronouns and nouns that point to a person, alias markers, titles only people carry
# (unlike "chief" or "president", which bodies have too): the lexicon's.
PERSONAL_PRONOUNS = name_words().personal_pronouns
# The third-person singular pronouns, which stand for one person of one sex.
ONE_PERSON_PRONOUNS = frozenset({"he", "his", "him", "she", "her"})
ROLE_NOUNS = name_words().person_nouns
ALIAS_MARKERS = name_words().alias_markers
PERSONAL_TITLES = name_words().personal_titles
# Words to drop from a name: the mention finder's titles and role words ("Gangster Uzair
# Baloch"), and every personal title.
TITLES = names.TITLES | PERSONAL_TITLES
# Nouns that describe one person without naming them: an accused ("the killer"), a role
# ("the president", "the spokesman"); not those that stand for the one a report follows
# ("the suspect", "the accused"), which the resolver resolves (``resolve``).
_DESCRIPTIONS = (legal().accused_nouns | name_words().roles) - ROLE_NOUNS
# The adjectives that pick one of several accused by age ("the younger accused"): a noun the
# resolver reads back as the focus describes, with one, a person it does not name there.
_AGE_RANKS = name_words().age_younger | name_words().age_older
_WORD = re.compile(r"[\w'’-]+")
_VIOLENT_VERBS = acts_lexicon().violent_verbs
_KINSHIP_MARKERS = name_words().kinship_markers
_REPORTING_VERBS = kinds_lexicon().reporting_cues


def _words(text: str) -> list[str]:
    return [w.lower().strip("'’") for w in _WORD.findall(text)]


class SpeakerResolver:
    """Resolves source and target phrases to names, scanning one document in order."""

    def __init__(self, doc: Doc, index: DocIndex | None = None) -> None:
        self.doc = doc
        self.index = index or DocIndex(doc)
        self._text: str | None = None  # doc.text, built once when first needed
        people = [e for e in self.index.ents if e.label_ == "PERSON"]
        # A title before proper nouns marks a person even where NER missed one
        # ("Col Tahir Mehmood of Sindh Rangers" tagged ORG).
        titled = [t for t in _titled_names(doc) if not any(_overlap(t, p) for p in people)]
        people = sorted(people + titled, key=lambda span: span.start)
        # "X s/o Y": Y is named to say whose son X is, never whom a pronoun or "the suspect"
        # stands for
        people = [p for p in people if not _after_kinship_marker(doc.text, p.start_char)]
        surnames = {_proper_words(e)[-1].lower() for e in people if _proper_words(e)}
        # Full names: names of two or more proper nouns, less titles and role words
        # ("Gangster Uzair Baloch"). The small parser's NER sometimes calls a full
        # name an ORG ("MQM worker Umair Siddiqui"): such a name counts when its
        # surname is used for a PERSON elsewhere in the document.
        self.full_names: list[str] = []
        for ent in [*self.index.ents, *titled]:
            words = _proper_words(ent)
            if len(words) < 2 or ent.label_ not in ("PERSON", "ORG"):
                continue
            if ent.label_ == "ORG" and words[-1].lower() not in surnames:
                continue
            name = " ".join(words)
            # Proper "words" can be bare symbols ("- -"): such a name has nothing to match on.
            if len(_words(name)) >= 2 and name not in self.full_names:
                self.full_names.append(name)
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
        words = [w for w in _words(text) if w.strip(".") not in TITLES]
        if not words:
            return None
        if len(words) >= 2:
            for full in self.full_names:
                if _words(full) == words:
                    return full
        last = words[-1]
        matches = {full for full in self.full_names if _words(full)[-1] == last}
        if len(words) >= 2:
            # "Umair Siddiqui" must not become "Hammad Siddiqui": first names must agree.
            matches = {m for m in matches if _words(m)[0] == words[0]}
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
        """The full name for a person entity, else its proper-noun words."""
        words = " ".join(_proper_words(ent))
        return self.name_for_words(words) or words

    def _person_before(self, position: int, pronoun: Token | None = None) -> str | None:
        """The person named last before ``position`` who may be ``pronoun``."""
        best: str | None = None
        bound = bound_subject(pronoun) if pronoun is not None else None
        for ent in self._people:
            if ent.start >= position:
                break
            if binds(bound, ent.start, ent.end):
                continue  # "X said Y was guilty and sentenced him": him is not X
            if pronoun is None or self._agrees(ent, pronoun):
                best = self._name(ent)
        return best

    def _agrees(self, person: Span, pronoun: Token) -> bool:
        """Whether ``pronoun`` may stand for ``person``, by the sex any mention of the same
        name tells ("Mrs Sana Mir ... Mir")."""
        if self._genders is None:
            self._genders = {}
            for ent in self._people:
                gender = person_gender(ent)
                if gender is not None:
                    self._genders.setdefault(self._name(ent), gender)
        return agrees(person, pronoun, self._genders.get(self._name(person)))

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
                maker.pos_ == "PROPN" and maker.ent_type_ not in _NO_PERSON
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

    def _described_before(self, pronoun: Token) -> bool:
        """Whether a description of one person stands between the subject ``pronoun`` and
        the last person named before it in its sentence (or, where its sentence names none
        before it, the sentence before, which the parser may have cut at a quotation: "Trump
        tweeted, 'Reporting that Orlando killer shouted "Allah hu Akbar!" as he slaughtered
        ...'"), as the subject of a clause or an owner ("Trump said the president's refusal
        ... is a weakness and he should resign"): the pronoun stands for the description,
        not for the name before it. Not a description owned by someone ("X's aide said he
        ...": he or X, which ``_focus`` reads as no one, ``antecedents.owned_by_a_rival``),
        one in apposition to the name ("X, the president, said he":
        the name itself), the subject of its sentence's main verb ("Obama spoke. The
        president said he ...": the focus, most often the name before), nor the nouns the
        resolver itself resolves ("the accused", "the suspect")."""
        sentence = self.index.sentence(pronoun.i)
        start = sentence.start
        if not any(start <= e.start and e.end <= pronoun.i for e in self._people) and start:
            start = self.index.sentence(start - 1).start
        named = [e for e in self._people if start <= e.start and e.end <= pronoun.i]
        if not named:
            return False
        return any(_a_description(t) for t in self.doc[named[-1].end : pronoun.i])

    def _focus(self, position: int) -> str | None:
        """The person in focus before ``position``: the latest subject, else the latest named.
        For a personal pronoun, only a person who agrees with it, and no one where the
        grammar leaves two candidates (``nlp.antecedents``)."""
        token = self.doc[position]
        pronoun = token if token.lower_ in PERSONAL_PRONOUNS else None
        sent_start = self.index.sentence(position).start
        # Subjects of earlier sentences are the centre of attention; inside the
        # current sentence, before the pronoun, any person may be its antecedent.
        in_sentence = [e for e in self._people if sent_start <= e.start < position]
        speakers: list[Span] = []
        if pronoun is not None:
            bound = bound_subject(pronoun)
            in_sentence = [e for e in in_sentence if self._agrees(e, pronoun)
                           and not binds(bound, e.start, e.end)]  # fmt: skip
            if _in_an_open_quote(self.index.sentence(position), pronoun):
                # 'X said: "He told investigators ..."', '"He ran," X said, "and he hid"':
                # the one who speaks the quote would say "I", so its "he" is never him
                speakers = [e for e in in_sentence if _speaks_from_outside(e)]
                in_sentence = [e for e in in_sentence if e not in speakers]
        speaker = controlling_speaker(pronoun) if pronoun is not None else None
        said_by = [e for e in in_sentence if speaker is not None and e.start <= speaker.i < e.end]
        if said_by:
            return self._name(said_by[0])  # "X ..., admitting that he had ...": X
        if speaker is not None and speaker.pos_ == "PROPN" and speaker.ent_type_ not in _NO_PERSON:
            # the same speaker, a name NER missed: the run of proper nouns at its head
            return _proper_run(speaker, self.name_for_words)
        if in_sentence:
            if pronoun is not None and owned_by_a_rival(in_sentence[-1], pronoun):
                self.declined.add(position)
                return None  # "X's campaign manager says he ...": he or X, unknown
            if pronoun is not None and _object_of_a_named_subject(in_sentence[-1], in_sentence):
                self.declined.add(position)
                return None  # "X met Y, and police say he ...": the subject or the nearer
            return self._name(in_sentence[-1])
        subject = self._subject_before(sent_start, pronoun)
        if subject is _NO_ONE:
            self.declined.add(position)
            return None
        if subject is None and speakers:
            self.declined.add(position)
            return None  # the quote's "he" is not its speaker, and no one before is named
        return subject or self._person_before(position, pronoun)

    def _subject_before(self, position: int, pronoun: Token | None = None) -> str | None:
        """The person who was the subject of the latest sentence that had one (who may be
        ``pronoun``); ``_NO_ONE`` where that subject leaves two candidates."""
        quoted = pronoun is not None and _in_an_open_quote(self.index.sentence(position), pronoun)
        for latest, sent in enumerate(reversed(self.index.sentences_before(position))):
            for token in sent:
                if token.dep_ not in NOUN_SUBJECTS or token.head.dep_ != "ROOT":
                    continue
                speaks_the_quote = (
                    quoted and latest == 0 and token.head.lemma_.lower() in _REPORTING_VERBS
                )  # 'He said X had confessed. "He also killed Y."': the one who speaks the
                # quote would say "I", so its "he" is someone he speaks of, never him
                if speaks_the_quote and token.lower_ in PERSONAL_PRONOUNS:
                    if pronoun is not None and _same_gender(token, pronoun):
                        return _NO_ONE
                    continue  # 'She said ... "He never saw the boy"': not her
                if pronoun is None and token.dep_ == "nsubjpass" and _done_violence(token.head):
                    continue  # "X was shot dead. ... The suspect confessed": never X
                if token.lower_ in PERSONAL_PRONOUNS:
                    return self._focus(token.i)
                phrase = self.doc[token.left_edge.i : token.right_edge.i + 1]
                person = self._person_in(phrase)
                if person is not None and pronoun is not None:
                    if owned_by_a_rival(person, pronoun) or self._shared(token, pronoun):
                        return _NO_ONE  # "The lawyer for X spoke. He said ...", "X and Y"
                    if not self._agrees(person, pronoun):
                        continue  # "Mrs X thanked Y. Police said he ...": not her
                if person is not None and speaks_the_quote and person.start <= token.i < person.end:
                    return _NO_ONE  # the speaker named ("X said ...") - but not "X's mother"
                if person is not None:
                    return self._name(person)
                if token.lower_ in ROLE_NOUNS:
                    return self._focus(token.i)
            if any(t.dep_ in NOUN_SUBJECTS and t.head.dep_ == "ROOT" for t in sent):
                # a subject that is no person ("Police arrested X ..."): the next in focus
                # is the main verb's object, ranked above any other name in its sentence
                # ("... over the killing of Y. He told investigators ...": he is X)
                found = self._root_object(sent, pronoun)
                if found is not None:
                    return found
        return None

    def _root_object(self, sent: Span, pronoun: Token | None) -> str | None:
        """The name of the person who is the direct object of ``sent``'s main verb ("Police
        arrested X"), not a victim, agreeing with ``pronoun``; ``_NO_ONE`` where co-ordinated
        objects leave two ("arrested X and Y"); None where there is none."""
        for token in sent:
            if token.dep_ != "dobj" or token.head.dep_ != "ROOT":
                continue
            phrase = self.doc[token.left_edge.i : token.right_edge.i + 1]
            person = self._person_in(phrase)
            if person is None and token.pos_ == "PROPN" and _a_person_by_its_words(token):
                # a name the small NER typed as a product or an organisation ("questioned
                # Imran Siddiqui, the main suspect"): the run of proper nouns at its head
                return _proper_run(token, self.name_for_words)
            if person is None or not person.start <= token.i < person.end:
                return None  # "arrested the brother of X": the object is not X
            if pronoun is None:
                return self._name(person)
            if self._shared(token, pronoun):
                return _NO_ONE
            return self._name(person) if self._agrees(person, pronoun) else None
        return None

    def _shared(self, subject: Token, pronoun: Token) -> bool:
        """Whether two people named as co-ordinated subjects may both be ``pronoun``."""
        heads = [subject, *subject.conjuncts]
        people = {
            self._name(p)
            for p in self._people
            if any(p.start <= h.i < p.end for h in heads) and self._agrees(p, pronoun)
        }
        return len(people) >= 2


def _object_of_a_named_subject(person: Span, people: list[Span]) -> bool:
    """Whether ``person`` is the object of a verb whose subject is one of ``people``: "X met
    Y", "X handed the money to Y". A pronoun after them may stand for the subject, which
    holds the focus, or for the object, which is nearer: the grammar leaves both. Not a
    judge's ("Judge X convicted Y after he confessed"), who is never the accused."""
    token = person.root
    if token.dep_ not in ("dobj", "dative", "pobj"):
        return False
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ in NOUN_SUBJECTS]
    return any(
        p.start <= s.i < p.end and not an_officer_of_the_court(p)
        for s in subjects
        for p in people
        if p is not person
    )


# Entity types a proper noun of no person has: a name so typed is never a pronoun's antecedent.
_NO_PERSON = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC", "DATE", "TIME", "EVENT", "LAW"})


def _after_kinship_marker(text: str, start: int) -> bool:
    """Whether a kinship mark ("s/o", "d/o") comes right before the name at ``start``."""
    before = text[max(0, start - 8) : start].rstrip().lower()
    return any(
        before.endswith(mark) and (len(before) == len(mark) or not before[-len(mark) - 1].isalnum())
        for mark in _KINSHIP_MARKERS
    )


def _done_violence(verb: Token) -> bool:
    """Whether a verb is one of violence ("was shot dead", "was killed"): its passive subject
    is the one it was done to, whom a noun for the accused never stands for."""
    return verb.lemma_.lower() in _VIOLENT_VERBS


def _a_person_by_its_words(name: Token) -> bool:
    """Whether a proper noun NER typed as no person may still be one: typed as nothing of a
    place's or a body's kind, or with a noun for a person apposed ("X, the main suspect")."""
    if name.ent_type_ not in _NO_PERSON:
        return True
    return any(c.dep_ == "appos" and c.lower_ in ROLE_NOUNS | _DESCRIPTIONS for c in name.children)


def _proper_run(head: Token, full_name: Callable[[str], str | None]) -> str:
    """The run of proper nouns at ``head`` ("Imran Siddiqui"), as the full name it fits."""
    run = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    words = " ".join(t.text for t in [*run, head])
    return full_name(words) or words


# A subject that leaves a pronoun two candidates: it stands for no one, and the resolver does
# not look further back.
_NO_ONE = ""

# Quotation marks that open a quote, and those that close one ('"' does both).
_OPENING_QUOTES = "\u201c\u00ab"
_CLOSING_QUOTES = "\u201d\u00bb"


def _same_gender(one: Token, other: Token) -> bool:
    """Whether two third-person pronouns name the same sex ("he" and "him", "she" and "her")."""
    return pronoun_gender(one) == pronoun_gender(other)


def _in_an_open_quote(sentence: Span, pronoun: Token) -> bool:
    """Whether a third-person ``pronoun`` stands inside a quotation opened in its sentence
    before it and not closed ('"He also killed Y," he said' - the first "He")."""
    if pronoun.lower_ not in ("he", "she", "him", "her"):
        return False
    before = sentence.doc.text[sentence.start_char : pronoun.idx]
    opened = sum(before.count(q) for q in _OPENING_QUOTES)
    closed = sum(before.count(q) for q in _CLOSING_QUOTES)
    return opened > closed or before.count('"') % 2 == 1


def _speaks_from_outside(person: Span) -> bool:
    """Whether ``person`` is the subject of a reporting verb that stands outside any
    quotation: the speaker of a quote in its sentence ('X said: "..."'), not one named
    inside the quote ('"X told me he ..."')."""
    head = person.root
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in _REPORTING_VERBS:
        return False
    sentence = head.sent
    before = sentence.doc.text[sentence.start_char : head.idx]
    opened = sum(before.count(q) for q in _OPENING_QUOTES)
    closed = sum(before.count(q) for q in _CLOSING_QUOTES)
    return opened <= closed and before.count('"') % 2 == 0


def _a_description(token: Token) -> bool:
    """Whether ``token`` describes one person the text does not name there, as the subject
    of a clause or an owner (``SpeakerResolver._described_before``)."""
    # an owner anywhere; a subject only of a clause below the main verb
    role = token.dep_ == "poss" or (token.dep_ in NOUN_SUBJECTS and token.head.dep_ != "ROOT")
    # "the younger accused had given a statement ... in which he admitted": the adjective
    # picks one of those the focus follows (``claims.age_ranked``), so it describes
    ranked = token.lower_ in legal().accused_nouns and any(
        c.dep_ == "amod" and c.lower_ in _AGE_RANKS for c in token.children
    )
    return role and (
        (token.tag_ == "NN" and token.lemma_.lower() in _DESCRIPTIONS or ranked)
        and not token.ent_type_
        and not any(c.dep_ == "poss" for c in token.children)
    )


def _titled_names(doc: Doc) -> list[Span]:
    """Spans of proper nouns that follow a personal title: "Col Tahir Mehmood"."""
    from spacy.tokens import Span  # here, not above: commands that only read never load spaCy

    found = []
    for token in doc[:-1]:
        # The cheap test first: most tokens are not followed by a proper noun.
        if doc[token.i + 1].pos_ != "PROPN" or token.lower_.strip(".") not in PERSONAL_TITLES:
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and end - token.i <= 3:
            end += 1
        if end > token.i + 1:
            found.append(Span(doc, token.i + 1, end, label="PERSON"))
    return found


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _proper_words(ent: Span) -> list[str]:
    """The proper-noun words of a name, titles and role words dropped; a word joined by a
    hyphen written tight ("Al-Zahra") stays one word, as the mention writes it, so that the
    name found here is the mention's."""
    words: list[str] = []
    joined = False  # the last word ends in a tight hyphen
    for t in ent:
        tight = t.i > 0 and not t.doc[t.i - 1].whitespace_ and not t.whitespace_
        if t.text == "-" and tight and words and not joined:
            words[-1] += "-"
            joined = True
            continue
        kept = t.pos_ == "PROPN" and t.lower_.strip(".") not in TITLES
        if kept and joined:
            words[-1] += t.text
        elif kept:
            words.append(t.text)
        elif joined:
            words[-1] = words[-1].removesuffix("-")
        joined = False
    if words and joined:
        words[-1] = words[-1].removesuffix("-")
    return words or [t.text for t in ent if t.lower_.strip(".") not in TITLES and t.is_alpha]


def _noun_phrase(token: Token) -> list[Token]:
    return [t for t in token.subtree if t.dep_ not in ("relcl", "punct")]
