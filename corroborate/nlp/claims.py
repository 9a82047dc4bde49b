"""Claims: every legal or criminal act a sentence reports, with the part each party plays.

``find_claims(doc, mentions)`` reads the dependency parse once and returns typed ``Claim``
records: who a court acquitted, convicted, sentenced or released on bail (the object of an
active ruling, the subject of a passive one, the owner of the sentence it upheld or set
aside); who was charged, arrested, declared an absconder, accused or suspected; who
confessed and where; who did the killing and who was killed; and who is only the judge, a
lawyer, a prosecutor, an investigator, a witness, a relative or an official. Co-ordinated
names ("X, Y and Z were acquitted") each get the role. The words are the lexicon's
(``corroborate.lexicon.legal``); the rules read grammar only, never a particular name.

What comes out is the one place the project decides who a sentence accuses; the ledger
(``ledger/claims.py``) is a pure function over these records.

Names come from the document's mentions; a pronoun or "the accused" is resolved to the person
the document is about (``SpeakerResolver``); a run of proper nouns in a party's place that
the mention finder missed ("Nadeem") is returned as an extra mention, so that the ledger
can resolve it like any other name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from corroborate.ledger.acts import act_of
from corroborate.lexicon.legal import LegalLexicon, legal
from corroborate.nlp.kinds import setting_in, setting_of
from corroborate.nlp.speakers import PERSONAL_PRONOUNS, SpeakerResolver
from corroborate.records import (
    Claim,
    ClaimKind,
    EntityType,
    Mention,
    Participant,
    ParticipantRole,
    Setting,
)

__all__ = ["find_claims"]

_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
_ACTIVE_SUBJECTS = frozenset({"nsubj", "csubj"})
# An act someone asks for, plans or expects has not happened ("urged the court to acquit"):
# its head is one of the lexicon's request verbs, or it has a modal.
_OWNER_PREPS = frozenset({"of", "against", "on", "to"})
_PHRASE_BREAKS = frozenset({"VERB", "ADP", "AUX", "PRON", "CCONJ", "SCONJ", "DET"})
_LISTING_PREPS = frozenset({"including", "like", "namely", "among"})
_LISTING_VERBS = frozenset({"be", "include", "comprise"})


def find_claims(doc: Doc, mentions: list[Mention]) -> tuple[list[Claim], list[Mention]]:
    """The claims of ``doc`` (in text order) and the mentions they needed that ``mentions``
    lacked (proper names in a party's place that NER missed)."""
    return _Reader(doc, mentions).run()


class _Named(NamedTuple):
    """A party as the sentence names it; ``members``: it stands for members of ``name``
    ("13 workers of the MQM": name "MQM", members "workers")."""

    name: str
    start: int
    end: int
    members: str | None = None
    resolved: bool = False  # found by resolving a pronoun or "the accused"


@dataclass
class _Draft:
    kind: ClaimKind
    cue: Token
    outcome: str | None = None
    listing: bool = False  # "the accused are X, Y and Z"
    unnamed_plural: bool = False  # a ruling on "16 policemen", named nowhere in its sentence
    parties: dict[tuple[str, int], tuple[ParticipantRole, _Named]] = field(default_factory=dict)

    def add(self, named: Iterable[_Named], role: ParticipantRole) -> None:
        for n in named:
            self.parties.setdefault((n.name, n.start), (role, n))


class _Reader:
    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.doc = doc
        self.lex: LegalLexicon = legal()
        self.resolver = SpeakerResolver(doc)
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or m.type == "place":
                continue
            for token in span:
                self.by_token.setdefault(token.i, m)
        self.names = {m.name for m in mentions}
        self.extra: list[Mention] = []
        # The parties last ruled on, charged or arrested: whom "all of them", "they" and "he"
        # stand for in the next sentences (court reports follow their defendants).
        self.last_accused: list[_Named] = []
        # Names the document has described so far as someone other than an accused (the
        # victim, the judge ...): a pronoun or "the accused" is never resolved to them.
        self.described: set[str] = set()
        # Rulings on a counted, unnamed group ("sentenced 16 policemen") waiting for the
        # sentence that names its members.
        self.unnamed_rulings: list[tuple[Span, _Draft]] = []

    def run(self) -> tuple[list[Claim], list[Mention]]:
        claims: list[Claim] = []
        for sent in self.doc.sents:
            drafts: list[_Draft] = []
            for token in sent:
                drafts.extend(self._read(token))
            drafts.extend(self._listed(sent))
            drafts.extend(self._descriptions(sent, drafts))
            # A pronoun resolved to someone this sentence names as victim, judge ... was
            # resolved wrongly ("helping X murder Y, has had his conviction overturned").
            others = self.described | {
                n.name for d in drafts for role, n in d.parties.values() if role != "accused"
            }
            for d in drafts:
                d.parties = {
                    k: (role, n) for k, (role, n) in d.parties.items()
                    if not (role == "accused" and n.resolved and n.name in others)
                }  # fmt: skip
            claims.extend(self._claim(sent, d) for d in drafts if d.parties)
            self.described |= {
                n.name for d in drafts for role, n in d.parties.values() if role != "accused"
            }
            listed = [d for d in drafts if d.listing and d.parties] or [
                d for d in drafts
                if d.kind in ("ruling", "charge", "arrest")
                and sum(role == "accused" for role, _ in d.parties.values()) >= 2
            ]  # fmt: skip
            for ruling_sent, ruling in self.unnamed_rulings if listed else []:
                # "sentenced 16 policemen ... The convicts are X, Y and Z"
                draft = _Draft(ruling.kind, ruling.cue, ruling.outcome)
                draft.parties = {k: v for d in listed for k, v in d.parties.items()}
                claims.append(self._claim(ruling_sent, draft))
            if listed:
                self.unnamed_rulings = []
            self.unnamed_rulings += [
                (sent, d) for d in drafts if d.kind == "ruling" and d.unnamed_plural
            ]
            accused = [
                n for d in drafts if d.kind in ("ruling", "charge", "arrest") or d.listing
                for role, n in d.parties.values() if role == "accused"
            ]  # fmt: skip
            if accused:
                self.last_accused = list(dict.fromkeys(accused))
        claims.sort(key=lambda c: (c.start, c.cue))
        return claims, self.extra

    # -- one token, one act -----------------------------------------------------------------

    def _read(self, token: Token) -> list[_Draft]:
        lex, lemma = self.lex, token.lemma_.lower()
        if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBN", "VBD", "VBG"):
            return self._read_noun(token, lemma)
        if self._not_done(token):
            return []
        phrasal = self._phrasal(token, lemma)
        out: list[_Draft] = []
        if lemma in lex.ruling_verbs:
            draft = _Draft("ruling", token, lex.ruling_verbs[lemma])
            patients = self._patients(token)
            draft.add(patients, "accused")
            draft.add(self._agents(token), "court")
            draft.unnamed_plural = not patients and self._unnamed_group(token)
            passive = any(c.dep_ == "auxpass" for c in token.children)
            if not patients and not draft.unnamed_plural and not passive:
                draft.add(self._name_after(token, self._passable(token)), "accused")
            out.append(draft)
        if phrasal in lex.verdict_verbs or lemma in lex.bail_verbs or lemma in lex.remand_verbs:
            out.extend(self._verdicts(token, phrasal))
        if lemma in lex.charge_verbs and self._acts_on_someone(token):
            draft = _Draft("charge", token, lex.charge_verbs[lemma])
            draft.add(self._patients(token), "accused")
            out.append(draft)
        if lemma in lex.frame_verbs:
            out.extend(self._framed(token))
        if lemma in lex.arrest_verbs:
            draft = _Draft("arrest", token, lex.arrest_verbs[lemma])
            draft.add(self._patients(token), "accused")
            draft.add(self._agents(token), "investigator")
            out.append(draft)
        if lemma in lex.accuse_verbs:
            draft = _Draft("accusation", token)
            draft.add(self._patients(token), "accused")
            out.append(draft)
        if lemma in lex.confess_verbs or (
            lemma in lex.guilty_pleas and any(c.lower_ == "guilty" for c in token.children)
        ):
            plea = "guilty_plea" if lemma in lex.guilty_pleas else None
            draft = _Draft("confession", token, plea)
            draft.add(self._agents(token), "accused")
            out.append(draft)
        if lemma in lex.finding_verbs:
            guilty = self._guilty(token)
            if guilty is not None:
                out.append(guilty)
        if lemma in lex.declare_verbs and self._declares_absconder(token):
            draft = _Draft("ruling", token, "proclaimed_offender")
            draft.add(self._patients(token), "accused")
            out.append(draft)
        if lemma in lex.crime_verbs or lemma == "die":
            draft = _Draft("crime", token)
            if lemma == "die":
                draft.add(self._agents(token), "victim")
            else:
                draft.add(self._patients(token), "victim")
                agents = [a for a in self._agents(token) if self._is_person(a)]
                draft.add(agents, "accused")
            out.append(draft)
        return out

    def _read_noun(self, token: Token, lemma: str) -> list[_Draft]:
        lex = self.lex
        if token.pos_ not in ("NOUN", "PROPN"):
            return []
        if lemma in lex.confession_nouns or any(
            c.dep_ == "amod" and c.lemma_.lower() in lex.confession_nouns for c in token.children
        ):  # "his confession", "a confessional statement"
            if token.head.lemma_.lower() in lex.disowning_verbs:
                return []  # "retracted his confession": a retraction, told elsewhere
            draft = _Draft("confession", token)
            owners = self._owners(token)
            if not owners and token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB":
                # "X gave a confessional statement"; "his confession was recorded"
                giver = token.head.lemma_.lower() in lex.confession_givers
                owners = self._agents(token.head) if giver else []
            if not owners and token.dep_ == "pobj" and token.head.head.pos_ == "VERB":
                # "He re-emerged in a televised confession": the one who appeared in it
                verb = token.head.head
                if verb.lemma_.lower() not in lex.disowning_verbs:
                    owners = [n for n in self._agents(verb) if self._is_person(n)]
            draft.add(owners, "accused")
            return [draft]
        if lemma in lex.crime_nouns:
            draft = _Draft("crime", token)
            draft.add(self._owners(token), "victim")
            # "the Pearl murder case": the name before the crime word is its victim.
            draft.add(self._compound_names(token), "victim")
            return [draft]
        role: ParticipantRole | None = None
        if lemma in lex.accused_nouns or token.lower_ in lex.accused_nouns:
            role = "accused"
        elif lex.role_nouns.get(lemma) not in (None, "court"):
            role = lex.role_nouns[lemma]
        if role is None:
            return []
        draft = _Draft("accusation" if role == "accused" else "role", token)
        draft.add(self._described(token), role)
        return [draft]

    def _described(self, noun: Token) -> list[_Named]:
        """The names a role noun stands for: "the accused, X and Y", "suspect X", "the
        accused included X", "the accused are X, Y", "three accused, including X"."""
        out = [n for c in noun.children if c.dep_ == "appos" for n in self._names(c)]
        out += [
            n
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in _LISTING_PREPS
            for n in self._pobj_names(c)
        ]
        if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ == "PROPN":
            out += self._names(noun.head)  # "accused Jameel", "suspect Kareem Bux"
        if noun.dep_ == "appos":
            out += self._names(noun.head) if noun.head.pos_ == "PROPN" else []
        if noun.dep_ in _ACTIVE_SUBJECTS and noun.head.lemma_.lower() in _LISTING_VERBS:
            out += self._names_of_children(noun.head, frozenset({"attr", "dobj", "appos"}))
        return out

    # -- rulings on a verdict, bail, remand, charges framed ------------------------------

    def _verdicts(self, verb: Token, phrasal: str) -> list[_Draft]:
        lex = self.lex
        out: list[_Draft] = []
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
        if verb.tag_ == "VBN":  # "had his conviction overturned"
            objects += [c for c in verb.children if c.dep_ == "nsubj"]
            # a verdict described by its appeal ("his conviction overturned"), not by its
            # first award ("the sentences awarded to X", which tells an earlier ruling)
            if verb.dep_ in ("acl", "amod") and lex.verdict_verbs.get(phrasal) != "sentenced":
                objects.append(verb.head)
        objects = [t for o in objects for t in self._coordinated(o)]  # "death and other sentences"
        for noun in objects:
            lemma = noun.lemma_.lower()
            outcome: str | None = None
            if lemma in lex.verdict_nouns and phrasal in lex.verdict_verbs:
                outcome = lex.verdict_verbs[phrasal]
            elif lemma == "acquittal" and lex.verdict_verbs.get(phrasal) == "upheld":
                outcome = "acquitted"
            elif lemma == "appeal" and phrasal in ("dismiss", "reject"):
                outcome = "upheld"  # the appellant's conviction stands
            elif lemma == "appeal" and phrasal in ("accept", "allow", "grant"):
                outcome = "overturned"
            elif lemma in lex.bail_nouns and verb.lemma_.lower() in lex.bail_verbs:
                outcome = "bail"
            if outcome is None:
                continue
            draft = _Draft("ruling", verb, outcome)
            owners = self._owners(noun)
            if not owners and noun.tag_ == "NN" and any(c.lower_ == "the" for c in noun.children):
                # "The sentence was overturned": the one sentence of the accused followed
                owners = self._anaphor(noun, plural=False)
            draft.add(owners, "accused")
            draft.add(self._recipients(verb), "accused")
            if noun.dep_ != "nsubjpass":  # "X was granted bail", "X was given life imprisonment"
                draft.add(self._names_of_children(verb, _PASSIVE_SUBJECTS), "accused")
            draft.add(self._agents(verb) if noun.dep_ != "nsubjpass" else [], "court")
            draft.unnamed_plural = not self._accused_in(draft) and (
                noun.tag_ in ("NNS", "NNPS")  # "overturned the sentences handed down by the ATC"
                or any(self._plural_anaphor(t) for t in self._recipient_tokens(verb))
            )
            if not self._accused_in(draft) and not draft.unnamed_plural:
                draft.add(self._name_after(verb, self._passable(noun)), "accused")
            out.append(draft)
        # "released on bail", "sent on physical remand"
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "to")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                lemma = pobj.lemma_.lower()
                if lemma in lex.bail_nouns and verb.lemma_.lower() in lex.bail_verbs:
                    outcome = "bail"
                elif lemma == "remand" and verb.lemma_.lower() in lex.remand_verbs:
                    outcome = "remanded"
                else:
                    continue
                draft = _Draft("ruling", verb, outcome)
                draft.add(self._patients(verb), "accused")
                out.append(draft)
        return out

    def _framed(self, verb: Token) -> list[_Draft]:
        """ "framed charges against X", "registered a case against X"."""
        out: list[_Draft] = []
        for noun in verb.children:
            if noun.dep_ in ("dobj", "nsubjpass") and noun.lemma_.lower() in self.lex.charge_nouns:
                draft = _Draft("charge", verb, "charged")
                for prep in noun.children:
                    if prep.dep_ == "prep" and prep.lower_ == "against":
                        draft.add(self._pobj_names(prep), "accused")
                for prep in verb.children:
                    if prep.dep_ == "prep" and prep.lower_ == "against":
                        draft.add(self._pobj_names(prep), "accused")
                out.append(draft)
        return out

    def _declares_absconder(self, verb: Token) -> bool:
        return any(
            t.lemma_.lower() in self.lex.absconder_nouns
            for c in verb.children
            if c.dep_ in ("oprd", "attr", "xcomp", "dobj", "ccomp", "acomp")
            for t in c.subtree
        )

    # -- who: patients, agents, owners -------------------------------------------------------

    def _patients(self, verb: Token) -> list[_Named]:
        """Whom the act is done to: the object of an active verb, the subject of a passive
        one, the noun a participle or passive relative clause describes."""
        passive = any(c.dep_ in _PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)
        deps = _PASSIVE_SUBJECTS if passive else frozenset({"dobj"})
        found = self._names_of_children(verb, deps)
        if not found and passive and verb.dep_ == "conj":
            found = self._names_of_children(verb.head, _PASSIVE_SUBJECTS)  # "arrested and charged"
        if not found and passive and verb.dep_ == "xcomp":
            # "X was ordered to be remanded"; "ordered him to be remanded"
            found = self._names_of_children(verb.head, _PASSIVE_SUBJECTS | {"dobj"})
        if not found and verb.dep_ in ("acl", "relcl") and (passive or verb.tag_ == "VBN"):
            found = self._names(verb.head)  # "X, who was acquitted"; "X, arrested on Monday"
        if not found and not passive:
            found = self._name_after(verb)
        return found

    def _name_after(self, verb: Token, through: frozenset[str] = frozenset()) -> list[_Named]:
        """The name right after an active verb whose object the parser lost ("acquitted
        Tariq Noor alias Doctor, ..." parsed with "Doctor" as an adverb). ``through``: words
        the scan may pass ("granted bail to cricketer X"; "sentenced the prime accused, X")."""
        for t in self.doc[verb.i + 1 : min(verb.i + 9, verb.sent.end)]:
            m = self.by_token.get(t.i)
            if m is not None and (m.type == "organization" and _modifies(t, m) or _owns(t, m)):
                continue  # "detained MQM worker X", "X's murder": the name describes a noun
            if m is not None:
                return [_Named(m.name, m.start, m.end)] if m.type != "place" else []
            described = t.is_lower and t.i + 1 in self.by_token  # "cricketer X", "gangster X"
            lenient = bool(through) and (described or t.pos_ in ("DET", "ADJ", "NUM"))
            if t.lower_ in through or lenient:
                continue
            if t.is_punct or t.pos_ in ("ADP", "VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
                return []
        return []

    def _passable(self, token: Token) -> frozenset[str]:
        """Words a scan for a lost object may pass: the verdict noun itself, "to", a comma,
        and the accused nouns and modifiers of an apposition ("the prime accused, X")."""
        words = {token.lower_, "to", ",", "the", "a", "an", "prime", "main", "key"}
        return frozenset(words | self.lex.accused_nouns)

    def _unnamed_group(self, verb: Token) -> bool:
        """ "convicted 16 former policemen", "acquitted all of the accused", "sentenced
        them" with no one named before: a group the sentence speaks of but does not name."""
        passive = any(c.dep_ in _PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)
        deps = _PASSIVE_SUBJECTS if passive else frozenset({"dobj"})
        for c in verb.children:
            if c.dep_ not in deps:
                continue
            counted = c.tag_ in ("NNS", "NNPS") and any(n.dep_ == "nummod" for n in c.children)
            group = any(self._plural_anaphor(t) for t in self._coordinated(c))
            if counted or group:
                return True
        return False

    def _agents(self, verb: Token) -> list[_Named]:
        """Who does it: the subject of an active verb, the "by" phrase of a passive one."""
        passive = any(c.dep_ in _PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)
        if passive:
            return [n for c in verb.children if c.dep_ == "agent" for n in self._pobj_names(c)]
        found = self._names_of_children(verb, _ACTIVE_SUBJECTS)
        if not found and verb.dep_ == "conj":
            found = self._names_of_children(verb.head, _ACTIVE_SUBJECTS)
        if not found and verb.dep_ == "relcl":
            found = self._names(verb.head)  # "X, who confessed"
        if not found and verb.dep_ == "acl" and verb.tag_ == "VBG":
            found = self._names(verb.head)  # "the report mentions X confessing to ..."
        return found

    def _recipients(self, verb: Token) -> list[_Named]:
        """ "granted bail to X", "awarded X the death sentence", "imposed on X"."""
        out: list[_Named] = []
        for c in verb.children:
            if c.dep_ == "dative" and c.lower_ in ("to", "on"):
                out += self._pobj_names(c)
            elif c.dep_ == "dative":
                out += self._names(c)
            elif c.dep_ == "prep" and c.lower_ in ("to", "on"):
                out += self._pobj_names(c)
        return out

    def _recipient_tokens(self, verb: Token) -> list[Token]:
        return [
            t
            for c in verb.children
            if c.dep_ in ("dative", "prep") and c.lower_ in ("to", "on")
            for t in c.children
            if t.dep_ == "pobj"
        ]

    @staticmethod
    def _accused_in(draft: _Draft) -> bool:
        return any(role == "accused" for role, _ in draft.parties.values())

    def _guilty(self, verb: Token) -> _Draft | None:
        """ "found guilty of", "pronounced X guilty", "held them guilty" (convicted); "found
        not guilty" (acquitted)."""
        complement = [
            t
            for c in verb.children
            if c.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "dobj", "advmod", "attr")
            for t in c.subtree
            if t.lower_ in self.lex.verdict_adjectives
        ]
        if not complement:
            return None
        word = complement[0]
        negated = any(c.dep_ == "neg" for c in [*word.children, *verb.children])
        outcome = self.lex.verdict_adjectives[word.lower_]
        if negated:
            outcome = "acquitted" if outcome == "convicted" else "convicted"
        draft = _Draft("ruling", verb, outcome)
        draft.add(self._patients(verb) or self._names_of_children(verb, _ACTIVE_SUBJECTS
                  if verb.lemma_.lower() == "plead" else frozenset()), "accused")  # fmt: skip
        draft.add(self._agents(verb), "court")
        return draft

    def _owners(self, noun: Token) -> list[_Named]:
        """Whose it is: "X's conviction", "the sentence of X", "the case against X"."""
        out: list[_Named] = []
        for c in noun.children:
            if c.dep_ == "poss":
                out += self._names(c)
            elif c.dep_ == "prep" and c.lower_ in _OWNER_PREPS:
                out += self._pobj_names(c)
            elif c.dep_ == "acl":  # "the death sentence awarded to X"
                out += self._recipients(c)
        return out

    def _compound_names(self, noun: Token) -> list[_Named]:
        """The name in front of a crime word: "the Noor murder case" (parsed either way)."""
        out: list[_Named] = []
        for c in [*noun.children, *(noun.head.children if noun.dep_ == "compound" else [])]:
            if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "PROPN":
                out += self._names(c)
        return out

    def _pobj_names(self, prep: Token) -> list[_Named]:
        return [n for c in prep.children if c.dep_ == "pobj" for n in self._names(c)]

    def _names_of_children(self, head: Token, deps: frozenset[str]) -> list[_Named]:
        return [n for c in head.children if c.dep_ in deps for n in self._names(c)]

    def _names(self, head: Token) -> list[_Named]:
        """The named parties of the noun phrase headed by ``head``: its own name, its
        co-ordinated names and appositions; a pronoun or "the accused" resolved. An
        organisation in apposition to a person names their affiliation, not a party."""
        out: list[_Named] = []
        people = False
        for h in self._coordinated(head):
            if self._plural_anaphor(h):
                out += [n for n in self._anaphor(h, plural=True) if n not in out]
                continue
            named = self._name_at(h)
            if named is None or named in out:
                continue
            m = self.by_token.get(h.i)
            is_org = m is not None and m.type == "organization"
            if is_org and h.dep_ == "appos" and people:
                continue
            people = people or not is_org
            out.append(named)
        return [self._shared_surname(n, out) for n in out]

    def _shared_surname(self, named: _Named, party: list[_Named]) -> _Named:
        """ "Rajesh and Nupur Talwar": a lone first name joined by "and" to a full name
        shares its surname."""
        if " " in named.name or named.members is not None:
            return named
        text = self.doc.text
        for other in party:
            words = other.name.split()
            joined = text[named.end : other.start].strip().lower() in ("and", "&")
            if joined and len(words) >= 2 and other.start > named.end:
                name = f"{named.name} {words[-1]}"
                if name not in self.names:
                    self.extra.append(Mention(named.start, named.end, named.name, "person",
                                              name, "claim"))  # fmt: skip
                    self.names.add(name)
                return _Named(name, named.start, named.end)
        return named

    def _plural_anaphor(self, token: Token) -> bool:
        """ "they", "them", "the accused persons", "the five convicts" with no name of their
        own: the accused the report has been following."""
        if token.i in self.by_token:
            return False
        if token.lower_ in self.lex.plural_pronouns:
            return True
        lemma = token.lemma_.lower()
        quantified = token.dep_ == "pobj" and token.head.head.lower_ in self.lex.quantifiers
        plural = token.tag_ in ("NNS", "NNPS") or quantified  # "all of the accused"
        accused = lemma in self.lex.accused_nouns or token.lower_ in self.lex.accused_nouns
        group = lemma in self.lex.group_nouns and any(c.lower_ == "the" for c in token.children)
        named = any(
            t.i in self.by_token
            for c in token.children
            if c.dep_ in ("compound", "appos", "amod", "nmod")
            for t in c.subtree
        )
        return (accused and plural or group) and not named

    def _coordinated(self, head: Token) -> list[Token]:
        out = [head]
        queue = [head]
        while queue:
            t = queue.pop()
            for c in t.children:
                if c.dep_ in ("conj", "appos") and c not in out:
                    out.append(c)
                    queue.append(c)
                # "all of them", "three of the accused", "..., including X"
                listing = c.lower_ in _LISTING_PREPS
                of_some = c.lower_ == "of" and t.pos_ in ("NUM", "PRON", "DET")
                if c.dep_ == "prep" and (listing or of_some):
                    for pobj in c.children:
                        if pobj.dep_ == "pobj" and pobj not in out:
                            out.append(pobj)
                            queue.append(pobj)
        return out

    def _name_at(self, token: Token) -> _Named | None:
        m = self.by_token.get(token.i)
        lemma = token.lemma_.lower()
        described = lemma in self.lex.accused_nouns or lemma in self.lex.role_nouns
        if m is None and described:
            # the name inside the phrase: "suspect Kareem Bux", "the accused Bilal"; not the
            # party of "a PRP worker", which describes the accused and accuses no party
            for c in token.children:
                if c.dep_ in ("compound", "flat", "appos") and c.i in self.by_token:
                    m = self.by_token[c.i]
                    break
        if m is not None and m.type == "organization" and _modifies(token, m):
            return None  # "MQM's deputy convener X", "MQM worker X": X is the party
        if m is not None:
            return _Named(m.name, m.start, m.end)
        if lemma in self.lex.member_nouns:
            return self._members(token)
        if token.lower_ in PERSONAL_PRONOUNS and any(n.members is None for n in self.last_accused):
            found = self._anaphor(token, plural=False)
            return found[0] if found else None
        if token.lower_ in PERSONAL_PRONOUNS or lemma in self.lex.accused_nouns:
            if any(c.dep_ == "appos" for c in token.children):
                return None  # "the prime accused, X": X is named beside it
            phrase = [t for t in token.subtree if t.dep_ in ("det", "amod") or t == token]
            name = self.resolver.resolve(phrase)
            if name and name in self.names and name not in self.described:
                first, last = phrase[0], phrase[-1]
                return _Named(name, first.idx, last.idx + len(last.text), resolved=True)
            return None
        # a proper name NER missed, or tagged as a common noun ("Rajesh and Nupur Talwar")
        tagged = bool(token.ent_type_) and not token.is_sent_start
        if (token.pos_ == "PROPN" or tagged) and token.text[:1].isupper():
            return self._missed_name(token)
        return None

    def _anaphor(self, token: Token, plural: bool) -> list[_Named]:
        """ "all of them", "the convicts", "he": the parties last ruled on, charged,
        arrested or listed as accused - all of them for a plural, the one person for "he"."""
        if plural:
            found = self.last_accused
        else:
            found = [n for n in self.last_accused if n.members is None]
            found = found if len(found) == 1 else []
        end = token.idx + len(token.text)
        return [_Named(n.name, token.idx, end, n.members) for n in found]

    def _members(self, noun: Token) -> _Named | None:
        """ "13 workers of the MQM", "MQM workers", "the party's activists": members of an
        organisation, as a group."""
        owners = [c for c in noun.children if c.dep_ in ("compound", "poss")]
        owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        for owner in owners:
            m = self.by_token.get(owner.i)
            if m is not None and m.type == "organization":
                first = min([noun, *[t for t in noun.subtree if t.i < noun.i]], key=lambda t: t.i)
                return _Named(m.name, first.idx, noun.idx + len(noun.text), noun.lower_)
        return None

    def _missed_name(self, token: Token) -> _Named | None:
        """A proper name NER did not mark ("Nadeem"), kept as an extra mention."""
        words = [token]
        while words[0].i > 0:  # the capitalised proper nouns right before it, not "couple"
            before = self.doc[words[0].i - 1]
            if before.pos_ != "PROPN" or before.head != token or not before.text[:1].isupper():
                break
            words.insert(0, before)
        if not token.text[:1].isupper() or any(not w.is_alpha for w in words):
            return None
        if any(w.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "NORP") for w in words):
            return None
        start, end = words[0].idx, token.idx + len(token.text)
        name = self.doc.text[start:end]
        kind: EntityType = "organization" if token.ent_type_ == "ORG" else "person"
        mention = Mention(start, end, name, kind, name, "claim")
        self.extra.append(mention)
        self.names.add(name)
        for w in words:
            self.by_token[w.i] = mention
        return _Named(name, start, end)

    def _is_person(self, named: _Named) -> bool:
        span = self.doc.char_span(named[1], named[2], alignment_mode="expand")
        m = self.by_token.get(span.root.i) if span is not None and len(span) else None
        return m is None or m.type == "person"

    def _listed(self, sent: Span) -> list[_Draft]:
        """ "The accused are X, Y and Z", "the other accused ... included X, Y": a list of
        names after an accused noun and a listing verb. Read along the tokens, not the parse:
        a small parser seldom gets a long list of foreign names right."""
        tokens = list(sent)
        out: list[_Draft] = []
        for k, noun in enumerate(tokens):
            participle = self._ruled_participle(noun)
            if noun.lower_ not in self.lex.accused_nouns and participle is None:
                continue
            verb = next(
                (t for t in tokens[k + 1 : k + 10]
                 if t.lemma_.lower() in _LISTING_VERBS or t.lower_ in _LISTING_PREPS),
                None,
            )  # fmt: skip
            first = next(
                (t for t in tokens[verb.i - sent.start + 1 :] if not t.is_punct), None
            ) if verb is not None else None  # fmt: skip
            if verb is None or first is None or first.i not in self.by_token:
                continue  # a list begins right after its verb: "the accused are X, Y"
            if participle is not None:  # "Those acquitted in the case include X, Y"
                draft = _Draft(participle[0], noun, participle[1], listing=True)
            else:
                draft = _Draft("accusation", noun, listing=True)
            for t in tokens[verb.i - sent.start + 1 :]:
                m = self.by_token.get(t.i)
                if m is None and t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN":
                    break  # the list ends where the next clause begins
                if m is not None and m.type != "place":
                    draft.add([_Named(m.name, m.start, m.end)], "accused")
            out.append(draft)
            break
        return out

    def _ruled_participle(self, token: Token) -> tuple[ClaimKind, str] | None:
        """ "those acquitted", "the arrested": a participle that names a group by what was
        done to it, as (claim kind, outcome)."""
        before = token.doc[token.i - 1].lower_ if token.i else ""
        if token.tag_ != "VBN" or before not in ("those", "the"):
            return None
        lemma = token.lemma_.lower()
        if lemma in self.lex.ruling_verbs:
            return "ruling", self.lex.ruling_verbs[lemma]
        if lemma in self.lex.charge_verbs:
            return "charge", self.lex.charge_verbs[lemma]
        if lemma in self.lex.arrest_verbs:
            return "arrest", self.lex.arrest_verbs[lemma]
        return None

    # -- roles by description ---------------------------------------------------------------

    def _descriptions(self, sent: Span, drafts: list[_Draft]) -> list[_Draft]:
        """Each name the sentence describes ("Justice X", "X's lawyer Y", "suspect Z",
        "slain journalist W") as a claim of that role (an accusation for an accused noun)."""
        out: list[_Draft] = []
        seen: set[int] = set()
        for token in sent:
            m = self.by_token.get(token.i)
            if m is None or m.start in seen or m.type == "place":
                continue
            seen.add(m.start)
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            role, cue = self._described_role(span)
            if role is None or cue is None:
                continue
            draft = _Draft("accusation" if role == "accused" else "role", cue)
            draft.add([_Named(m.name, m.start, m.end)], role)
            out.append(draft)
        return out

    def _described_role(self, span: Span) -> tuple[ParticipantRole | None, Token | None]:
        lex = self.lex
        root = span.root
        # a title NER kept inside the name: "Magistrate Francis Andayi"
        words: list[Token] = [t for t in span if t.i < root.i and t.lower_ in lex.role_nouns]
        # words in front of the name inside its phrase: "Justice", "defence counsel", "slain"
        i = span.start - 1
        while i >= span.sent.start and i >= span.start - 4:
            t = self.doc[i]
            if t.is_punct and t.text not in ("-",) or t.pos_ in _PHRASE_BREAKS:
                break
            if t.i in self.by_token:
                break
            words.append(t)
            i -= 1
        if root.dep_ == "appos":
            words.append(root.head)
        words += [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "compound" and root.head.i > root.i:
            # "the Pearl murder case", "the Pearl murder suspects": the crime names the victim
            after = [root.head, *(c for c in root.head.children
                                  if c.dep_ == "compound" and c.i > root.i)]  # fmt: skip
            if any(t.lemma_.lower() in lex.crime_nouns for t in after):
                return "victim", next(t for t in after if t.lemma_.lower() in lex.crime_nouns)
            words += after
        words += [t for t in span if t.i < root.i and t.pos_ != "PROPN"]
        for t in words:
            lemma = t.lemma_.lower()
            lower = t.lower_
            if lemma in lex.accused_nouns or lower in lex.accused_nouns:
                return "accused", t
            if lemma in lex.victim_words or lower in lex.victim_words:
                return "victim", t
            if lemma in lex.crime_nouns and root.dep_ == "compound":
                return "victim", t
            role = lex.role_nouns.get(lemma) or lex.role_nouns.get(lower)
            if role is not None and role != "victim":
                return role, t
        return None, None

    # -- helpers ------------------------------------------------------------------------------

    def _setting(self, cue: Token) -> Setting:
        """Where a confession was made: the phrase attached to it ("before a magistrate",
        "during interrogation", "to the court", "in police custody") - to the verb, or for a
        noun to the verb it is the object of - else the nearest setting phrase around its
        clause (``kinds.setting_of``), never a court named elsewhere in the sentence."""
        text = self.doc.text
        verbs = [cue] if cue.pos_ in ("VERB", "AUX") else [cue, cue.head]
        for verb in verbs:
            for child in verb.children:
                if child.dep_ not in ("prep", "advcl", "advmod", "agent", "dative", "npadvmod"):
                    continue
                last = child.right_edge
                found = setting_in(text[child.left_edge.idx : last.idx + len(last.text)])
                if found is not None:
                    return found
        # else a setting phrase in its clause, then in its sentence before it ("During
        # interrogation by the police, he confessed"), then the nearest around it
        # (``kinds.setting_of``: the scene set in the sentences before)
        clause = cue.head if cue.pos_ not in ("VERB", "AUX") else cue
        last = clause.right_edge
        found = setting_in(text[clause.left_edge.idx : last.idx + len(last.text)])
        end = max(last.idx + len(last.text), cue.idx + len(cue.text))
        return (
            found
            or setting_in(text[cue.sent.start_char : cue.idx])
            or setting_of(text, cue.idx, end, "confession")
        )

    def _not_done(self, verb: Token) -> bool:
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ in self.lex.modal_auxiliaries for c in verb.children):
            return True
        head = verb.head
        return verb.dep_ in ("xcomp", "ccomp", "advcl") and (
            head.lemma_.lower() in self.lex.request_verbs and verb.tag_ == "VB"
        )

    def _phrasal(self, verb: Token, lemma: str) -> str:
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        return f"{lemma}_{particle}" if particle else lemma

    def _acts_on_someone(self, verb: Token) -> bool:
        """ "charged X with murder" / "X was charged"; not "charged a fee", "tried to flee"."""
        if verb.dep_ == "xcomp" or any(c.dep_ == "xcomp" for c in verb.children):
            return False
        return bool(self._patients(verb))

    def _claim(self, sent: Span, draft: _Draft) -> Claim:
        text = self.doc.text
        start, end = sent.start_char, sent.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        cue = (draft.cue.idx, draft.cue.idx + len(draft.cue.text))
        participants = tuple(
            Participant(n.name, role, n.start, n.end, n.members)
            for role, n in sorted(draft.parties.values(), key=lambda v: v[1].start)
        )
        setting = None
        outcome = draft.outcome
        if draft.kind == "confession":
            setting = "judicial" if outcome == "guilty_plea" else self._setting(draft.cue)
            outcome = None
        # The act is the trigger's own clause's ("Although X was acquitted in several cases, he
        # was sentenced for espionage": the acquittals are not for espionage); a noun or the
        # sentence's main verb takes the whole sentence's.
        cue_token = draft.cue
        if cue_token.pos_ in ("VERB", "AUX") and cue_token.dep_ != "ROOT":
            lo = cue_token.left_edge.idx
            hi = cue_token.right_edge.idx + len(cue_token.right_edge.text)
            act = act_of(_masked(text, lo, hi, list(participants)))
        else:
            act = act_of(_masked(text, start, end, list(participants)))
        return Claim(
            kind=draft.kind,
            start=start,
            end=end,
            cue=cue,
            participants=participants,
            outcome=outcome,
            setting=setting,
            act=act,
        )


def _owns(token: Token, m: Mention) -> bool:
    """Whether the name ``m`` (at ``token``) is a possessive: "X's murder"."""
    after = next((t for t in token.doc[token.i : token.i + 8] if t.idx >= m.end), None)
    return after is not None and after.tag_ == "POS"


def _modifies(token: Token, m: Mention) -> bool:
    """Whether the name ``m`` (at ``token``) modifies a noun after it."""
    root = next((t for t in token.doc[token.i : token.i + 8] if t.idx >= m.end), None)
    if _owns(token, m):
        return True  # "the MQM's deputy convener", however the parser attached it
    head = token
    while head.dep_ in ("compound", "flat") and head.head.idx < m.end:
        head = head.head
    return head.dep_ in ("poss", "compound", "nmod", "amod") and (
        root is not None and head.head.idx >= m.end
    )


def _masked(text: str, start: int, end: int, participants: list[Participant]) -> str:
    """The sentence with the parties' names blanked: a name never decides the act."""
    chars = list(text[start:end])
    for p in participants:
        lo, hi = max(p.start - start, 0), min(p.end - start, len(chars))
        chars[lo:hi] = " " * max(hi - lo, 0)
    return "".join(chars)
