"""The name spans the finder types: NER's entities trimmed to the name inside them (no
article, title, owner or possessive; the words NER left out of a person's name or cut off
it; a firm's untagged tail), and what a name word NER tagged nothing is, which the other
steps share. The spans are joined where NER cut one name in two (``joined_fragments``), and
the proper-noun names NER missed are added (``missed_names``). Also which words are a
person's full name's, which the typing reads to make a lone word that person.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from corroborate.lexicon.first_names import is_first_name
from corroborate.lexicon.name_words import name_words
from corroborate.nlp import names
from corroborate.nlp.mentions.amounts import amount_start, person_name_end
from corroborate.nlp.mentions.descriptors import descriptor_before_name
from corroborate.nlp.mentions.given_names_before import after_a_title, given_names_before
from corroborate.nlp.mentions.initialled_names import initialled_name
from corroborate.nlp.mentions.izafat import izafat_whole
from corroborate.nlp.mentions.opening_participle import opens_with_participle
from corroborate.nlp.mentions.roles import ROLES
from corroborate.nlp.mentions.state import _FinderState
from corroborate.nlp.title_abbreviations import title_abbreviation_at
from corroborate.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The parts of speech of a lower-case word that never ends a name: a preposition, a
# conjunction, an article, a particle, a pronoun, a verb ("Chinedu Eze to", "Ali and").
_NO_NAME_END = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PART", "PRON", "AUX", "VERB"})

__all__ = ["_Candidates", "_full_name_words", "_name_word"]

# Finite verbs (past, present): never inside a name.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# NER's labels for a person's name it mistyped as a people or an organisation
_MISTYPED_PEOPLE = frozenset({"ORG", "NORP"})
# NER's labels a titled person's name may wrongly carry ("ASI Rafiqul Islam" an ORG)
_TITLED_PEOPLE = frozenset({"ORG", "NORP", "GPE", "FAC", "LOC"})


class _Candidates(_FinderState):
    def _trim(self, ent: Span) -> Span | None:
        """The name inside an entity: no article, title, owner ("Lyari's") or possessive."""
        tokens = list(ent)
        # "Sobia Bibi d/o Ghulam Rasool" taken whole: the name ends at a kinship mark
        marks = [k for k, t in enumerate(tokens) if k > 0 and _kinship_mark_at(t)]
        tokens = tokens[: marks[0]] if marks else tokens
        # "State v. Harjeet Singh Gill & Ors" (a case title's "and others") taken whole: a
        # person's name holds no ampersand, so one of two words or more ends before it
        joined = [k for k, t in enumerate(tokens) if k > 1 and t.text == "&"]
        if ent.label_ == "PERSON" and joined:
            tokens = tokens[: joined[0]]
        # "The National Bureau of Investigation arrested X" taken whole: a name holds no
        # verb written in lower case, so it ends before one
        verbs = [k for k, t in enumerate(tokens) if k > 0 and t.is_lower and t.tag_ in _FINITE]
        tokens = tokens[: verbs[0]] if verbs else tokens
        # "fined Rafiqul Haque Tk 5,000" taken whole, "Tk 80,000" made a firm: no name holds
        # the amount of money after it, and an amount alone is no name
        tokens = tokens[: amount_start(tokens)]
        if not tokens:
            return None
        while (
            tokens
            and (
                tokens[0].lower_ in ("the", "a", "an")
                or tokens[0].lower_.strip(".") in names.TITLES
                or title_abbreviation_at(tokens[0])
            )
            and len(tokens) > 1
            and not names.title_of_a_body(tokens[0].text, tokens[-1].text)
        ):
            tokens.pop(0)
        if len(tokens) == 1 and title_abbreviation_at(tokens[0]):
            return None  # "Atty" of "Atty. Rosario Lim" taken apart from the name
        # "Nurse Ayesha Siddiqa" typed a firm: a common noun before a given name describes
        # the person the rest names (``descriptors``)
        described = descriptor_before_name(tokens)
        if described:
            tokens.pop(0)
        while len(tokens) > 1 and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct):
            tokens.pop()
        # An owner ("Lyari's Peoples Aman Committee") stays: "Pakistan People's Party" and
        # "People's Amn Committee" look the same. The resolver joins owned names.
        while len(tokens) > 1 and tokens[-1].lower_ in ROLES:  # "PPP MNA"
            tokens.pop()
        left_out = _words_left_out(tokens) if ent.label_ == "PERSON" else []
        if left_out:  # "Anees" left out of "Qaim Khani", "Kul Prasad" out of "Rai Limbu"
            tokens[:0] = left_out
        elif ent.label_ == "PERSON" and tokens[0].i > 0 and _first_word_left_out(tokens):
            tokens.insert(0, self.doc[tokens[0].i - 1])  # "Rodrigo" left out of "Dela Cruz"
        elif given := given_names_before(tokens):
            # "ASI Rafiqul Islam" with "Islam" alone an organisation: a person's surname
            tokens[:0] = given
            described = True
        while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct):
            tokens.pop()
        # "Acquitting X, the judge said" taken whole, or "Sentencing" taken for a word NER
        # left out of "Sentencing X": the fronted clause's verb is no word of its object
        tokens = tokens[1:] if opens_with_participle(tokens) else tokens
        label = "PERSON" if described else ent.label_
        # "K. Murugesan" typed a firm: initials before a given name (``initialled_names``)
        initialled = label in _MISTYPED_PEOPLE and initialled_name(tokens)
        if initialled:
            label = "PERSON"
        if label in _TITLED_PEOPLE and after_a_title(tokens):
            label = "PERSON"  # "ASI Rafiqul Islam" typed a firm: a title makes a person
        if label == "PERSON" and tokens:
            tokens += _words_cut_off(tokens)  # "Meenakshi" cut from "Dr Meenakshi Rathore"
        elif len(tokens) == 1 and _described_first_word(tokens[0]):
            # "manager Allah Ditta" with "Ditta" an ORG: a described name, a person's
            tokens.insert(0, self.doc[tokens[0].i - 1])
            label = "PERSON"
        elif label in _MISTYPED_PEOPLE and tokens and is_first_name(tokens[0].text):
            # "... and Rafiq Uddin Mallick" with "Rafiq Uddin" a people (NORP) or a firm
            # (ORG): a name that opens with a given name and hangs on the untagged proper
            # noun after it is a person's name NER cut the surname off; the typing reads it
            tokens += _words_cut_off(tokens)
        if label == "PERSON":
            # "fined Tariq Mehmood Rs100,000": the amount after a name is no part of it
            tokens = tokens[: person_name_end(tokens)]
        while len(tokens) > 1 and tokens[-1].is_lower and tokens[-1].pos_ in _NO_NAME_END:
            tokens.pop()  # "sentenced Chinedu Eze to ten years" with "to" taken in the name
        while (
            tokens
            and not (tokens[0].is_alpha or tokens[0].like_num)
            and not ((ent.label_ == "PERSON" or initialled) and _an_initial(tokens[0]))
            and len(tokens) > 1
        ):
            # "now-defunct" split into pieces; not a person's initials, "M. K." of "M. K.
            # Sharma" (an organisation's "U.S." stays out: "U.S. Magistrate" is "Magistrate")
            tokens.pop(0)
        while (
            tokens
            and tokens[0].pos_ not in ("PROPN", "NOUN")
            and len(tokens) > 1
            and (tokens[0].is_lower)
        ):
            tokens.pop(0)
        if not tokens or not any(t.text[:1].isupper() for t in tokens):
            return None
        start, end = izafat_whole(self.doc, tokens[0].i, tokens[-1].i + 1)  # "Tehreek-e-X"
        tokens = list(self.doc[start:end])
        if end < len(self.doc) and self.doc[end].lower_ in names.ORG_HEADS:
            end += 1  # "Sindh government": NER stops at the place
            label = "ORG"
        elif (firm := _firm_tail(self.doc[end - 1])) is not None:
            # "Sunreach" typed a person, "Harvest Labour Pty Ltd" left untagged: the words
            # up to the firm's form its first word hangs on are one organisation's name
            end = firm.i + 1
            label = "ORG"
        span = self.doc[tokens[0].i : end]
        span.label_ = label
        return span

    def _person_words(self, spans: list[Span]) -> set[str]:
        out: set[str] = set()
        for s in spans:
            if s.label_ == "PERSON":
                ws = names.strip_titles([t.text for t in s])
                if len(ws) >= 2:
                    out.update(w.lower() for w in names.words(" ".join(ws)))
        return out


def _full_name_words(mentions: Iterable[Mention]) -> set[str]:
    """The words of the person names of two words or more."""
    return {w for m in mentions if m.type == "person" and len(ws := names.words(m.name)) >= 2
            for w in ws}  # fmt: skip


def _kinship_mark_at(token: Token) -> bool:
    """Whether a kinship mark ("s/o", "d/o": son or daughter of) begins at ``token``."""
    text = token.doc.text[token.idx : token.idx + 4].lower()
    return any(text.startswith(mark) for mark in name_words().kinship_markers)


def _name_word(token: object) -> bool:
    t = token  # a spaCy Token; typed loosely to keep this helper tiny
    text: str = getattr(t, "text", "")
    return (
        getattr(t, "pos_", "") == "PROPN"
        and text[:1].isupper()
        and text.lower().strip(".") not in names.TITLES | ROLES
        and not names.is_acronym(text)
        and not getattr(t, "ent_type_", "")
    )


# the words of the forms of incorporation, one of which a report writes in brackets ("(Pvt)",
# "(Private)" of "Private Limited")
_FORM_WORDS = frozenset(w.lower() for f in name_words().corporate_forms for w in f.split())


def _firm_tail(last: Token) -> Token | None:
    """The last word of a longer organisation's name NER left untagged after the name that
    ends at ``last``, or None: the untagged proper nouns right after it, up to four, the
    last of them a word that ends an organisation's name ("Ltd", "Limited", "Company": the
    lexicon's organisation heads), ``last`` hanging on it by a chain of compounds, and no
    name word after it."""
    doc = last.doc
    if (bracketed := _bracketed_form_tail(last)) is not None:
        return bracketed
    tail = last
    while tail.dep_ == "compound" and last.i < tail.head.i <= last.i + 4:
        tail = tail.head
    if tail.i == last.i or tail.text.lower().strip(".") not in names.ORG_HEADS or tail.ent_type_:
        return None
    if not all(_name_word(t) for t in doc[last.i + 1 : tail.i]):
        return None
    if tail.i + 1 < len(doc) and _name_word(doc[tail.i + 1]):
        return None
    return tail


def _bracketed_form_tail(last: Token) -> Token | None:
    """ "Al-Noor Industrial Gases (Pvt) Ltd" with NER stopping at the bracket: the bracketed
    form of incorporation right after the name that ends at ``last`` ("(Pvt)", "(Private)")
    and the untagged organisation head after it ("Ltd", "Limited") that ``last`` hangs on,
    the parser's compound or modifier. The head word, or None."""
    doc = last.doc
    if last.i + 4 >= len(doc):
        return None
    opener, form, closer, tail = doc[last.i + 1 : last.i + 5]
    if opener.text != "(" or closer.text != ")" or form.text.lower().strip(".") not in _FORM_WORDS:
        return None
    if tail.text.lower().strip(".") not in names.ORG_HEADS or tail.ent_type_:
        return None
    if last.head.i != tail.i or last.dep_ not in ("compound", "nmod"):
        return None
    if tail.i + 1 < len(doc) and _name_word(doc[tail.i + 1]):
        return None
    return tail


def _an_initial(token: Token) -> bool:
    """An initial or a run of them: "M.", "A.K." (of "M. K. Sharma", "A.K. Fazlul Haque")."""
    letters = token.text.split(".")
    return (
        len(letters) >= 2
        and letters[-1] == ""
        and all(len(x) == 1 and x.isupper() for x in letters[:-1])
    )


def _words_left_out(tokens: list[Token]) -> list[Token]:
    """The run of untagged name words just before a person's name that NER left out of it
    ("Anees" of "Anees Qaim Khani", "Kul Prasad" of "Kul Prasad Rai Limbu"): the whole run,
    when the word before it is no proper noun (the run would then end another name) or is a
    title or role ("Inspector Kul Prasad Rai Limbu"), and a run of several words ends with
    a given name (``lexicon.first_names``)."""
    doc = tokens[0].doc
    i = tokens[0].i - 1
    run: list[Token] = []
    while i >= 1 and _name_word(doc[i]):
        run.insert(0, doc[i])
        i -= 1
    if not run or i < 0 or run[0].i == 0:
        return []
    if len(run) > 1 and not is_first_name(run[-1].text):
        # more than one word only where the name library knows the nearest as a given
        # name ("Prasad", "Bahadur"): "Judicial Magistrate Hamid Soyer" is an office
        return []
    before = doc[i]
    if (not _name_word(before) and before.pos_ != "PROPN") or before.lower_ in (
        names.TITLES | ROLES
    ):
        return run
    return []


def _words_cut_off(tokens: list[Token]) -> list[Token]:
    """The untagged name words right after a person's name that its last word hangs on
    ("Rathore" of "Dr Meenakshi Rathore" with only "Dr Meenakshi" tagged): NER cut the
    surname off. Only the word the name's last word is a compound of, and the words up to
    it, so that a name beside another name ("Meenakshi Lahore" as two) is left alone."""
    doc = tokens[0].doc
    last = tokens[-1]
    if last.dep_ not in ("compound", "flat") or not last.head.i > last.i:
        return []
    run = doc[last.i + 1 : last.head.i + 1]
    if len(run) > 2 or not all(_name_word(t) for t in run):
        return []
    if run[-1].i + 1 < len(doc) and _name_word(doc[run[-1].i + 1]):
        return []  # the run goes on: a longer name whose end is unknown
    return list(run)


def _described_first_word(token: Token) -> bool:
    """Whether the untagged name word before a one-word name NER typed anything but a person
    is the first word of that name: it hangs on the name, and a lower-case noun describes
    the two ("his farm manager Allah Ditta" with "Ditta" an organisation and "Allah" left
    untagged; or "his farm manager, Allah Ditta," in apposition). A place or a firm has no
    first word NER leaves out so."""
    doc = token.doc
    if token.i < 2:
        return False
    prev, before = doc[token.i - 1], doc[token.i - 2]
    if before.text == "," and token.i >= 3:
        before = doc[token.i - 3]  # "his farm manager, Allah Ditta,": the noun in apposition
    return (
        _name_word(prev)
        and prev.dep_ in ("compound", "flat")
        and prev.head.i == token.i
        and before.is_lower
        and before.pos_ == "NOUN"
        and before.tag_ == "NN"
    )


def _first_word_left_out(tokens: list[Token]) -> bool:
    """Whether the word before a person's name, first in its sentence, is a first name that
    hangs on the name ("Rodrigo Dela Cruz confessed" with only "Dela Cruz" tagged): the
    first name NER cut off. At a sentence's start a capital tells nothing ("Prosecutor Imtiaz
    Gul said" has a role noun there), so the word must be a first name the name library
    knows as one (``lexicon.first_names``). Nor does the tagger's part of speech there: a
    South Asian given name opening a sentence is often read as a common noun ("Pradeep Kumar
    Sahu was directed ..." with "Pradeep" a noun, "Kumar Sahu" tagged), and still hangs on
    the name as its compound."""
    prev = tokens[0].doc[tokens[0].i - 1]
    inside = range(tokens[0].i, tokens[-1].i + 1)
    return (
        bool(prev.is_sent_start)
        and (_name_word(prev) or _untagged_capital(prev))
        and prev.dep_ in ("compound", "flat")
        and prev.head.i in inside
        and is_first_name(prev.text)
    )


def _untagged_capital(token: Token) -> bool:
    """A capitalised word of letters that no entity holds, no title or role ("Judge", "ASI")
    and no acronym, whatever part of speech the tagger gave it."""
    return (
        token.is_title
        and token.is_alpha
        and token.lower_ not in names.TITLES | ROLES
        and not names.is_acronym(token.text)
        and not token.ent_type_
    )
