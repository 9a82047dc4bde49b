"""Whom a case's title names as the one the State proceeds against: "[X v. State of Odisha;
Y v. State of Odisha]", "Case Title: X v. State of Kerala", "Justice Z was hearing X v. State
of Andhra Pradesh and Y v. State of Andhra Pradesh".

Indian court reporting closes or opens a bail or appeal report with the titles of the cases
it tells, and often names the applicants nowhere else: the lede speaks of "two men accused in
the case" and "the man police describe as the manager", the title of each case names him. A
title is its parties joined by a separator (``caption_separators``: "v.", "vs", "versus"); where
the other side is one the prosecution acts for (``prosecuting_sides``: "State", "the State"),
the first party is the one the State proceeds against - in a bail application or a criminal
appeal, the accused. So the report must have told such a proceeding (a bail or appeal ruling,
named or not, read by ``ProceduralRoles``) in the title's sentence or before it: what makes
the title a criminal case's, not a writ petition's or a civil suit's.

The title is read along its tokens, not its parse: NER and the parser make little of a run of
names and separators ("Kumar Sahu v. State" one person, "Vikas" a body, "Jatav v. State"
another). The first party is the run of capitalised words right before the separator (past
"and Another", "& Ors."), back to what cannot be in a name: a bracket, a semicolon, a comma,
a colon, "and", a word in lower case. It is a person's name when it holds two words or more,
one of them a given name the name library knows (``lexicon.first_names``), and none is an
organisation's head word or the State itself ("Kerala State Electricity Board v. State" is a
body's case). Never one the report cast as another part (the informant, a witness, a judge).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.lexicon.first_names import is_first_name
from corroborate.nlp import names
from corroborate.nlp.claims.descriptions import Descriptions
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.records import Mention

__all__ = ["CaseCaptions"]

# What joins a title's named party to the parties it leaves unnamed ("X and Another v. State").
_JOINERS = frozenset({"and", "&"})
# Parts of speech no name word is tagged: "In X v. State", "The X v. State".
_NOT_NAME_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT"})


class CaseCaptions(Descriptions):
    """The first party of each title "X v. State" in a report of a bail or appeal, as accused."""

    def _captioned(self, sent: Span, drafts: list[Draft]) -> list[Draft]:
        """An accusation of the first party of each case title in ``sent`` whose other side
        is the State, where the report has told a bail or appeal proceeding by now."""
        told = self.proceedings_told | {
            kind for d in drafts if d.kind == "ruling"
            and (kind := self._proceeding_of(d)) is not None
        }  # fmt: skip
        if not told:
            return []
        draft: Draft | None = None
        apart = self._cast_apart()
        for token in sent:
            if not self._separates_from_state(token):
                continue
            party = self._first_party(token)
            if party is None or party.name in apart:
                continue
            if draft is None:
                draft = Draft("accusation", token)
            draft.add([party], "accused")
        return [draft] if draft is not None else []

    def _separates_from_state(self, token: Token) -> bool:
        """Whether ``token`` is a title's separator with the State after it ("v. State",
        "vs the State")."""
        lex = self.lex
        if token.lower_ not in lex.caption_separators or token.i + 1 >= len(self.doc):
            return False
        after = self.doc[token.i + 1]
        if after.lower_ == "the" and after.i + 1 < len(self.doc):
            after = self.doc[after.i + 1]
        return after.lower_ in lex.prosecuting_sides and after.text[:1].isupper()

    def _first_party(self, separator: Token) -> Named | None:
        """The person's name the title writes before ``separator``, or None."""
        doc = self.doc
        end = separator.i
        if end > 0 and doc[end - 1].text == ".":
            end -= 1  # "& Ors. v. State": the abbreviation's stop
        if end > 1 and doc[end - 1].lower_ in self.lex.caption_fellows:
            if doc[end - 2].lower_ not in _JOINERS:
                return None
            end -= 2  # "X and Another v. State": X
        start = end
        while start > separator.sent.start and _name_word(doc[start - 1]):
            start -= 1
        while start < end and doc[start].lower_.strip(".") in names.TITLES:
            start += 1  # "Dr X v. State": the name is X
        words = [t.text.strip(".") for t in doc[start:end]]
        if len([w for w in words if len(w) > 1]) < 2:
            return None  # a title writes the party's full name
        lowered = [w.lower() for w in words]
        if any(w in names.ORG_HEADS or w in self.lex.prosecuting_sides for w in lowered):
            return None  # a body's case, or "State v. State"
        if not any(is_first_name(w) for w in words if len(w) > 1):
            return None
        return self._party_named(doc[start:end])

    def _party_named(self, span: Span) -> Named:
        """The party as a person: the person mention over exactly these words, else the
        words kept as an extra mention of a person (NER typed them anything or cut them)."""
        held = {id(m): m for t in span if (m := self.by_token.get(t.i)) is not None}
        if len(held) == 1:
            m = next(iter(held.values()))
            if m.type == "person" and (m.start, m.end) == (span.start_char, span.end_char):
                return Named(self._person_full_name(m), m.start, m.end)
        name = self._full_name(span.text, span.start_char)
        words = [t.i for t in span]
        self._kept_as(span.start_char, span.end_char, span.text, "person", name, words)
        self.full_names.append((span.start_char, name))  # "Kumar Sahu" later stands for it
        # a mention NER cut inside the name ("Kumar Sahu" of "Pradeep Kumar Sahu") is this
        # person too: kept with its own words, for the full name (it replaces the cut one,
        # ``extract``), so that the report holds no second person by the cut name
        for m in held.values():
            if span.start_char <= m.start and m.end <= span.end_char and m.name != name:
                self.extra.append(Mention(m.start, m.end, m.text, "person", name, "claim"))
        return Named(name, span.start_char, span.end_char)


def _name_word(token: Token) -> bool:
    """Whether ``token`` can be a word of a party's name in a title: a capitalised word or an
    initial ("T.", "K.R."), nothing that ends the party before it (a bracket, "and")."""
    text = token.text
    if not text[:1].isupper() or token.pos_ in _NOT_NAME_POS:
        return False
    return token.is_alpha or all(part.isalpha() for part in text.split(".") if part)
