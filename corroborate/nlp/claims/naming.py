"""What a document's names stand for: the state the claim reader keeps of one document and
how one word leads to a name.

``Naming`` holds the document's mentions by token, the speaker resolver, the accused the
report has been following and the names it has described as someone else; ``_name_at`` gives
the name a word stands for - a mention (its full name for a one-word name of a person), a
pronoun or "the accused" resolved (to the accused last named, never to someone described as
victim or judge), members of an organisation ("13 workers of the MQM"), or a proper name NER
missed (kept as an extra mention). ``Parties`` builds on it to read whole phrases.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from corroborate.lexicon.legal import LegalLexicon, legal
from corroborate.lexicon.name_words import name_words
from corroborate.lexicon.statements import statement_words
from corroborate.nlp import names
from corroborate.nlp.antecedents import agrees, bound_subject, owned_by_a_rival, pronoun_gender
from corroborate.nlp.claims.coordinated import surname_to_share
from corroborate.nlp.claims.counted import PARTY_DEPS, Counted, counted_several
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.datelines import datelines
from corroborate.nlp.grammar import one_person_placed, prep_objects
from corroborate.nlp.mentions.izafat import izafat_body, izafat_whole
from corroborate.nlp.mentions.kin import introduced_as_kin, surname_bearer
from corroborate.nlp.mentions.people_lists import of_one_family
from corroborate.nlp.mentions.surname_tails import tail_bearer
from corroborate.nlp.passing import describes_the_accused
from corroborate.nlp.speakers import (
    ALIAS_MARKERS,
    PERSONAL_PRONOUNS,
    ROLE_NOUNS,
    SpeakerResolver,
)
from corroborate.records import Claim, EntityType, Mention

__all__ = ["LISTING_PREPS", "Naming", "a_people", "common", "modifies", "owns"]

LISTING_PREPS = frozenset({"including", "like", "namely", "among"})
# Whether a name is an investigator's, a court's or a force's (the lexicon's authorities).
_NAMES_AUTHORITY = statement_words().names_authority
# The prepositions that tie a part to whose it is: "counsel for the appellant", "the father
# of the girl".
_OWNER_OF_PREPS = frozenset({"for", "of"})
# "X s/o Y": the marks that make the name after them a relative of the one before.
_KINSHIP_MARKERS = name_words().kinship_markers


class Naming(Counted):
    """One document's names and what a single word of it stands for."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.doc = doc
        self.lex: LegalLexicon = legal()
        self.resolver = SpeakerResolver(doc)
        self.by_token: dict[int, Mention] = {}
        # Names typed as places, by token: a person only where a place cannot stand
        # (``_place_as_person``).
        self.places: dict[int, Mention] = {}
        # The datelines ("BRISBANE - A man ...", "MARLOWE FALLS, Ohio (AP) - "): where the
        # report was filed from and by whom, never a party - neither its place nor its agency.
        self.datelines = [range(d.start, d.end) for d in datelines(doc.text)]
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or any(m.start in d for d in self.datelines):
                continue
            for token in span:
                (self.places if m.type == "place" else self.by_token).setdefault(token.i, m)
        self.names = {m.name for m in mentions}
        # The full names of people (start, name): what a one-word name of a person found
        # here stands for (as ``nlp.mentions`` does for the names NER found), including
        # the full names this reader finds ("Meftahul Islam Jiyon" ... "Jiyon's statement").
        self.full_names = [(m.start, m.name) for m in mentions
                           if m.type == "person" and len(m.name.split()) >= 2]  # fmt: skip
        # Full names of relatives told apart from the one the report follows ("his wife,
        # Shabana Marri"): a one-word name another full name fits is not theirs.
        self.kin_names = {m.name for m in mentions if m.type == "person"
                          and introduced_as_kin(doc, m.start, m.end)}  # fmt: skip
        # ``_full_name``'s readings, by what each read that changes while the document is read
        self._full_names_read: dict[tuple[str, int, int, bool], str] = {}
        self.extra: list[Mention] = []
        # The parties last ruled on, charged or arrested: whom "all of them", "they" and "he"
        # stand for in the next sentences (court reports follow their defendants).
        self.last_accused: list[Named] = []
        # The last co-ordination of two or more people a sentence named as its subject, none
        # given another part ("X and Y, from Derry, admitted ..."): whom "the pair", "the
        # two men" stand for while the report follows no accused yet.
        self.last_group: list[Named] = []
        # Whether that group is the people of a plural lede ("Four suspects were arraigned.
        # W, X, Y and Z denied the charges"): then "they" and "them" may stand for it.
        self.last_group_accused = False
        # Every party ruled on, charged, arrested or listed as accused so far, once each by
        # name: whom "the accused" stands for when the sentence does not say how many.
        self.all_accused: dict[str, Named] = {}
        # Every party a court has sentenced or convicted so far, by name: whose sentences
        # "overturned the sentences" sets aside when the report has already told them.
        self.sentenced: dict[str, Named] = {}
        # Every party told to have confessed so far, by name: whose "statement" retracted
        # later is that confession.
        self.confessors: set[str] = set()
        # Every party read as accused so far, by name: one described as someone's kin too
        # ("X, nephew of the chairman") still upholds their own innocence.
        self.accused_so_far: set[str] = set()
        # Whom each lawyer the document names acts for, by the lawyer's name ("X's counsel,
        # Advocate Y": Y -> [X]): "Mr Y told reporters his client ..." speaks for X.
        self.clients_of: dict[str, list[Named]] = {}
        # Names the document has described so far as someone other than an accused (the
        # victim, the judge ...): a pronoun or "the accused" is never resolved to them.
        self.described: set[str] = set()
        # The same for the sentence being read, known before its verbs are ("X, who helped
        # his uncle Y ..., has had his conviction overturned": "his" is not the uncle).
        self.described_here: set[str] = set()
        # Rulings on a counted, unnamed group ("sentenced 16 policemen") waiting for the
        # sentence that names its members.
        self.unnamed_rulings: list[tuple[Span, Draft]] = []
        # Counted groups of an organisation's members ruled on ("acquitted the 16 PAC men")
        # that a later sentence names ("Those acquitted include X, Y ..."), as (organisation,
        # members): those people, no party of their own (``without_groups_named``).
        self.groups_named: set[tuple[str, str]] = set()
        # The accused of the claims this sentence negates or only supposes ("Neither X nor Y
        # has been charged"): no claim, but still whom the report follows (``_keep_in_focus``).
        self.unmade_here: list[Named] = []
        # The people the report has named with a kin noun ("her husband, X"), by the noun's
        # lemma: whom "the husband" and "his mother" stand for later (``_kin_told``).
        self.kin_named: dict[str, set[str]] = {}

    def _shared_surname(self, named: Named, party: list[Named]) -> Named:
        """ "Rajesh and Nupur Talwar": a lone first name joined by "and" to a full name
        shares its surname."""
        if " " in named.name or named.members is not None or self._declares_alias(named):
            return named  # "Delwar alias Ripon and X Y": a name with its alias is whole
        if self._is_alias(named):
            return named  # "X alias Johny and Sabir Mayar": Johny is X's other name, whole
        span = self.doc.char_span(named.start, named.end, alignment_mode="expand")
        if span is not None and not of_one_family(span.root):
            return named  # "two of his guards - X and Y Z": each a name of their own
        text = self.doc.text
        for other in party:
            surname = surname_to_share(other.name)  # none in "X and Mufti Y": two people
            joined = text[named.end : other.start].strip().lower() in ("and", "&")
            if joined and surname is not None and other.start > named.end:
                name = f"{named.name} {surname}"
                if name not in self.names:
                    self.extra.append(Mention(named.start, named.end, named.name, "person",
                                              name, "claim"))  # fmt: skip
                    self.names.add(name)
                return Named(name, named.start, named.end)
        return named

    def _declares_alias(self, named: Named) -> bool:
        span = self.doc.char_span(named.start, named.end, alignment_mode="expand")
        return span is not None and any(
            (m := self.by_token.get(t.i)) is not None and m.alias for t in span
        )

    def _is_alias(self, named: Named) -> bool:
        """Whether the name follows an alias marker: the second name of someone just named."""
        span = self.doc.char_span(named.start, named.end, alignment_mode="expand")
        return (
            span is not None and span.start > 0 and self.doc[span.start - 1].lower_ in ALIAS_MARKERS
        )

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
        plural = plural or counted_several(token)  # "the two accused": no plural to the tagger
        accused = lemma in self.lex.accused_nouns or token.lower_ in self.lex.accused_nouns
        group = lemma in self.lex.group_nouns and any(c.lower_ == "the" for c in token.children)
        named = any(
            t.i in self.by_token
            for c in token.children
            if c.dep_ in ("compound", "appos", "amod", "nmod")
            for t in c.subtree
        ) or bool(self._listed_in(token))
        # "Both also pleaded not guilty", "granted both men bail": the group followed
        quantifiers = self.lex.group_quantifiers
        lone = token.pos_ in ("PRON", "DET") and token.dep_ in PARTY_DEPS
        quantified_plural = plural and any(
            c.dep_ in ("det", "predet") and c.lower_ in quantifiers for c in token.children
        )
        whole_group = lone and token.lower_ in quantifiers or quantified_plural
        whole_group = whole_group or plural and self._counts_the_followed(token)
        whole_group = whole_group or bool(self._all_of_the_count(token))
        # "the accused persons", "the accused men": people the participle calls accused (not
        # counted: "31 of the 57 accused persons" is no group the report follows)
        people = self.lex.people_nouns
        accused = accused or (
            (lemma in people or token.lower_ in people)
            and any(c.dep_ == "amod" and c.lower_ in self.lex.accused_nouns for c in token.children)
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            and not any(c.dep_ == "nummod" for c in token.children)
        )
        return (
            (accused and plural or group or whole_group) and not named and not self._others(token)
        )

    def _group_may_be_them(self, token: Token) -> bool:
        """Whether ``token`` may stand for the last group named together: a group noun
        ("the pair") always; a plural pronoun for the people of a plural lede, and for any
        group but as the doer of a crime verb."""
        if token.lower_ not in self.lex.plural_pronouns or self.last_group_accused:
            return True
        # "They were jailed", "remanded them": the group named together; but never as the
        # doers of a crime ("Obama and Clinton ... In 2000, they attacked the USS Cole"):
        # a crime's doers need a party the report accuses, not any people named together
        verbs = {token.head.lemma_.lower()} | {v.lemma_.lower() for v in token.head.conjuncts}
        return not (token.dep_ in ("nsubj", "agent", "pobj") and verbs & legal().crime_verbs)

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

    def _name_at(self, token: Token) -> Named | None:
        m = self.by_token.get(token.i) or self._alias_owner(token)
        m = self._surname_as_person(m) if m is not None else None
        if m is not None and self._after_kinship_marker(m):
            return None  # "X s/o Y": Y is X's father, named to say which X
        lemma = token.lemma_.lower()
        described = lemma in self.lex.accused_nouns or lemma in self.lex.role_nouns
        if m is None and described:
            # the name inside the phrase: "suspect Kareem Bux", "the accused Bilal"; not the
            # party of "a PRP worker", which describes the accused and accuses no party
            for c in token.children:
                if c.dep_ in ("compound", "flat", "appos") and c.i in self.by_token:
                    if describes_the_accused(c):
                        break  # "the Sandy Hook shooter": the name says where, not who
                    if c.dep_ == "appos" and self.owner_renamed(c) is not None:
                        continue  # "the father of the girl, X" is X; the girl is not
                    m = self.by_token[c.i]
                    break
            # "arrested the father of the girl, X": the name apposed to whose part it is
            renaming = [
                a for p in token.children if p.dep_ == "prep" for o in p.children
                if o.dep_ == "pobj" for a in o.children
                if a.dep_ == "appos" and a.i in self.by_token and self.owner_renamed(a) == token
            ]  # fmt: skip
            if m is None and renaming:
                m = self.by_token[renaming[0].i]
            past_place = self.apposed_past_place(token) if m is None else None
            if past_place is not None:
                m = self.by_token[past_place.i]  # "a target killer arrested in Lyari, X"
            kin = self._kin_told(token) if m is None else None
            if kin is not None:
                return kin  # "The husband was arrested" after "her husband, X"
            after = self._named_after_comma(token) if m is None else None
            if after is not None:
                m = self.by_token[after.i]  # "arrested a suspect, X, on Thursday", X hung apart
            if m is not None and self._after_kinship_marker(m):
                return None  # "the suspect, X s/o Y": Y is named to say whose son X is
        if m is not None and self.no_party(token, m):
            return None
        if m is not None:
            full = self._full_name(m.name, m.start) if m.type == "person" else m.name
            return Named(full, m.start, m.end)
        if lemma in self.lex.member_nouns:
            return self._members(token)
        if (
            token.lower_ in PERSONAL_PRONOUNS
            and any(n.members is None for n in self.last_accused)
            and not self._nearer_subject(token)
        ):
            bound = self._followed_subject(token)
            if bound is not None:
                return bound
            here = self._accused_named_before(token)
            if here is not None:
                return here  # "set Latimer's sentencing for May 4 and ordered him detained"
            found = [] if self._turned_to_another(token) else self._anaphor(token, plural=False)
            if found or not (self._resolver_may_choose(token) or self._turned_to_another(token)):
                return found[0] if found else None
        if token.lower_ in PERSONAL_PRONOUNS or lemma in self.lex.accused_nouns:
            if any(c.dep_ == "appos" for c in token.children) or self._others(token):
                return None  # "the prime accused, X": X is named beside it
            phrase = [t for t in token.subtree if t.dep_ in ("det", "amod") or t == token]
            name = self.resolver.resolve(phrase)
            if name and name not in self.names and token.lower_ in PERSONAL_PRONOUNS:
                name = self._full_name(name, phrase[0].idx)  # "Kamran" for "Kamran Ali"
            elsewhere = self.described | self.described_here
            unresolved = not name or (
                name.lower() == token.lower_ and token.i not in self.resolver.declined
            )
            if token.lower_ in PERSONAL_PRONOUNS and (unresolved or name in elsewhere):
                # the document's focus is someone described as victim, relative ...: the
                # pronoun stands for a person its own sentence named before it ("X's lawyers
                # say his confession was coerced")
                name = self._named_before(token)
            elif name in elsewhere and self._the_one_followed(token):
                # "Y was shot dead ... the suspect, X, was picked up ... The suspect
                # confessed": never the victim, but the one accused the report follows
                found = self._anaphor(token, plural=False)
                return found[0] if found else None
            if name and name in self.names and name not in self.described:
                first, last = phrase[0], phrase[-1]
                return Named(name, first.idx, last.idx + len(last.text), resolved=True)
            return None
        # a proper name NER missed, or tagged as a common noun ("Rajesh and Nupur Talwar");
        # not a name the mentions typed as a place (the "KARACHI:" of a dateline before
        # "Rangers have arrested 654 target killers"): a place is never a party
        tagged = bool(token.ent_type_) and not token.is_sent_start
        if (
            (token.pos_ == "PROPN" or tagged)
            and token.text[:1].isupper()
            and token.i not in self.places
            and not any(token.idx in d for d in self.datelines)
        ):
            return self._missed_name(token)
        return None

    def owner_renamed(self, appos: Token) -> Token | None:
        """The noun of a person's part that a name apposed to the object of its "for" or "of"
        renames: in "Counsel for the appellant, X" and "the father of the girl, X" X is the
        counsel and the father (the object is a person's noun too, which a name would not
        need to say whose part it is); in "the murder of the shopkeeper, X" the object. None
        where the apposition renames the noun it hangs on."""
        noun = appos.head
        if appos.dep_ != "appos" or noun.dep_ != "pobj" or noun.pos_ != "NOUN":
            return None
        prep = noun.head
        if prep.lower_ not in _OWNER_OF_PREPS or prep.dep_ != "prep":
            return None
        owner = prep.head
        lex = self.lex
        parts = lex.role_nouns.keys() | lex.companion_nouns
        people = parts | lex.accused_nouns | lex.victim_words | lex.people_nouns
        of_a_part = owner.lemma_.lower() in parts or owner.lower_ in parts
        of_a_person = noun.lemma_.lower() in people or noun.lower_ in people
        return owner if of_a_part and of_a_person and owner.i not in self.by_token else None

    def remember_kin(self, drafts: list[Draft]) -> None:
        """Remember whom this sentence names with a kin noun ("her husband, X")."""
        for d in drafts:
            for role, n in d.parties.values() if d.kind == "role" else ():
                if role == "relative" and n.members is None:
                    self.kin_named.setdefault(d.cue.lemma_.lower(), set()).add(n.name)

    def _kin_told(self, noun: Token) -> Named | None:
        """The one person the report has named with this kin noun, for a definite singular
        kin noun with no name of its own ("The husband was arrested while his mother was
        granted bail" after "her husband, X, and her mother-in-law, Y"): a definite
        description refers back to the one it fits. None where two fit, or where the
        noun's own phrase says whose it is by a name or an "of" ("the accused's father",
        "the father of the girl" may be someone else's)."""
        if self.lex.role_nouns.get(noun.lemma_.lower()) != "relative" or noun.tag_ != "NN":
            return None
        # "the father and son": the conjunct shares its head's determiner
        heads = [noun, noun.head] if noun.dep_ == "conj" else [noun]
        marks = [c for h in heads for c in h.children if c.dep_ in ("det", "poss")]
        definite = any(
            c.lower_ == "the" or c.lower_ in PERSONAL_PRONOUNS and c.dep_ == "poss" for c in marks
        )
        owned = any(c.dep_ == "poss" and c.lower_ not in PERSONAL_PRONOUNS for c in marks)
        of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        named = any(c.dep_ in ("appos", "compound", "flat") for c in noun.children)
        told = self.kin_named.get(noun.lemma_.lower(), set())
        if not definite or owned or of or named or len(told) != 1:
            return None
        return Named(next(iter(told)), noun.idx, noun.idx + len(noun.text))

    def _named_after_comma(self, phrase: Token) -> Token | None:
        """The person named right after a phrase and a comma, as its apposition however the
        parser hung the name: "one of the suspects, X alias Y" (an alias breaks the parse:
        "X" an adjective of "alias", "Y" an adverb of the verb), "to two militants, X and Y"
        (the names a dependent of the verb). The word of the name the rest hangs on, so that
        its conjuncts follow."""
        doc = self.doc
        comma = phrase.right_edge.i + 1
        if comma + 1 >= len(doc) or doc[comma].text != ",":
            return None
        m = self.by_token.get(comma + 1)
        if m is None or m.type != "person":
            return None
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return span.root if span is not None and len(span) else doc[comma + 1]

    def apposed_past_place(self, noun: Token) -> Token | None:
        """The person's name the parser apposed to a place that ends a noun's own participle
        or relative clause: "a target killer arrested in Lyari, X, had confessed" - a place
        is never renamed by a person's name, so the name renames the noun."""
        for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl")):
            for t in clause.subtree:
                if t.dep_ != "appos" or t.head.i not in self.places:
                    continue
                # the name's first word: "X alias Kala" hangs on "Kala", the alias's
                for w in t.subtree:
                    m = self.by_token.get(w.i)
                    if m is not None and m.type == "person":
                        return w
        return None

    def _alias_owner(self, token: Token) -> Mention | None:
        """The person whose second name ``token`` is, or whose alias marker it is, when the
        parse heads the name there: "the suspect, X alias Kala" with "Kala" (or "alias") in
        apposition to "suspect" names X."""
        doc = self.doc
        if token.lower_ in ALIAS_MARKERS:
            marker = token
        elif token.i >= 1 and doc[token.i - 1].lower_ in ALIAS_MARKERS:
            marker = doc[token.i - 1]
        else:
            return None
        owner = self.by_token.get(marker.i - 1) if marker.i >= 1 else None
        return owner if owner is not None and owner.type == "person" else None

    def _after_kinship_marker(self, m: Mention) -> bool:
        """Whether a kinship mark ("s/o", "d/o") comes right before the name ``m``."""
        before = self.doc.text[max(0, m.start - 8) : m.start].rstrip().lower()
        return any(
            before.endswith(mark)
            and (len(before) == len(mark) or not before[-len(mark) - 1].isalnum())
            for mark in _KINSHIP_MARKERS
        )

    def no_party(self, token: Token, m: Mention) -> bool:
        """Whether the name ``m`` (at ``token``) names no party where it stands: an
        organisation that modifies a noun ("MQM's deputy convener X", "MQM worker X", "the 16
        PAC men": whose they are; the party is X, or the group of members), or a people
        used as a common noun (``a_people``)."""
        return (m.type == "organization" and modifies(token, m)) or a_people(token, m)

    def described_in_passing(self, token: Token, m: Mention) -> bool:
        """Whether a name the descriptions find ("suspect X", "X, a militant") is described
        in passing, not as a party: an organisation a member noun belongs to ("X, a leader
        of the banned militant organisation Y": Y is X's affiliation, and "militant" is
        said of it there), or a people (``a_people``). Not an organisation that modifies
        the noun after it: the descriptions read "al Shabaab gunmen" as its members, and
        ``_name_at`` does not ask this of a name after "of" ("members of the X, which
        denied ...": the relative clause is the organisation's)."""
        if m.type == "organization" and self._body_of_members(token, m):
            return True
        return a_people(token, m)

    def _body_of_members(self, token: Token, m: Mention) -> bool:
        """Whether the organisation ``m`` is the body a member noun belongs to: "a leader of
        the MQM", "a leader of the banned militant organisation Y" (the name in apposition
        to, or compounded with, the common noun the preposition governs)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        noun = span.root if span is not None and len(span) else token
        while noun.dep_ in ("appos", "compound") and noun.head.pos_ == "NOUN":
            noun = noun.head  # "the organisation Y" -> "organisation"
        of = noun.head
        return (
            noun.dep_ == "pobj"
            and of.lower_ == "of"
            and of.head.lemma_.lower() in self.lex.member_nouns
        )

    def counted_members(self, draft: Draft) -> list[Named]:
        """The counted groups of members a ruling is on ("sentenced the 16 PAC men", "13
        workers of the MQM"): people the sentence counts but does not name, whom a later
        list may name (as "sentenced 16 policemen", ``Draft.unnamed_plural``)."""
        out: list[Named] = []
        for role, n in draft.parties.values():
            if role != "accused" or n.members is None:
                continue
            span = self.doc.char_span(n.start, n.end, alignment_mode="expand")
            if span is not None and any(t.pos_ == "NUM" for t in span):  # however parsed
                out.append(n)
        return out

    def without_groups_named(self, claims: list[Claim]) -> list[Claim]:
        """``claims`` less the groups of members a later list named (``groups_named``): the
        people listed are the accused, the organisation whose members they are is not."""
        if not self.groups_named:
            return claims
        out: list[Claim] = []
        for claim in claims:
            kept = tuple(
                p for p in claim.participants
                if p.members is None or (p.name, p.members) not in self.groups_named
            )  # fmt: skip
            if kept:
                out.append(
                    claim if kept == claim.participants else replace(claim, participants=kept)
                )
        return out

    def _the_one_followed(self, noun: Token) -> bool:
        """Whether ``noun`` is a definite singular noun for the accused ("the suspect", "the
        accused"): the one party the report has been following, where it follows one."""
        return (
            noun.lower_ in ROLE_NOUNS
            and noun.tag_ in ("NN", "VBN")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            and not counted_several(noun)  # "the three accused" are several: no one of them
        )

    def _nearer_subject(self, pronoun: Token) -> bool:
        """Whether a person its own sentence names is the subject of a clause the pronoun is
        part of, before it, and may be it ("Later X was charged because he had robbed the
        depot"): the pronoun does not reach back past that subject to the accused the report
        has been following; the resolver reads it within its sentence."""
        bound = bound_subject(pronoun)
        for verb in pronoun.ancestors:
            for subject in verb.children:
                if subject.dep_ not in ("nsubj", "nsubjpass") or subject.i >= pronoun.i:
                    continue
                if bound is not None and subject.i == bound.i:
                    continue  # "Y had paid him": him is not Y
                m = self.by_token.get(subject.i) or self._owner_of_a_thing(subject)
                if m is None and subject.pos_ == "PROPN" and subject.i not in self.places:
                    missed = self._name_at(subject)  # a name NER missed ("Yadav, lodged in")
                    if (missed is not None and self._is_person(missed)
                            and missed.name not in self.described):  # fmt: skip
                        return True
                if m is None or m.type != "person":
                    continue
                name = self._full_name(m.name, m.start)
                if name in self.described | self.described_here:
                    continue  # "Judge Y ordered him held": never the judge
                if any(n.name == name for n in self.last_accused):
                    continue  # "X had claimed that he ...": the accused followed himself
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and len(span) and agrees(span, pronoun):
                    return True
        return False

    def _resolver_may_choose(self, pronoun: Token) -> bool:
        """Whether a he or his that the accused followed leaves to several ("X and Y were
        convicted ... his appeal") may still be read by the resolver: where the sentence
        before has for its subject a thing one accused owns ("The appeal of X was dismissed.
        His counsel had argued that ... his confession"): the report has turned to X."""
        start = pronoun.sent.start
        if start == 0:
            return False
        before = self.doc[start - 1].sent
        for subject in (t for t in before if t.dep_ in ("nsubj", "nsubjpass")):
            if subject.head.dep_ != "ROOT":
                continue
            owner = self._owner_of_a_thing(subject)
            if owner is not None and owner.type == "person":
                name = self._full_name(owner.name, owner.start)
                return any(n.name == name for n in self.last_accused)
        return False

    def _followed_subject(self, pronoun: Token) -> Named | None:
        """ "X and Y were remanded ... Y told the court that he was innocent", "X said ...,
        while Y claimed that his confession had been extracted": where the report follows
        several accused, a pronoun whose nearest clause subject before it (in its sentence)
        is one of them stands for that one - not for all, nor for none."""
        followed = {n.name for n in self.last_accused if n.members is None}
        if len(followed) < 2:
            return None
        bound = bound_subject(pronoun)
        for verb in pronoun.ancestors:
            for subject in verb.children:
                if subject.dep_ not in ("nsubj", "nsubjpass") or subject.i >= pronoun.i:
                    continue
                if bound is not None and subject.i == bound.i:
                    continue  # "Y had paid him": him is not Y
                m = self.by_token.get(subject.i)
                if m is None or m.type != "person":
                    continue
                name = self._full_name(m.name, m.start)
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if name not in followed or span is None or not agrees(span, pronoun):
                    return None
                end = pronoun.idx + len(pronoun.text)
                return Named(name, pronoun.idx, end)  # bound by the grammar, not guessed
        return None

    def _turned_to_another(self, pronoun: Token) -> bool:
        """Whether the sentence before has for its main subject an accused of the report,
        named, other than the one followed (or one of several followed), who may be the
        pronoun ("X, Y and Z were indicted ... Y submitted a petition stating that he had
        been tortured. He asked the tribunal to disregard it"): the report has turned to Y,
        not back to those last ruled on; the resolver reads it."""
        start = pronoun.sent.start
        if start == 0:
            return False
        followed = {n.name for n in self.last_accused}
        for subject in self.doc[start - 1].sent:
            if subject.dep_ != "nsubj" or subject.head.dep_ != "ROOT":
                continue
            same_sex = pronoun_gender(subject) in (None, pronoun_gender(pronoun))
            if subject.lower_ in PERSONAL_PRONOUNS and same_sex:
                return self._turned_to_another(subject)  # "Y ... He asked ... His lawyer"
            m = self.by_token.get(subject.i)
            if m is None or m.type != "person":
                continue
            name = self._full_name(m.name, m.start)
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            # another than the one followed, or one of several followed ("X, Y and Z were
            # charged ... Y stood up in the dock. His counsel ..."): the subject narrows it
            turned = name not in followed or len(followed) > 1
            return (name in self.accused_so_far and turned
                    and span is not None and agrees(span, pronoun))  # fmt: skip
        return False

    def _owner_of_a_thing(self, subject: Token) -> Mention | None:
        """The person who owns a subject that is a thing, not a person ("The appeal of X was
        dismissed and his conviction maintained", "X's appeal failed because he ..."): the
        clause is about X. Never the owner of a noun for a person ("X's lawyer said he":
        he or X, ``antecedents.owned_by_a_rival``)."""
        if subject.pos_ != "NOUN" or subject.lemma_.lower() in self.lex.role_nouns:
            return None
        owners = [c for c in subject.children if c.dep_ == "poss"]
        owners += prep_objects(subject, ("of",))
        found = [self.by_token[o.i] for o in owners if o.i in self.by_token]
        return found[0] if len(found) == 1 else None

    def _accused_named_before(self, pronoun: Token) -> Named | None:
        """The one person the report has read as accused whom the pronoun's own sentence
        names before it, when they may be the pronoun: "Judge Z set X's sentencing for May
        4 and ordered him detained" - him is X, the nearer accused, not the one the report
        followed before this sentence."""
        found: dict[str, Named] = {}
        for t in self.doc[pronoun.sent.start : pronoun.i]:
            m = self.by_token.get(t.i)
            if m is None or m.type != "person" or t.i != self._mention_root(m):
                continue
            name = self._full_name(m.name, m.start)
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if name in self.all_accused and span is not None and agrees(span, pronoun):
                found[name] = Named(name, pronoun.idx, pronoun.idx + len(pronoun.text),
                                    resolved=True)  # fmt: skip
        return next(iter(found.values())) if len(found) == 1 else None

    def _mention_root(self, m: Mention) -> int:
        """The index of a mention's last word (each word of it maps to it)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span.end - 1 if span is not None and len(span) else -1

    def _named_before(self, token: Token) -> str | None:
        """The last person named in ``token``'s sentence before it whom the document does not
        describe as someone else (victim, relative, judge ...) and who may be the pronoun
        (``nlp.antecedents``): none where that person is named as the owner of a noun for
        another ("the lawyer for X said his ...": his or X's)."""
        for t in reversed(self.doc[token.sent.start : token.i]):
            m = self.by_token.get(t.i)
            name: str | None = None
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand") if m else None
            if span is not None and len(span) and m is not None and m.type == "person":
                bound = bound_subject(token)
                if not agrees(span, token) or (
                    bound is not None and bound.i in range(span.start, span.end)
                ):
                    continue
                if owned_by_a_rival(span, token):
                    return None
            if m is not None and m.type == "person":
                name = self._full_name(m.name, m.start)
            elif m is None and t.text[:1].isupper() and " " in self._full_name(t.text, t.idx):
                # a word of a full name NER missed here ("Reed's lawyers")
                name = self._full_name(t.text, t.idx)
            if name is not None and name not in self.described | self.described_here:
                return name
        return None

    def _clause_group(self, pronoun: Token) -> list[Named]:
        """ "X, Y and Z were produced before a magistrate who sent them to police remand":
        a plural pronoun in a relative clause stands for the people (two or more) the
        clause it hangs in has as its subject, before the report follows them. Asked
        after ``Parties._group_above`` finds no group (not one reader: how they differ is
        tests/nlp/test_them_readers.py)."""
        clause = pronoun.head
        if pronoun.lower_ not in self.lex.plural_pronouns or clause.dep_ != "relcl":
            return []
        verb = clause.head
        while verb.dep_ in ("pobj", "prep") and verb.head is not verb:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        # the subjects and the names co-ordinated or apposed to them
        heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        for h in heads:
            heads += [c for c in h.children if c.dep_ in ("conj", "appos") and c not in heads]
        found = [n for h in heads if (n := self._name_at(h)) is not None and self._is_person(n)]
        found = list(dict.fromkeys(found))
        return found if len(found) >= 2 else []

    def _anaphor(self, token: Token, plural: bool) -> list[Named]:
        """ "all of them", "the convicts", "he": the parties last ruled on, charged,
        arrested or listed as accused - all of them for a plural, the one person for "he"."""
        if plural:
            found = (
                self._clause_group(token)
                or self._all_of_the_count(token)
                or self._counted_group(token)
                or self.last_accused
                # "the pair", "the two men": the last group named together; a bare "they"
                # or "them" only where the group is accused already ("Four suspects were
                # arraigned. W, X, Y and Z denied the charges ... detain them"), not any
                # people named together ("Obama and Clinton ... In 2000, they attacked")
                or (self.last_group if self._group_may_be_them(token) else [])
            )
        else:
            found = [n for n in self.last_accused if n.members is None]
            found = found if len(found) == 1 else []
        end = token.idx + len(token.text)
        return [Named(n.name, token.idx, end, n.members) for n in found]

    def _members(self, noun: Token) -> Named | None:
        """ "13 workers of the MQM", "MQM workers", "the party's activists": members of an
        organisation, as a group; one member in apposition with a name ("a worker of the
        PRP, X alias Y, confessed", "sentenced X, a former PRP worker") is that person."""
        if noun.tag_ == "NN":
            beside = [c for c in noun.children if c.dep_ == "appos"]
            beside += [noun.head] if noun.dep_ == "appos" else []
            for phrase in beside:
                named = self._person_in(phrase)
                if named is not None:
                    return named
        if one_person_placed(noun, self.lex.people_nouns):
            return None  # "a Bellevue man": one unnamed person, named later if at all
        owners = [c for c in noun.children if c.dep_ in ("compound", "poss", "nmod")]
        owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        if noun.dep_ == "appos" and noun.tag_ == "NNS":
            owners.append(noun.head)  # "the 18 Harbour Force (HF) men", "men" in apposition
        for owner in owners:
            m = self.by_token.get(owner.i)
            apposed = owner.i == noun.head.i  # only if the name is written right before it
            if m is not None and m.type == "organization" and (not apposed or modifies(owner, m)):
                first = min([noun, *[t for t in noun.subtree if t.i < noun.i]], key=lambda t: t.i)
                first = min(first, owner.left_edge, key=lambda t: t.i)
                return Named(m.name, first.idx, noun.idx + len(noun.text), noun.lower_)
        return None

    def _person_in(self, phrase: Token) -> Named | None:
        """The first person a phrase names, by the mentions."""
        for t in phrase.subtree:
            m = self.by_token.get(t.i)
            if m is not None and m.type == "person":
                return Named(self._full_name(m.name, m.start), m.start, m.end)
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
        if all(w.lower_.strip(".") in names.TITLES for w in words):
            return None  # "the bank's former CEO, X": a title, the name is X
        first, last = izafat_whole(self.doc, words[0].i, token.i + 1)  # "Tehreek-e-X"
        words = list(self.doc[first:last])
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        written = self.doc.text[start:end]
        ws = names.words(written)
        # "the Durban High Court": a name that ends in an organisation's head word is one,
        # as the mention finder types the names NER found (``entity_types``)
        headed = bool(ws) and ws[-1] in names.ORG_HEADS
        body = token.ent_type_ == "ORG" or headed or any(izafat_body(w) for w in ws)
        kind: EntityType = "organization" if body else "person"
        name = self._full_name(written, start) if kind == "person" else written
        if kind == "person" and len(name.split()) >= 2:
            self.full_names.append((start, name))
        mention = Mention(start, end, written, kind, name, "claim")
        self.extra.append(mention)
        self.names.add(name)
        for w in words:
            self.by_token[w.i] = mention
        return Named(name, start, end)

    def _surname_as_person(self, m: Mention) -> Mention:
        """ "Qureshi's lawyer said ..." with the lone "Qureshi" typed an organisation, after
        the report named "Sharjeel Qureshi" (a full name NER missed, which the claims found):
        a one-word name that is the last word of exactly one person's full name written
        before it is that person - no organisation head, no acronym. The name is kept as an
        extra mention of the person, which replaces the organisation's (``extract``)."""
        if m.type != "organization" or len(m.name.split()) != 1 or names.is_acronym(m.text):
            return m
        word = m.name.lower()
        if word in names.ORG_HEADS:
            return m
        fits = {n for s, n in self.full_names if s < m.start and n.split()[-1].lower() == word}
        if len(fits) != 1:
            return m
        name = fits.pop()
        mention = Mention(m.start, m.end, m.text, "person", name, "claim")
        self.extra.append(mention)
        self.names.add(name)
        for i, held in list(self.by_token.items()):
            if held is m:
                self.by_token[i] = mention
        return mention

    def _place_as_person(self, token: Token) -> Named | None:
        """A name typed as a place where only a person can stand: acquitted, sentenced,
        or an item of a list of the accused ("acquitted Tahir Zahoor", "the accused
        included X, Iftikhar and Y"). The small tagger takes many South Asian names for
        places; the name is kept as an extra mention of a person, which replaces the
        place's (``extract``)."""
        m = self.places.get(token.i)
        if m is None or token.pos_ != "PROPN" or not all(w[:1].isupper() for w in m.text.split()):
            return None
        name = self._full_name(m.name, m.start)
        mention = Mention(m.start, m.end, m.text, "person", name, "claim")
        self.extra.append(mention)
        self.names.add(name)
        for i, place in list(self.places.items()):
            if place is m:
                del self.places[i]
                self.by_token[i] = mention
        return Named(name, m.start, m.end)

    def _full_name(self, name: str, start: int) -> str:
        """``_scan_full_name``, once per document for each name, place and state of what
        the scan reads that changes while the document is read: the full names found so far
        (only ever added to, so their count tells them) and whether the report has described
        the name as someone else's (``described``)."""
        key = (name, start, len(self.full_names), name in self.described)
        found = self._full_names_read.get(key)
        if found is None:
            found = self._full_names_read[key] = self._scan_full_name(name, start)
        return found

    def _scan_full_name(self, name: str, start: int) -> str:
        """The full name a one-word name of a person stands for in this document: the last
        full name with that word before it, else the first after it (a relative's only when
        no other fits; a surname two people named together bear, no one's: ``mentions.kin``);
        else itself. A name of
        several words stands for the one longer full name it ends ("Thapa Magar" for "Suraj
        Thapa Magar": a surname of two words, ``mentions.surname_tails``) when the report
        gives it no part of its own ("his parents Zakir Jaffer")."""
        words = name.lower().split()
        if len(words) != 1 and (name in self.described or name in self.kin_names):
            return name  # one the report gives a part of their own is their own
        if len(words) != 1:
            # the one full name it ends, relatives aside (``mentions.surname_tails``): the
            # mention stage's reading, whether NER found the bare name or not
            bearer = tail_bearer(words, self.full_names, lambda f: f[1], self.kin_names)
            return bearer[1] if bearer is not None else name
        else:
            fits = [(s, n) for s, n in self.full_names
                    if name.lower() in (w.lower() for w in n.split())]  # fmt: skip
            fits = surname_bearer(self.doc, name, start, fits, lambda f: f, self.kin_names)
        before = [n for s, n in fits if s < start]
        return before[-1] if before else (fits[0][1] if fits else name)

    def can_do(self, named: Named) -> bool:
        """Whether a party named as the doer of an act ("X killed Y", "the attack by X")
        is accused of it: a person, a group of members, or an organisation that is no
        authority. Police, courts and investigators report, try and stop acts; what their
        operations do ("Police shot dead two suspects") is no accusation the grammar can
        read."""
        if self._is_person(named) or named.members is not None:
            return True
        return not _NAMES_AUTHORITY(named.name)

    def acts_on_itself(self, verb: Token) -> bool:
        """ "Veterans were killing themselves", "X shot himself": a verb whose object is a
        reflexive pronoun is done by its subject to itself; it accuses no one."""
        return any(
            c.dep_ == "dobj" and c.lower_ in self.lex.reflexive_pronouns for c in verb.children
        )

    def _is_person(self, named: Named) -> bool:
        span = self.doc.char_span(named[1], named[2], alignment_mode="expand")
        m = self.by_token.get(span.root.i) if span is not None and len(span) else None
        return m is None or m.type == "person"


def owns(token: Token, m: Mention) -> bool:
    """Whether the name ``m`` (at ``token``) is a possessive: "X's murder"."""
    after = next((t for t in token.doc[token.i : token.i + 8] if t.idx >= m.end), None)
    return after is not None and after.tag_ == "POS"


def modifies(token: Token, m: Mention) -> bool:
    """Whether the name ``m`` (at ``token``) modifies a noun after it."""
    root = next((t for t in token.doc[token.i : token.i + 8] if t.idx >= m.end), None)
    if owns(token, m):
        return True  # "the MQM's deputy convener", however the parser attached it
    # The word of the name that hangs outside it, whatever hangs its other words together:
    # "the 16 Provincial Armed Constabulary (PAC) men" is parsed with "Provincial" a
    # modifier of "Constabulary", and "Constabulary" of "men".
    head = token
    while head.head.i != head.i and (
        m.start <= head.head.idx < m.end
        or (head.dep_ in ("compound", "flat") and head.head.idx < m.end)
    ):
        head = head.head
    if head.dep_ in ("poss", "compound", "nmod", "amod") and (
        root is not None and head.head.idx >= m.end
    ):
        return True
    # "the 18 Harbour Force (HF) men" parsed with "men" in apposition to the name (and the
    # acronym to it): the common noun written right after the name is what it modifies
    noun = _word_after(token, m)
    return (
        noun is not None
        and noun.pos_ == "NOUN"
        and noun.is_lower
        and noun.dep_ == "appos"
        and noun.head.i in (head.i, head.head.i)
    )


def _word_after(token: Token, m: Mention) -> Token | None:
    """The first word after the name ``m`` (at ``token``), past an acronym in brackets ("X
    (ACR) men")."""
    after = [t for t in token.doc[token.i : token.i + 16] if t.idx >= m.end][:5]
    i = 0
    if i < len(after) and after[i].text == ")":
        i += 1  # the name is the acronym: "(HF) men"
    elif len(after) >= 3 and after[0].text == "(" and after[2].text == ")":
        i += 3
    return after[i] if i < len(after) else None


def a_people(token: Token, m: Mention) -> bool:
    """Whether the name ``m`` (at ``token``) is a nationality or a people used as a common
    noun ("the American and X were convicted", "all ethnic Somalis"): never one party
    ("Rajan and Mira Kohli" stay names)."""
    return m.label == "NORP" and m.type == "organization" and common(token)


def common(token: Token) -> bool:
    """Whether a name is used as a common noun: with an article or an adjective ("the
    American", "ethnic Somalis"), as an adjective itself ("her Italian friend"), or in the
    plural ("blaming Mexicans"): a people, never one party."""
    if token.dep_ == "amod" or token.tag_ in ("NNS", "NNPS"):
        return True
    return any(c.dep_ in ("det", "amod") for c in token.children)
