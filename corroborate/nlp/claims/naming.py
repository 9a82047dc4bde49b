"""What a document's names stand for: the state the claim reader keeps of one document and
how one word leads to a name.

``Naming`` holds the document's mentions by token, the speaker resolver, the accused the
report has been following and the names it has described as someone else; ``_name_at`` gives
the name a word stands for - a mention (its full name for a one-word name of a person), a
pronoun or "the accused" resolved (to the accused last named, never to someone described as
victim or judge), members of an organisation ("13 workers of the MQM", ``MembersNamed``), or
a proper name NER missed (kept as an extra mention). It builds on ``DescribedPeople`` (what
"the munshi" stands for after "the kiln munshi, X"), ``Pronouns`` (what a pronoun or "the
accused" stands for) and ``FullNames`` (a name made whole: its full name, a person's name NER
typed a place or missed); ``Parties`` builds on it to read whole phrases. Whom "the husband"
stands for after "her husband, X" is ``KinReadBack``'s; a name apposed past an owner, a place
or a comma ("Counsel for the appellant, X", "a target killer arrested in Lyari, X") is
``ApposedNames``'.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from corroborate.lexicon.legal import LegalLexicon, legal
from corroborate.lexicon.name_words import name_words
from corroborate.lexicon.statements import statement_words
from corroborate.nlp.claims.alias_marker import alias_marker_before
from corroborate.nlp.claims.apposed_names import ApposedNames
from corroborate.nlp.claims.client_pronouns import ClientPronouns
from corroborate.nlp.claims.companies_told import CompaniesTold
from corroborate.nlp.claims.court_told import told_of_by_the_court
from corroborate.nlp.claims.described_subject import DescribedSubject
from corroborate.nlp.claims.detached_names import detached_name
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.kin_pronouns import KinPronouns
from corroborate.nlp.claims.kin_read_back import KinReadBack
from corroborate.nlp.claims.kin_reciprocal import KinReciprocal
from corroborate.nlp.claims.members_named import MembersNamed
from corroborate.nlp.claims.never_accused import never_accused, own_verbs_doers
from corroborate.nlp.claims.office_before_name import name_after_office
from corroborate.nlp.claims.one_member import names_only_modifying
from corroborate.nlp.claims.parallel_objects import ParallelObjects
from corroborate.nlp.claims.pronoun_chain import PronounChain
from corroborate.nlp.claims.thing_apposed import name_past_thing
from corroborate.nlp.claims.untied import UntiedDescriptions
from corroborate.nlp.counted_apart import counted_apart
from corroborate.nlp.datelines import datelines
from corroborate.nlp.mentions.amounts import name_before_amount
from corroborate.nlp.mentions.kin import introduced_as_kin
from corroborate.nlp.passing import describes_the_accused
from corroborate.nlp.quotes import find_quotations
from corroborate.nlp.speakers import PERSONAL_PRONOUNS, SpeakerResolver
from corroborate.nlp.title_abbreviations import name_after_title
from corroborate.records import Mention

__all__ = ["Naming"]

# Whether a name is an investigator's, a court's or a force's (the lexicon's authorities).
_NAMES_AUTHORITY = statement_words().names_authority
# Where a noun's phrase hangs on its verb: a word there heads a noun phrase. (Not a
# preposition's object: "the confession attributed to the accused" is told of whoever the
# report follows, and a step there is read by its own rule.)
_NOUN_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "dative"})
# "X s/o Y": the marks that make the name after them a relative of the one before.
_KINSHIP_MARKERS = name_words().kinship_markers


class Naming(
    PronounChain,
    ParallelObjects,
    UntiedDescriptions,
    CompaniesTold,
    ClientPronouns,
    KinPronouns,
    KinReciprocal,
    MembersNamed,
    KinReadBack,
    ApposedNames,
    DescribedSubject,
):
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
        # the quotations, read once: a quotation's earlier sentences are said by the verb
        # that closes it (``quotes.said_before``)
        self.quotations = find_quotations(doc.text)
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
        # Each group of two or more one sentence's ruling, charge or arrest took together,
        # in the report's order: whom "the three" stands for after a fourth was arrested
        # apart ("arrested X, Y and Z ... A fourth, W, was held later ... remanded the three").
        self.stepped_together: list[list[Named]] = []
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
        # The clients of the last lawyer told by no name ("Counsel for X said ..."), by sentence
        self.unnamed_counsel: tuple[int, list[Named]] = (-2, [])
        # Names the document has described so far as someone other than an accused (the
        # victim, the judge ...): a pronoun or "the accused" is never resolved to them. From
        # the start, a name written only inside the phrase of one unnamed person or thing ("a
        # Korangi shopkeeper": where he is from), never anyone "his co-accused" stands for.
        self.described: set[str] = names_only_modifying(doc, mentions)
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
        # The same for a description noun ("the kiln munshi, X"): whom "the munshi" stands
        # for later (``DescribedPeople``).
        self.noun_named: dict[str, set[str]] = {}
        # Untied descriptions (``untied``): whether a word may be read as one now, and the
        # words asked for while it may not (read again for them once the sentence is read)
        self.untied_on = False
        self.untied_asked: set[int] = set()
        # The noun each person mention is written beside, by its offsets: stored on the
        # mention (``Mention.description``) for the ledger (``remember_described``).
        self.mention_nouns: dict[tuple[int, int], str] = {}
        self.later_described: dict[str, set[str]] | None = None  # (``DescribedPeople``)
        self.later_owners: dict[str, set[str]] | None = None  # (``DescribedPeople``)
        # What each person a clause tells owns or runs ("X, who runs a shop": "shop"), and
        # the married pairs named ("her husband, Y"): whom "the shop owner" and "the couple"
        # stand for (``ClauseDescribed``, ``Couples``).
        self.owned_things: dict[str, set[str]] = {}
        self.married_pairs: list[tuple[str, str]] = []
        # The people named under each plural description ("attendants Y and Z"): whom "the
        # two attendants" stands for (``DescribedGroups``).
        self.noun_groups: dict[str, list[str] | None] = {}
        self.rank_named: dict[str, set[str]] = {}  # "Constable X": "the constable" (``RankTold``)

    def _name_read(self, token: Token) -> Named | None:
        # "his lawyer, Atty. Rosario Lim" (the abbreviation); "the driver of the van, X"
        token = name_after_title(token) or name_past_thing(token, self.by_token, self.lex) or token
        # "sentenced Union Parishad member X": the body's name read as the object
        token = name_after_office(token, self.by_token) or token
        # "the bail application of the driver X was dismissed", X hung on the verb
        token = detached_name(token, self.by_token) or token
        token = name_before_amount(token) or token  # "fined X Rs 50,000" with "Rs" the object
        m = self.by_token.get(token.i) or self._alias_owner(token)
        m = self._surname_as_person(m) if m is not None else None
        if m is not None and self._after_kinship_marker(m):
            return None  # "X s/o Y": Y is X's father, named to say which X
        lemma = token.lemma_.lower()
        # "sent the accused to jail": the participle the tagger made of the noun ("accuse")
        # heads a noun's phrase, so it is the noun - one person, not "all the accused"
        nominal = token.tag_ == "VBN" and token.dep_ in _NOUN_DEPS
        if nominal and token.lower_ in self.lex.accused_nouns and self._one_named(token):
            lemma = token.lower_
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
            # "Zulfi's father said his son ...": Zulfi, never another family's son
            turned = self._kin_turned(token) if m is None else None
            if turned is not None:
                return turned.owner
            kin = (self._kin_told(token) or self._rank_told(token)) if m is None else None
            # "the younger accused"; "the appellant", whose appeal the report tells
            kin = kin or (self._age_ranked(token) or self._role_held(token) if m is None else None)
            if kin is not None:
                return kin  # "The husband was arrested" after "her husband, X"; "the constable"
            after = self._named_after_comma(token) if m is None else None
            if after is not None:
                m = self.by_token[after.i]  # "arrested a suspect, X, on Thursday", X hung apart
            if m is not None and self._after_kinship_marker(m):
                return None  # "the suspect, X s/o Y": Y is named to say whose son X is
        elif m is None:
            # "the munshi had resiled" after "The kiln munshi, X"; "the company" after "X Ltd"
            told = self._description_told(token) or self._company_told(
                token, self.lex.company_nouns
            )
            if told is not None:
                return told
        if m is not None and self.no_party(token, m):
            return None
        if m is not None:
            full = self._person_full_name(m) if m.type == "person" else m.name
            return Named(full, m.start, m.end)
        if lemma in self.lex.member_nouns:
            return self._members(token)
        subject = self.persons_subject(token)  # "the driver told the court police hit him"
        if subject is not None:
            bearer = self.described_object(subject, token)
            if bearer is not None:
                return bearer
            if self.object_of_no_one(subject, token):
                return None  # "the driver [unnamed] ... the magistrate who remanded him"
        # "The manager had disowned his statement", "the case against the manager rested on
        # a confession he ...": the described subject's bearer, not the accused followed last
        subjects_bearer = self.described_subject_bearer(token)
        if subjects_bearer is not None:
            return subjects_bearer
        owned_before = self._owner_subject(token) if token.lower_ in PERSONAL_PRONOUNS else None
        owned_before = self._client_subject(token) or owned_before  # "his client ... his"
        # "the driver's brother insisted he had been used": the driver
        owned_before = self._kin_owner_spoken_of(token) or owned_before
        if owned_before is not None:
            return owned_before  # "the confession of X was voluntary and that his claim"
        parallel = self._parallel_party(token) if token.lower_ in PERSONAL_PRONOUNS else None
        if parallel is not None:
            return parallel  # "cleared X of murder but convicted him of theft"
        if token.lower_ in PERSONAL_PRONOUNS and self.object_described_untold(token):
            return None  # "set aside the conviction of a cook and acquitted him": unnamed
        if (
            token.lower_ in PERSONAL_PRONOUNS
            and any(n.members is None for n in self.last_accused)
            and not self._nearer_subject(token)
        ):
            bound = self._age_ranked_subject(token) or self._followed_subject(token)
            bound = bound or self._subject_just_before(token)
            # "Judge Z wrote that X ran it. He was sent to prison": the one the court told of
            bound = bound or told_of_by_the_court(
                token,
                self.by_token,
                self.accused_so_far,
                self._full_name,
                self.described | self.described_here,
            )
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
            if counted_apart(token):
                return None  # "the third suspect": one more, never the one followed
            phrase = [t for t in token.subtree if t.dep_ in ("det", "amod") or t == token]
            name = self.resolver.resolve(phrase)
            if name and name not in self.names and token.lower_ in PERSONAL_PRONOUNS:
                name = self._full_name(name, phrase[0].idx)  # "Kamran" for "Kamran Ali"
            elsewhere = self.described | self.described_here
            unresolved = not name or (
                name.lower() == token.lower_ and token.i not in self.resolver.declined
            )
            # the resolver declines a he or she after a description ("granted bail to a
            # cleaner ..., noting that he had spent nine months in jail"): the report's focus
            # is that description, no name - as where it is unresolved, the party the court
            # told of in the sentence before is who undergoes the step
            declined = token.lower_ in PERSONAL_PRONOUNS and token.i in self.resolver.declined
            told = (
                told_of_by_the_court(
                    token, self.by_token, self.accused_so_far, self._full_name, elsewhere
                )
                if declined and not unresolved and name not in elsewhere
                else None
            )
            if told is not None:
                return told
            if token.lower_ in PERSONAL_PRONOUNS and (unresolved or name in elsewhere):
                # no one accused yet, the report's focus a description ("granted bail to a
                # driver. Justice Z, hearing the plea of X, said .... He was released"): the
                # party the court told of, before any person its own sentence names
                told = told_of_by_the_court(
                    token, self.by_token, self.accused_so_far, self._full_name, elsewhere
                )
                if told is not None:
                    return told
                # the document's focus is someone described as victim, relative ...: the
                # pronoun stands for a person its own sentence named before it ("X's lawyers
                # say his confession was coerced")
                name = self._named_before(token)
            elif (
                name in elsewhere
                or name in own_verbs_doers(token, self.by_token)
                or never_accused(name, self.last_accused, self.all_accused)  # a witness
            ) and self._the_one_followed(token):
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
        return self.untied_read(token)  # "the agent" the report names no one for

    def _one_named(self, noun: Token) -> bool:
        """ "the accused", not "all the accused", "both accused", "the three accused"."""
        words = [c.lower_ for c in noun.children if c.dep_ in ("det", "predet", "nummod")]
        return words == ["the"]

    def _alias_owner(self, token: Token) -> Mention | None:
        """The person whose second name ``token`` is, or whose alias marker it is, when the
        parse heads the name there: "the suspect, X alias Kala" with "Kala" (or "alias") in
        apposition to "suspect" names X."""
        marker = alias_marker_before(token)  # "alias Kala", "alias Lamba Abul"
        if marker is None:
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

    def can_do(self, named: Named) -> bool:
        """Whether a party named as the doer of an act ("X killed Y", "the attack by X")
        is accused of it: a person, a group of members, or an organisation that is no
        authority. Police, courts and investigators report, try and stop acts; what their
        operations do ("Police shot dead two suspects") is no accusation the grammar reads."""
        if self._is_person(named) or named.members is not None:
            return True
        return not _NAMES_AUTHORITY(named.name)

    def acts_on_itself(self, verb: Token) -> bool:
        """ "Veterans were killing themselves", "X shot himself": a verb whose object is a
        reflexive pronoun is done by its subject to itself; it accuses no one."""
        return any(
            c.dep_ == "dobj" and c.lower_ in self.lex.reflexive_pronouns for c in verb.children
        )
