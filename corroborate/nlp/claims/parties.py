"""Who a phrase names: the parties of a claim, read from the parse.

``Parties`` holds what the claim reader knows of one document's names - its mentions by
token, the speaker resolver, the accused it has been following - and finds the people a
phrase stands for: the object or subject of a verb (``_patients``, ``_agents``), the owner of
a noun ("X's conviction", ``_owners``), co-ordinated and apposed names ("X, Y and Z"),
pronouns and "the accused" (resolved to the accused last named, never to someone described
as victim or judge), members of an organisation ("13 workers of the MQM"), and proper names
that NER missed (returned as extra mentions).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from corroborate.lexicon.legal import LegalLexicon, legal
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.speakers import PERSONAL_PRONOUNS, SpeakerResolver
from corroborate.records import EntityType, Mention

__all__ = ["ACTIVE_SUBJECTS", "LISTING_PREPS", "LISTING_VERBS", "PASSIVE_SUBJECTS", "Parties"]

PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
ACTIVE_SUBJECTS = frozenset({"nsubj", "csubj"})
_OWNER_PREPS = frozenset({"of", "against", "on", "to"})
LISTING_PREPS = frozenset({"including", "like", "namely", "among"})
LISTING_VERBS = frozenset({"be", "include", "comprise"})
_WH = frozenset({"WP", "WDT"})  # "who", "which": a relative clause's subject is its antecedent


class Parties:
    """The names of one document and how a phrase's words lead to them."""

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
        # The full names of people (start, name): what a one-word name of a person found
        # here stands for (as ``nlp.mentions`` does for the names NER found), including
        # the full names this reader finds ("Meftahul Islam Jiyon" ... "Jiyon's statement").
        self.full_names = [(m.start, m.name) for m in mentions
                           if m.type == "person" and len(m.name.split()) >= 2]  # fmt: skip
        self.extra: list[Mention] = []
        # The parties last ruled on, charged or arrested: whom "all of them", "they" and "he"
        # stand for in the next sentences (court reports follow their defendants).
        self.last_accused: list[Named] = []
        # Names the document has described so far as someone other than an accused (the
        # victim, the judge ...): a pronoun or "the accused" is never resolved to them.
        self.described: set[str] = set()
        # Rulings on a counted, unnamed group ("sentenced 16 policemen") waiting for the
        # sentence that names its members.
        self.unnamed_rulings: list[tuple[Span, Draft]] = []

    def _patients(self, verb: Token) -> list[Named]:
        """Whom the act is done to: the object of an active verb, the subject of a passive
        one, the noun a participle or passive relative clause describes."""
        passive = any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)
        deps = PASSIVE_SUBJECTS if passive else frozenset({"dobj"})
        found = self._names_of_children(verb, deps)
        if not found and passive and verb.dep_ == "conj":
            found = self._names_of_children(verb.head, PASSIVE_SUBJECTS)  # "arrested and charged"
        if not found and passive and verb.dep_ == "xcomp":
            # "X was ordered to be remanded"; "ordered him to be remanded"
            found = self._names_of_children(verb.head, PASSIVE_SUBJECTS | {"dobj"})
        if not found and verb.dep_ in ("acl", "relcl") and (passive or verb.tag_ == "VBN"):
            found = self._names(verb.head)  # "X, who was acquitted"; "X, arrested on Monday"
        if not found and passive and verb.dep_ == "pcomp" and verb.head.head.pos_ == "VERB":
            # "X is serving a sentence after being convicted": the one the clause is about
            found = self._agents(verb.head.head)
        if not found and not passive:
            found = self._name_after(verb)
        return found

    def _name_after(self, verb: Token, through: frozenset[str] = frozenset()) -> list[Named]:
        """The name right after an active verb whose object the parser lost ("acquitted
        Tariq Noor alias Doctor, ..." parsed with "Doctor" as an adverb). ``through``: words
        the scan may pass ("granted bail to cricketer X"; "sentenced the prime accused, X")."""
        for t in self.doc[verb.i + 1 : min(verb.i + 9, verb.sent.end)]:
            m = self.by_token.get(t.i)
            if m is not None and (m.type == "organization" and _modifies(t, m) or _owns(t, m)):
                continue  # "detained MQM worker X", "X's murder": the name describes a noun
            if m is not None:
                return [Named(m.name, m.start, m.end)] if m.type != "place" else []
            described = t.is_lower and t.i + 1 in self.by_token  # "cricketer X", "gangster X"
            lenient = bool(through) and (described or t.pos_ in ("DET", "ADJ", "NUM"))
            if t.lower_ in through or lenient:
                continue
            if t.is_punct or t.pos_ in ("ADP", "VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
                return []
        return []

    def _passable(self, token: Token) -> frozenset[str]:
        """Words a scan for a lost object may pass, besides determiners and adjectives: the
        verdict noun itself, "to", a comma, and accused nouns ("the prime accused, X")."""
        return frozenset({token.lower_, "to", ","} | self.lex.accused_nouns)

    def _unnamed_group(self, verb: Token) -> bool:
        """ "convicted 16 former policemen", "acquitted all of the accused", "sentenced
        them" with no one named before: a group the sentence speaks of but does not name."""
        passive = any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)
        deps = PASSIVE_SUBJECTS if passive else frozenset({"dobj"})
        return any(self._counted(c) for c in verb.children if c.dep_ in deps)

    def _counted(self, noun: Token) -> bool:
        """ "16 former policemen", "all of the accused", "them": a group without names."""
        counted = noun.tag_ in ("NNS", "NNPS") and any(n.dep_ == "nummod" for n in noun.children)
        return counted or any(self._plural_anaphor(t) for t in self._coordinated(noun))

    def _agents(self, verb: Token) -> list[Named]:
        """Who does it: the subject of an active verb, the "by" phrase of a passive one."""
        passive = any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)
        if passive:
            return [n for c in verb.children if c.dep_ == "agent" for n in self._pobj_names(c)]
        found = self._names_of_children(verb, ACTIVE_SUBJECTS)
        if not found and verb.dep_ == "conj":
            found = self._names_of_children(verb.head, ACTIVE_SUBJECTS)
        # "X, who confessed"; not "X's confession to the murder of Y, which the teenager
        # recanted", where the clause has a subject of its own
        own = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS and c.tag_ not in _WH]
        if not found and verb.dep_ == "relcl" and not own:
            found = self._names(_first_conjunct(verb.head))
        if not found and verb.dep_ == "acl" and verb.tag_ == "VBG":
            found = self._names(verb.head)  # "the report mentions X confessing to ..."
        if not found and verb.lower_.endswith("ing"):
            # the same, parsed with the subject as a modifier of the verb (or of a gerund
            # tagged as a noun)
            found = self._names_of_children(verb, frozenset({"compound"}))
        if not found and verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
            found = self._names_of_children(verb.head, ACTIVE_SUBJECTS)  # "He re-emerged in ..."
        return found

    def _recipients(self, verb: Token) -> list[Named]:
        """ "granted bail to X", "awarded X the death sentence", "imposed on X"."""
        out: list[Named] = []
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

    def _owners(self, noun: Token) -> list[Named]:
        """Whose it is: "X's conviction", "the sentence of X", "the case against X"."""
        out: list[Named] = []
        for c in noun.children:
            if c.dep_ == "poss":
                out += self._names(c)
            elif c.dep_ == "prep" and c.lower_ in _OWNER_PREPS:
                out += self._pobj_names(c)
            elif c.dep_ == "acl":  # "the death sentence awarded to X"
                out += self._recipients(c)
        return out

    def _makers(self, noun: Token) -> list[Named]:
        """Who made it, by a participle's "by" phrase: "the appeal filed by X and Y",
        "confessions made by the suspect"."""
        return [
            n for c in noun.children if c.dep_ == "acl"
            for a in c.children if a.dep_ == "agent" for n in self._pobj_names(a)
        ]  # fmt: skip

    def _compound_names(self, noun: Token) -> list[Named]:
        """The name in front of a crime word: "the Noor murder case" (parsed either way)."""
        out: list[Named] = []
        for c in [*noun.children, *(noun.head.children if noun.dep_ == "compound" else [])]:
            if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "PROPN":
                out += self._names(c)
        return out

    def _pobj_names(self, prep: Token) -> list[Named]:
        return [n for c in prep.children if c.dep_ == "pobj" for n in self._names(c)]

    def _names_of_children(self, head: Token, deps: frozenset[str]) -> list[Named]:
        return [n for c in head.children if c.dep_ in deps for n in self._names(c)]

    def _names(self, head: Token) -> list[Named]:
        """The named parties of the noun phrase headed by ``head``: its own name, its
        co-ordinated names and appositions; a pronoun or "the accused" resolved. An
        organisation in apposition to a person names their affiliation, not a party."""
        out: list[Named] = []
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

    def _shared_surname(self, named: Named, party: list[Named]) -> Named:
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
                return Named(name, named.start, named.end)
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
        # "all the accused" (a predeterminer: "accused" is no plural noun to the tagger)
        whole = any(c.dep_ == "predet" and c.lower_ in self.lex.quantifiers for c in token.children)
        plural = token.tag_ in ("NNS", "NNPS") or quantified or whole  # "all of the accused"
        accused = lemma in self.lex.accused_nouns or token.lower_ in self.lex.accused_nouns
        group = lemma in self.lex.group_nouns and any(c.lower_ == "the" for c in token.children)
        named = any(
            t.i in self.by_token
            for c in token.children
            if c.dep_ in ("compound", "appos", "amod", "nmod")
            for t in c.subtree
        ) or bool(self._listed_in(token))
        return (accused and plural or group) and not named and not self._others(token)

    def _others(self, noun: Token) -> bool:
        """ "the other suspects", "the remaining accused": a group besides the accused the
        report has followed, never resolved to them."""
        return any(c.dep_ == "amod" and c.lower_ in self.lex.others_words for c in noun.children)

    def _listed_in(self, noun: Token) -> list[Token]:
        """The names a noun's own phrase lists, however deep the parser hung the list: "the
        other suspects in the case including X, Y" (the list hung on "case")."""
        out: list[Token] = []
        queue = [noun]
        while queue:
            t = queue.pop()
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in LISTING_PREPS:
                    out += [p for p in c.children if p.dep_ == "pobj"]
                elif c.dep_ in ("prep", "pobj"):
                    queue.append(c)
        return out

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
                listing = c.lower_ in LISTING_PREPS
                of_some = c.lower_ == "of" and t.pos_ in ("NUM", "PRON", "DET")
                if c.dep_ == "prep" and (listing or of_some):
                    for pobj in c.children:
                        if pobj.dep_ == "pobj" and pobj not in out:
                            out.append(pobj)
                            queue.append(pobj)
        if head.lemma_.lower() in self.lex.accused_nouns or head.lower_ in self.lex.accused_nouns:
            for pobj in self._listed_in(head):  # "the other suspects in the case including X"
                if pobj not in out:
                    out.append(pobj)
                    out += [t for t in self._coordinated(pobj) if t not in out]
        return out

    def _name_at(self, token: Token) -> Named | None:
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
            full = self._full_name(m.name, m.start) if m.type == "person" else m.name
            return Named(full, m.start, m.end)
        if lemma in self.lex.member_nouns:
            return self._members(token)
        if token.lower_ in PERSONAL_PRONOUNS and any(n.members is None for n in self.last_accused):
            found = self._anaphor(token, plural=False)
            return found[0] if found else None
        if token.lower_ in PERSONAL_PRONOUNS or lemma in self.lex.accused_nouns:
            if any(c.dep_ == "appos" for c in token.children) or self._others(token):
                return None  # "the prime accused, X": X is named beside it
            phrase = [t for t in token.subtree if t.dep_ in ("det", "amod") or t == token]
            name = self.resolver.resolve(phrase)
            if token.lower_ in PERSONAL_PRONOUNS and (not name or name in self.described):
                # the document's focus is someone described as victim, relative ...: the
                # pronoun stands for a person its own sentence named before it ("X's lawyers
                # say his confession was coerced")
                name = self._named_before(token)
            if name and name in self.names and name not in self.described:
                first, last = phrase[0], phrase[-1]
                return Named(name, first.idx, last.idx + len(last.text), resolved=True)
            return None
        # a proper name NER missed, or tagged as a common noun ("Rajesh and Nupur Talwar")
        tagged = bool(token.ent_type_) and not token.is_sent_start
        if (token.pos_ == "PROPN" or tagged) and token.text[:1].isupper():
            return self._missed_name(token)
        return None

    def _named_before(self, token: Token) -> str | None:
        """The last person named in ``token``'s sentence before it, described as no one else."""
        for t in reversed(self.doc[token.sent.start : token.i]):
            m = self.by_token.get(t.i)
            name: str | None = None
            if m is not None and m.type == "person":
                name = self._full_name(m.name, m.start)
            elif m is None and t.text[:1].isupper() and " " in self._full_name(t.text, t.idx):
                # a word of a full name NER missed here ("Reed's lawyers")
                name = self._full_name(t.text, t.idx)
            if name is not None:
                return name if name not in self.described else None
        return None

    def _anaphor(self, token: Token, plural: bool) -> list[Named]:
        """ "all of them", "the convicts", "he": the parties last ruled on, charged,
        arrested or listed as accused - all of them for a plural, the one person for "he"."""
        if plural:
            found = self.last_accused
        else:
            found = [n for n in self.last_accused if n.members is None]
            found = found if len(found) == 1 else []
        end = token.idx + len(token.text)
        return [Named(n.name, token.idx, end, n.members) for n in found]

    def _members(self, noun: Token) -> Named | None:
        """ "13 workers of the MQM", "MQM workers", "the party's activists": members of an
        organisation, as a group."""
        owners = [c for c in noun.children if c.dep_ in ("compound", "poss")]
        owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        for owner in owners:
            m = self.by_token.get(owner.i)
            if m is not None and m.type == "organization":
                first = min([noun, *[t for t in noun.subtree if t.i < noun.i]], key=lambda t: t.i)
                return Named(m.name, first.idx, noun.idx + len(noun.text), noun.lower_)
        return None

    def _missed_name(self, token: Token) -> Named | None:
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
        written = self.doc.text[start:end]
        kind: EntityType = "organization" if token.ent_type_ == "ORG" else "person"
        name = self._full_name(written, start) if kind == "person" else written
        if kind == "person" and len(name.split()) >= 2:
            self.full_names.append((start, name))
        mention = Mention(start, end, written, kind, name, "claim")
        self.extra.append(mention)
        self.names.add(name)
        for w in words:
            self.by_token[w.i] = mention
        return Named(name, start, end)

    def _full_name(self, name: str, start: int) -> str:
        """The full name a one-word name of a person stands for in this document: the last
        full name with that word before it, else the first after it; else itself."""
        if len(name.split()) != 1:
            return name
        fits = [(s, n) for s, n in self.full_names
                if name.lower() in (w.lower() for w in n.split())]  # fmt: skip
        before = [n for s, n in fits if s < start]
        return before[-1] if before else (fits[0][1] if fits else name)

    def _is_person(self, named: Named) -> bool:
        span = self.doc.char_span(named[1], named[2], alignment_mode="expand")
        m = self.by_token.get(span.root.i) if span is not None and len(span) else None
        return m is None or m.type == "person"


def _first_conjunct(token: Token) -> Token:
    """The head of the co-ordination ``token`` ends ("X and Y, who ...": a relative clause
    hung on the last name describes them all)."""
    while token.dep_ == "conj":
        token = token.head
    return token


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
