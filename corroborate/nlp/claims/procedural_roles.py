"""Whom "the applicant", "the appellant" or "the petitioner" stands for: the accused who holds
that part in the proceeding the report tells.

A bail report calls the one whose bail application it tells "the applicant", an appeal report
the one whose appeal it tells "the appellant", and neither says the name again: "granted bail
to X, an applicant-accused booked for ... The applicant has denied all the allegations";
"Counsel for X, Advocate Y, argued ... He submitted that the applicant had disowned those
remarks". The noun is a part in the proceeding, not a description of the person, so it is
read by the proceeding (``procedural_role_nouns`` names the kind of ruling that gives it), in
this order:

- **A lawyer's client**: in the words of a lawyer the report has named for one client (the
  nearest clause subject before the noun, a name or a pronoun the resolver gives that lawyer),
  the part is the client's - the lawyer's own "applicant" is the one he appears for, however
  many applications the report tells.
- **Apposed**: the one person the report introduced with the noun ("X, an applicant-accused";
  "the appellant, X").
- **The one ruled on in that kind**: of the accused so far, the one a ruling of the noun's
  kind was about (``remember_proceedings``: bail granted, or a bail application decided; an
  appeal allowed or dismissed, a conviction upheld or overturned) - none where two were
  ("dismissed the bail application of Y while granting bail to X": both applied).

Never one the report cast as another part (the victim, a witness, a judge: ``_cast_apart``),
and never a noun with a name, an owner or an "of" phrase of its own ("the applicant's
counsel" is the lawyer's owner, read by ``Naming``; "the applicant, X" is X).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.grammar import NOUN_SUBJECTS
from corroborate.records import Mention

__all__ = ["ProceduralRoles"]

# The verbs of saying: a role noun in what a lawyer says is his client's part.
_REPORTING = kinds_lexicon().reporting_cues
# How the parse hangs a word inside a noun's phrase on the next ("an applicant-accused").
_INSIDE_A_NOUN = frozenset({"npadvmod", "amod", "compound", "nmod"})
# The outcomes of an appeal's ruling: whoever a court upheld or overturned a conviction of.
_APPEAL_OUTCOMES = frozenset({"upheld", "overturned"})


class ProceduralRoles:
    """The accused a procedural role noun stands for; the state is ``Naming``'s and
    ``Reader``'s (``proceedings``, ``role_apposed``: set per document)."""

    lex: LegalLexicon
    by_token: dict[int, Mention]
    accused_so_far: set[str]
    # Who has been ruled on in each kind of proceeding ("bail", "appeal"), and who was
    # introduced with each procedural noun ("applicant" -> {"X"}).
    proceedings: dict[str, set[str]]
    role_apposed: dict[str, set[str]]
    # The kinds of proceeding the report has told a ruling in, named or not ("granted bail
    # to two men accused in the case"): whose case a title names (``CaseCaptions``).
    proceedings_told: set[str]

    _cast_apart: Callable[[], set[str]]  # ``DescribedPeople``'s: victims, witnesses ...
    _person_full_name: Callable[[Mention], str]
    _speakers_clients: Callable[[Token], list[Named]]  # ``Counsel``'s: a lawyer's clients

    def _role_kind(self, token: Token) -> str | None:
        """The kind of proceeding a procedural role noun belongs to ("applicant": "bail"),
        also the first part of "applicant-accused"."""
        return self.lex.procedural_role_nouns.get(token.lower_)

    def _role_held(self, noun: Token) -> Named | None:
        """The one accused "the NOUN" (a procedural role noun) stands for, or None."""
        kind = self._role_kind(noun)
        if kind is None or noun.tag_ != "NN":
            return None
        marks = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
        if marks != ["the"]:
            return None  # "an applicant", "his appellant", "the convict's applicant"
        if any(
            c.dep_ in ("appos", "compound", "flat") or (c.dep_ == "prep" and c.lower_ == "of")
            for c in noun.children
        ):
            return None  # "the applicant, X", "the appellant of Y": named by its own words
        apart = self._cast_apart()
        for found in (self._client_speaking(noun), self._apposed(noun), self._ruled_on(kind)):
            fits = {n for n in found if n not in apart}
            if len(fits) == 1:
                return Named(next(iter(fits)), noun.idx, noun.idx + len(noun.text))
            if fits:
                return None  # two clients, two apposed: the noun says neither
        return None

    def _client_speaking(self, noun: Token) -> set[str]:
        """The client of the lawyer whose words hold ``noun``: the subject of the verb of
        saying nearest above it ("He submitted that the applicant had disowned ...", after
        "Counsel for X, Advocate Y, argued ..."), read as ``Counsel`` reads a lawyer speaking
        of "his client" - only an accused."""
        for verb in noun.ancestors:
            if verb.lemma_.lower() not in _REPORTING:
                continue
            subjects = [c for c in verb.children if c.dep_ in NOUN_SUBJECTS]
            if len(subjects) != 1 or subjects[0].right_edge.i >= noun.i:
                return set()  # "Counsel for the applicant, X, argued": the lawyer's own phrase
            if subjects[0].i < noun.i < verb.i:
                return set()  # "X, appearing for the applicant, argued": so too, set off
            return {n.name for n in self._speakers_clients(subjects[0])} & self.accused_so_far
        return set()

    def _apposed(self, noun: Token) -> set[str]:
        """The people the report introduced with this noun ("X, an applicant-accused")."""
        return self.role_apposed.get(noun.lower_, set()) & self.accused_so_far

    def _ruled_on(self, kind: str) -> set[str]:
        """The accused so far a ruling of this kind was about."""
        kinds = ("bail", "appeal") if kind == "either" else (kind,)
        return {n for k in kinds for n in self.proceedings.get(k, set())} & self.accused_so_far

    def remember_proceedings(self, sent: Span, drafts: Iterable[Draft]) -> None:
        """Remember whom this sentence's rulings were on, by kind of proceeding, and whom it
        introduces with a procedural role noun."""
        for d in drafts:
            if d.kind != "ruling":
                continue
            kind = self._proceeding_of(d)
            if kind is not None:
                self.proceedings.setdefault(kind, set()).update(n.name for n in d.accused)
                self.proceedings_told.add(kind)
        for token in sent:
            if self._role_kind(token) is None:
                continue
            name = self._apposed_name(token)
            if name is not None:
                self.role_apposed.setdefault(token.lower_, set()).add(name)

    def _proceeding_of(self, draft: Draft) -> str | None:
        """The kind of proceeding a ruling tells: "bail" where it grants bail or decides a
        bail application (a bail noun in the cue's objects: "granted bail to X",
        "dismissed the bail application of Y"), "appeal" where it ends an appeal."""
        if draft.outcome in _APPEAL_OUTCOMES:
            return "appeal"
        objects = [c for c in draft.cue.children if c.dep_ in ("dobj", "nsubjpass", "prep")]
        words = {t.lemma_.lower() for o in objects for t in o.subtree if t.i != draft.cue.i}
        if draft.outcome == "bail" or words & self.lex.bail_nouns:
            return "bail"
        if words & self.lex.appeal_nouns:
            return "appeal"
        return None

    def _apposed_name(self, noun: Token) -> str | None:
        """The person a procedural noun is apposed to, with an article: "X, the appellant";
        "X, an applicant-accused booked for ...", where the parse hangs the noun on the
        hyphened word's second half and that on the apposed phrase's head."""
        head = noun
        while head.dep_ in _INSIDE_A_NOUN and head.head.i > head.i:
            head = head.head
        phrase = [t for t in head.subtree if t.i <= noun.i or t == head]
        if head.dep_ != "appos" or not any(t.dep_ == "det" for t in phrase):
            return None
        m = self.by_token.get(head.head.i)
        if m is None or m.type != "person":
            return None
        return self._person_full_name(m)
