"""Who a sentence says someone is: lists of the accused and roles by description.

"The accused are X, Y and Z" and "those acquitted include X, Y" name a group by listing it;
"Justice X", "X's lawyer Y", "suspect Z" and "slain journalist W" describe one person's part.
Read along the tokens where a small parser seldom gets long lists of foreign names right.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.nlp import names
from corroborate.nlp.claims.counted_list import CountedList
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.everyday import plans_no_crime
from corroborate.nlp.claims.item_phrases import opens_participle
from corroborate.nlp.claims.members_named import modifies, owns
from corroborate.nlp.claims.named_as import named_as_another_part
from corroborate.nlp.claims.parties import (
    ACTIVE_SUBJECTS,
    LISTING_PREPS,
    LISTING_VERBS,
    PASSIVE_SUBJECTS,
    apposed_nearer,
)
from corroborate.nlp.claims.renamed_before import noun_renamed_before
from corroborate.nlp.claims.terms import awarded_term
from corroborate.nlp.fronted_subject import fronted_apposed
from corroborate.nlp.grammar import negated_or_possible, prep_objects, verb_read_as_modifier
from corroborate.nlp.passing import describes_the_accused
from corroborate.nlp.speakers import ALIAS_MARKERS
from corroborate.records import ClaimKind, Mention, ParticipantRole

__all__ = ["Descriptions"]

_PHRASE_BREAKS = frozenset({"VERB", "ADP", "AUX", "PRON", "CCONJ", "SCONJ", "DET"})
# The words a list may begin with before its first name: "included his three drivers X"
# How the tagger takes a charge paper's noun ("the chargesheet", "the FIR").
_PAPER_TAGS = frozenset({"NOUN", "PROPN"})
_DESCRIBING = frozenset({"DET", "NUM", "ADJ", "NOUN", "PART"})
# How an item of a list hangs on the parse: the first as the verb's object or attribute,
# the others as its conjuncts or appositions.
_LIST_ITEMS = frozenset({"conj", "appos", "dobj", "attr"})
# The tags of a relative pronoun, which begins a clause inside a list's item.
_RELATIVE_PRONOUNS = frozenset({"WP", "WP$", "WDT"})
# How a noun is a clause's own party (its subject or object), not a phrase's.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
# The prepositions of an item's own phrase right after its name: "X of Lahore", "Y from Kasur".
_ITEM_PREPS = frozenset({"of", "from"})
# The preposition that gives a verb's subject an office: "As a prosecutor, X ...".
_AS_AN_OFFICE = frozenset({"as"})


def _list_misparsed(verb: Token) -> bool:
    """Whether the parse of the list ``verb`` names breaks, so it is read along the tokens: an
    "alias" follows ("nominates ..., the munshi X alias Y and a guard, Z alias W"), or the verb
    hangs as the paper's apposition, no clause's verb ("The FIR, registered ..., names X")."""
    after = verb.doc[verb.i + 1 : verb.sent.end]
    return verb.dep_ == "appos" or any(t.lower_ in ALIAS_MARKERS for t in after)


def _nominal(token: Token) -> bool:
    """Whether ``token`` heads a noun phrase: a noun, or a participle the parser made a
    subject or an object ("The fifth accused, X, gave ...": "accused" tagged a verb); not a
    verb of the clause ("was convicted of the murder of her roommate, X": X hung on it)."""
    return token.pos_ == "NOUN" or token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")


class Descriptions(CountedList):
    """Lists and descriptions of parties, on top of finding the names themselves."""

    def _listed(self, sent: Span) -> list[Draft]:
        """ "The accused are X, Y and Z", "the other accused ... included X, Y": a list of
        names after an accused noun and a listing verb. Read along the tokens, not the parse:
        a small parser seldom gets a long list of foreign names right."""
        tokens = list(sent)
        out: list[Draft] = []
        for k, noun in enumerate(tokens):
            participle = self._ruled_participle(noun)
            # "The two are X and Y": the group the report has just counted
            counted = noun.pos_ == "NUM" and k > 0 and tokens[k - 1].lower_ == "the"
            # not "31 of the 38 prosecution witnesses, including X": a count of a role's
            # people (witnesses, relatives, officials) lists them, not the accused
            counted = counted and not self._counts_a_role(noun)
            # "... hold four suspects for 14 days. They are W, X, Y and Z": "They" for the
            # accused the sentence before calls by an accused noun
            counted = counted or k == 0 and self._they_the_accused(noun)
            paper = self._paper_naming(tokens, k)  # "The chargesheet names X, Y and Z"
            if paper is not None:
                participle = ("charge", "charged")
            elif noun.lower_ not in self.lex.accused_nouns and participle is None and not counted:
                continue
            # a list begins right after its verb: "the accused are X, Y"; the first such
            # verb, not one of a clause in between ("the other accused against whom
            # charges were framed included X, Y")
            verb = paper or next(
                (t for t in tokens[k + 1 : k + 10]
                 if (t.lemma_.lower() in LISTING_VERBS or t.lower_ in LISTING_PREPS
                     or self._passive_as(t))
                 and self._begins_list(t)),
                None,
            )  # fmt: skip
            if verb is None:
                continue
            if participle is not None:  # "Those acquitted in the case include X, Y"
                draft = Draft(participle[0], noun, participle[1], listing=True)
            else:
                draft = Draft("accusation", noun, listing=True)
            # "the other accused ... included X, Y": a group besides the accused followed
            draft.besides = k > 0 and tokens[k - 1].lower_ in self.lex.others_words
            # a list "They" opens lists people (not "X, 39, a National Police Reservist")
            self._list_items(sent, verb, draft, people_only=noun.lower_ == "they")
            out.append(draft)
            break
        return out

    def _list_items(
        self, sent: Span, verb: Token, draft: Draft, people_only: bool, end: int | None = None
    ) -> None:
        """Adds to ``draft`` as accused each item of the list after ``verb`` (a listing verb
        or preposition), read along the tokens to the end of its clause (or to ``end``)."""
        aliases = {m.alias for t in sent if (m := self.by_token.get(t.i)) and m.alias}
        relative = False
        for t in list(sent)[verb.i - sent.start + 1 : None if end is None else end - sent.start]:
            m = self.by_token.get(t.i)
            if t.lower_ in ALIAS_MARKERS:
                continue  # "X alias Y": one item, whatever the parser made of "alias"
            if t.tag_ in _RELATIVE_PRONOUNS or relative or opens_participle(t):
                # "X, the prayer leader who made the announcement, a shopkeeper, Y, and
                # Z", "X, 44, described by the CIB as a broker; Y": a relative clause or
                # participle describes its item up to the next comma or semicolon
                relative = t.text not in (",", ";")
                continue
            if (  # (not after a firm's name: "director of Acme Ltd in Patan, and Y")
                t.pos_ == "ADP" and t.lower_ not in _ITEM_PREPS | LISTING_PREPS and t.i > 0
                and getattr(self.by_token.get(t.i - 1), "type", None) == "person"
                and not _hyphened(t)
            ):  # fmt: skip
                # a phrase right after an item's name that no item's origin is: "names X
                # and Dr Y under the Act and the BNS" (the list ends before "under"); not
                # a word the preposition begins ("X, the CIA in-charge, Y")
                break
            if (
                m is None and t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN"
                and t.dep_ != "amod" and not self._describes_next_item(t)
            ):  # fmt: skip
                # the list ends where the next clause begins (not at a participle that
                # describes an item's noun, "its managing director X", nor at an item's
                # noun the tagger made a verb, ", engineer X")
                break
            if m is not None and self._in_item_phrase(t, verb):
                continue  # "X, 42, of Y", "Z, owner of a shop in W": Y and W describe
            if m is None and t.i in self.places and t.dep_ in _LIST_ITEMS:
                # an item typed as a place: a list of the accused lists people (not
                # "X of Lahore": where they are from)
                person = self._place_as_person(t)
                draft.add([person] if person is not None else [], "accused")
            elif m is None and t.pos_ == "PROPN" and t.dep_ in _LIST_ITEMS:
                # an item NER missed: "X, Y and Jameel" (not "X alias Y": one person)
                missed = None if t.text in aliases else self._missed_name(t)
                draft.add([missed] if missed is not None else [], "accused")
            elif m is not None and people_only and m.type != "person":
                continue
            elif m is not None and not self._describes(t, m):
                if not named_as_another_part(t, self.by_token, self.lex):  # "X as the complainant"
                    draft.add([Named(m.name, m.start, m.end)], "accused")

    def _describes_next_item(self, token: Token) -> bool:
        """Whether a word the tagger made a verb opens a list's next item before its name:
        right after the comma or "and" that ends the item before, right before a name
        (", engineer X, enumerator Y")."""
        doc = token.doc
        if token.i == 0 or token.i + 1 >= len(doc):
            return False
        return doc[token.i - 1].lower_ in (",", "and") and token.i + 1 in self.by_token

    def _they_the_accused(self, pronoun: Token) -> bool:
        """Whether a sentence-initial "They" stands for accused people: the last plural noun
        of people that a clause of the sentence before has for subject or object is an
        accused noun ("allowed detectives to hold four suspects", "said the suspects could
        interfere with witnesses"). Not the victims or witnesses the sentence before counts
        ("Two herders were shot dead. They are X and Y")."""
        if pronoun.lower_ != "they" or pronoun.sent.start == 0:
            return False
        before = self.doc[pronoun.sent.start - 1].sent
        # (a clause's subject or object: not "interfere with witnesses", a phrase's noun)
        plural = [t for t in before if t.tag_ == "NNS" and t.dep_ in _ARGUMENTS]
        people = self.lex.accused_nouns | self.lex.people_nouns | set(self.lex.role_nouns)
        plural = [t for t in plural if t.lemma_.lower() in people]
        return bool(plural) and plural[-1].lemma_.lower() in self.lex.accused_nouns

    def _counts_a_role(self, number: Token) -> bool:
        """Whether a number counts the people of a part other than the accused's: "the 38
        prosecution witnesses", "the two officers" (the noun it modifies, a role noun)."""
        noun = number.head
        return number.dep_ == "nummod" and self.lex.role_nouns.get(noun.lemma_.lower()) is not None

    @property
    def _paper_charging(self) -> frozenset[str]:
        """Charge verbs of everyday senses too that a paper does: "the FIR nominates X"."""
        return self.lex.offence_verbs & frozenset(self.lex.charge_verbs)

    def _paper_naming(self, tokens: list[Token], k: int) -> Token | None:
        """The verb of accusing right after a charge paper that names a list: "The
        chargesheet names X, Y and Z", "the FIR names X and Y" - read by the words, since
        the tagger often takes "names" there for a plural noun."""
        noun = tokens[k]
        if k + 1 >= len(tokens) or noun.lemma_.lower() not in self.lex.charge_nouns:
            return None
        # "The charge sheet names X", "the charge-sheet names X": the paper is the head of
        # the compound its charge noun begins (the tagger's split of one word), not a verb
        while (
            noun.dep_ == "compound" and 0 < noun.head.i - noun.i <= 2
            and noun.head.lemma_.lower() not in self.lex.accuse_verbs
        ):  # fmt: skip
            k += noun.head.i - noun.i
            noun = noun.head
        if k + 1 >= len(tokens):
            return None
        verb = tokens[k + 1]
        # "names X, Y", or "names four inmates - X, Y" (the list after its count)
        naming = verb.lemma_.lower() in self.lex.accuse_verbs
        if naming and (start := self._list_start(verb, self._begins_list(verb))):
            return start
        # "The chargesheet, filed in December before the court of the ... Magistrate, names
        # X, ...": a phrase set off by commas right after the paper, however long, ends at
        # the comma before the paper's verb (not one the tagger made a verb: read as one)
        if verb.text == ",":
            closing = next(
                (t for t in tokens[k + 2 :]
                 if t.i > 0 and self.doc[t.i - 1].text == ","
                 and t.lemma_.lower() in self.lex.accuse_verbs | self._paper_charging),
                None,
            )  # fmt: skip
            if (
                closing is not None and (closing.pos_ != "VERB" or _list_misparsed(closing))
                # "The FIR, ..., nominates": the paper the verb's subject, whatever its tag
                # (the paper's own tag too: "FIR" is often a proper noun)
                and (noun.pos_ in _PAPER_TAGS or closing.pos_ == "VERB" and noun.head == closing)
                and (start := self._list_start(closing, self._begins_list(closing))) is not None
            ):  # fmt: skip
                return start
        # "The chargesheet, running into 900 pages, names X, ...": further on, only a word
        # the tagger did not make a verb (a verb is read as one)
        return next(
            (t for t in tokens[k + 2 : k + 10]
             if t.lemma_.lower() in self.lex.accuse_verbs and t.pos_ != "VERB"
             and noun.pos_ == "NOUN" and self._begins_list(t)),
            None,
        )  # fmt: skip

    def _in_item_phrase(self, token: Token, start: Token) -> bool:
        """Whether a name in a list stands inside a preposition's phrase of the item before
        it ("X, 42, of Y"; "Z, owner of a firm in W") rather than being an item: a list's
        items are separated by commas and "and", so a preposition between the last such
        separator and the name puts the name inside the phrase. Read along the tokens, as
        the list is, from its verb ``start``; from the name's first word, since its own
        words are no separator ("of the Transport Entrepreneurs' Committee": the
        apostrophe)."""
        m = self.by_token.get(token.i)
        first = token.doc.char_span(m.start, m.end, alignment_mode="expand") if m else None
        begins = first.start if first is not None and len(first) else token.i
        for t in reversed(token.doc[start.i + 1 : min(begins, token.i)]):
            if t.is_punct or t.pos_ == "CCONJ":
                return False
            if t.pos_ == "ADP" and t.lower_ not in LISTING_PREPS:
                return True
        return False

    def _passive_as(self, token: Token) -> bool:
        """Whether ``token`` is the "as" right after a passive verb, which then says who the
        group is: "Those arrested have been identified as X, Y and Z", "the two held were
        named as X and Y"."""
        verb = token.doc[token.i - 1] if token.i else token
        return (
            token.lower_ in _AS_AN_OFFICE and verb.tag_ == "VBN" and token.head.i == verb.i
            and any(c.dep_ == "auxpass" for c in verb.children)
        )  # fmt: skip

    def _describes(self, token: Token, m: Mention) -> bool:
        """Whether the name ``m`` describes an item of a list rather than being one: a
        possessive ("X's employees Y"), an organisation before a name ("Acme CEO Z"), or an
        acronym in apposition to one ("Acme (AC) councillor Z"). An organisation's name is
        asked as a whole, by its root (the word its other words hang from): a word inside
        it ("Tehreek-e-Insaf": "e") hangs from the name, not from the noun after it. The
        parse of a person's name is not asked: long lists of names are parsed as compounds
        of each other."""
        if owns(token, m):
            return True
        if m.type != "organization":
            return False
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else token
        owner = self.by_token.get(root.head.i) if root.dep_ == "appos" else None
        if owner is not None and owner is not m and owner.type == "organization":
            return self._describes(root.head, owner)
        if owner is not None and owner.type == "person" and span is not None:
            # "X, the CIA in-charge, Y": "the" body's post after it renames X, no item
            post = any(t.i >= span.end for t in root.subtree)
            return post and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)
        return modifies(root, m) or modifies(token, m)

    def _begins_list(self, verb: Token) -> bool:
        """Whether a name comes right after ``verb`` (punctuation aside), or, after a verb
        that includes ("include", "comprise"; not "be" or a preposition: "accused X of
        being a Y"), after a few words that describe the first items ("included his three
        drivers X, Y")."""
        including = verb.pos_ == "VERB" and verb.lemma_.lower() != "be"
        # "have been identified as tractor driver X, 24, ...": the first item's description
        including = including or self._passive_as(verb)
        if self._apposed_first_item(verb):
            return True
        for t in verb.doc[verb.i + 1 : min(verb.i + 8, verb.sent.end)]:
            if t.i in self.by_token:
                return True
            describing = including and (t.pos_ in _DESCRIBING or t.tag_ == "PRP$")
            # after any listing verb, the first name's own title or description: "the
            # condemned are Maulana X, ...", "those arrested are ward chairperson X, ..."
            describing = describing or self._describes_name_after(t)
            if not (t.is_punct and t.i == verb.i + 1) and not describing:
                return False
        return False

    def _apposed_first_item(self, verb: Token) -> bool:
        """Whether a copula's first item is a description set off before its name: "Those
        arrested are the restaurant's owner, X, 52; his nephew Y; and the bouncer, Z" - the
        attribute noun (with only its determiner, possessor and modifiers before it) has the
        name for an apposition right after a comma. A list says who the group is by a
        description of each one as often as by a title; the copula stays closed to a bare
        description ("The accused are the sons of a farmer"), which names no one."""
        if verb.lemma_.lower() != "be":
            return False
        item = next((c for c in verb.rights if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if item is None or item.i - verb.i > 6:
            return False
        # only the item's own words before it: "the restaurant's owner", "the bouncer"
        if any(t.head.i not in (item.i, *(a.i for a in item.subtree)) or t.dep_ == "prep"
               for t in verb.doc[verb.i + 1 : item.i]):  # fmt: skip
            return False
        after = verb.doc[item.i + 1] if item.i + 1 < verb.sent.end else None
        return (
            after is not None and after.text == ","
            and any(c.dep_ == "appos" and c.i in self.by_token and c.i - item.i <= 5
                    for c in item.children)
        )  # fmt: skip

    def _describes_name_after(self, token: Token) -> bool:
        """Whether ``token`` is a title ("Maulana", "Dr") or a common noun or adjective that
        modifies a name after it ("ward chairperson X": through its chain of compounds)."""
        if token.lower_.strip(".") in names.TITLES | names.HONORIFICS:
            return True
        head = token
        while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
            head = head.head
            if head.i in self.by_token:
                return token.pos_ in ("NOUN", "ADJ", "PROPN") or token.tag_ == "VBN"
        return False

    def _ruled_participle(self, token: Token) -> tuple[ClaimKind, str] | None:
        """ "those acquitted", "the arrested": a group named by what was done to it."""
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

    def _descriptions(self, sent: Span, drafts: list[Draft]) -> list[Draft]:
        """Each name the sentence describes ("Justice X", "X's lawyer Y", "suspect Z",
        "slain journalist W") as a claim of that role (an accusation for an accused noun)."""
        out: list[Draft] = []
        seen: set[int] = set()
        for token in sent:
            m = self.by_token.get(token.i)
            if m is None or m.start in seen or m.type == "place":
                continue
            seen.add(m.start)
            if self.described_in_passing(token, m):
                continue  # "X, a leader of the militant organisation Y"; "all ethnic Somalis"
            if self._after_kinship_marker(m):
                continue  # "the suspect, X s/o Y": what describes X is not said of Y
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            role, cue = self._described_role(span)
            if role is None or cue is None:
                continue
            draft = Draft("accusation" if role == "accused" else "role", cue)
            draft.add([Named(m.name, m.start, m.end)], role)
            out.append(draft)
        return out

    def _described_role(self, span: Span) -> tuple[ParticipantRole | None, Token | None]:
        lex = self.lex
        root = span.root
        # a title NER kept inside the name: "Magistrate Francis Andayi"
        words: list[Token] = [t for t in span if t.i < root.i and t.lower_ in lex.role_nouns]
        # words in front of the name inside its phrase: "Justice", "defence counsel", "slain"
        i = span.start - 1
        # a plural noun is the title of a list, not of one name: "told jurors X's account
        # was ...", where the jurors are the verb's object and X no juror
        listed = root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)
        while i >= span.sent.start and i >= span.start - 4:
            t = self.doc[i]
            if t.is_punct and t.text not in ("-",) or t.pos_ in _PHRASE_BREAKS:
                break
            if t.i in self.by_token or t.tag_ == "NNS" and not listed:
                break
            if t.lemma_.lower() in lex.court_bodies or t.lower_ in lex.court_bodies:
                # "Outside court X hugged his mother", "court clerk X": a court is a body
                # and titles no one; what stands before it is no title of X either
                break
            words.append(t)
            i -= 1
        if root.dep_ == "appos" and not verb_read_as_modifier(root) and not fronted_apposed(root):
            # (not "The tribunal convicted contractor X", nor "Outside court, X, who ..., left")
            # "Counsel for the appellant, X": X is the counsel (``owner_renamed``)
            apposed_to = self.owner_renamed(root) or self._apposed_head(root)
            words += [apposed_to] if apposed_to is not None else []
            if root.head.pos_ in ("NUM", "PRON"):
                # "One of the suspects, X, ...": a part of the group it is in apposition to
                words += prep_objects(root.head, ("of",))
        if root.dep_ == "npadvmod" and _nominal(root.head):
            if self._apposed_as_adverb(root.head, root):
                words.append(root.head)  # "The fifth accused, X, gave ...": hung as an adverb
        renamed = noun_renamed_before(span, set(self.by_token), lex)
        if renamed is not None:
            words.append(renamed)  # "A third co-accused, X, died": an apposition unparsed
        for apposed in (c for c in root.children if c.dep_ == "appos"):
            words.append(apposed)
            if apposed.pos_ in ("NUM", "PRON"):
                # "X, one of the accused, ...": a part of the group apposed to the name
                words += prep_objects(apposed, ("of",))
        if root.dep_ == "compound" and root.head.i > root.i:
            # "the Pearl murder case", "the Pearl murder suspects": the crime names the victim
            after = [root.head, *(c for c in root.head.children
                                  if c.dep_ == "compound" and c.i > root.i)]  # fmt: skip
            crimes = [t for t in after if t.lemma_.lower() in lex.crime_nouns]
            if crimes and awarded_term(crimes[0], lex):
                return None, None  # "awarded X death": the penalty's recipient (``Rulings``)
            if crimes:
                return "victim", crimes[0]
            if describes_the_accused(root):
                return None, None  # "the Sandy Hook shooter": where, not who (``nlp.passing``)
            words += after
        words += [t for t in span if t.i < root.i and t.pos_ != "PROPN"]
        for t in sorted(words, key=lambda w: w.lemma_.lower() not in lex.approver_nouns):
            lemma = t.lemma_.lower()
            lower = t.lower_
            # an approver is an accused, whatever else ("The approver, constable X"): first
            if lemma in lex.accused_nouns | lex.approver_nouns or lower in lex.accused_nouns:
                # "His digital mastermind, X": a planner of no crime describes no accused
                return (None, None) if plans_no_crime(t, lex) else ("accused", t)
            if lemma in lex.victim_words or lower in lex.victim_words:
                return "victim", t
            if lemma in lex.crime_nouns and root.dep_ == "compound":
                return "victim", t
            role = lex.role_nouns.get(lemma) or lex.role_nouns.get(lower)
            if role == "witness" and self._turned(t):
                return "accused", t  # "the driver-turned-state witness, X": an accomplice
            if role is not None and role != "victim":
                return role, t
        return None, None

    def _turned(self, noun: Token) -> bool:
        """Whether a participle of becoming stands in the noun's phrase ("the
        accomplice-turned-state witness", "a gunman-turned-prosecution witness"): one who
        turned witness was one of those it is given against, as an approver is."""
        becoming = self.lex.becoming_verbs
        return any(w.i < noun.i and w.tag_ == "VBN" and w.lemma_.lower() in becoming
                   for w in noun.subtree)  # fmt: skip

    def _apposed_head(self, appos: Token) -> Token | None:
        """The noun a name in apposition renames. The parser may hang the name on a noun far
        before it ("The court rejected the appeal of his co-defendant, X": X on "court",
        which would make X the court): where words between that noun and the name are none
        of the noun's own phrase, the name renames the noun right before its comma, and
        none when that is no noun."""
        head = appos.head
        start = appos.left_edge.i
        if head.i > start:
            return head
        own = {t.i for t in head.subtree}
        if all(t.is_punct or t.i in own for t in self.doc[head.i + 1 : start]):
            return head
        last = self.doc[start - 1]
        if last.is_punct and start >= 2:
            last = self.doc[start - 2]
        return last if last.pos_ in ("NOUN", "PROPN") and last.i not in self.by_token else None

    def _holding_office(self, noun: Token) -> list[Named]:
        """Who a noun of office is predicated of: "X was a federal prosecutor", "As a
        prosecutor, X ...", and "When she was a federal prosecutor, X didn't bring a single
        case": a pronoun subject of a clause before the one it hangs on stands for that
        clause's subject (the name comes after it). Asked for the prosecution's offices, whom
        a report never accuses by them (``ledger.claims.cleared_entities``); not for counsel,
        whose nouns have everyday senses ("a vocal advocate of trade deals")."""
        head = noun.head
        verb = head.head
        if noun.dep_ == "pobj" and head.lower_ in _AS_AN_OFFICE and verb.pos_ in ("VERB", "AUX"):
            return self._names_of_children(verb, ACTIVE_SUBJECTS)
        if noun.dep_ != "attr" or head.lemma_.lower() != "be":
            return []
        subjects = [c for c in head.children if c.dep_ in ACTIVE_SUBJECTS]
        pronoun = any(s.pos_ == "PRON" for s in subjects)
        if pronoun and head.dep_ == "advcl" and head.i < head.head.i:
            return self._names_of_children(head.head, ACTIVE_SUBJECTS)
        return [] if pronoun else self._names_of_children(head, ACTIVE_SUBJECTS)

    def _hedged_be(self, noun: Token) -> bool:
        """Whether the "be" a noun is the predicate of is negated or only possible: "X is not
        a suspect", "X may be the killer" say no one is."""
        lex = self.lex
        return negated_or_possible(noun.head, lex.modal_auxiliaries) or any(
            c.dep_ == "det" and c.lower_ in lex.negative_words for c in noun.children
        )

    def _participle_as_noun(self, token: Token) -> bool:
        """ "The accused, X and Y, were sent to jail": an accused noun the tagger takes for a
        participle ("accused" tagged VBN) is a noun where a determiner opens it."""
        lex = self.lex
        if token.tag_ != "VBN" or token.lower_ not in lex.accused_nouns:
            return False
        return any(c.dep_ == "det" for c in token.children)

    def _described(self, noun: Token) -> list[Named]:
        """The names a role noun stands for: "the accused, X and Y", "suspect X", "the
        accused included X", "the accused are X, Y", "three accused, including X"."""
        out = [
            n for c in noun.children if c.dep_ == "appos" and self.owner_renamed(c) is None
            and not apposed_nearer(noun, c)  # not "... abducting a merchant, X": the merchant
            and not verb_read_as_modifier(c)  # "The court on Monday convicted X"
            for n in self._names(c)
        ]  # fmt: skip
        past_place = self.apposed_past_place(noun)
        out += self._names(past_place) if past_place is not None else []  # "arrested in Y, X"
        # "Counsel for the appellant, X": the name apposed to whose part it is names the part
        out += [
            n for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
            for c in o.children if c.dep_ == "appos" and self.owner_renamed(c) == noun
            for n in self._names(c)
        ]  # fmt: skip
        if noun.i + 1 < len(self.doc) and self.doc[noun.i + 1].text == ",":
            # "the accused, X and Y, ...", parsed with the names as conjuncts of the noun
            out += [
                n for c in noun.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                for n in self._names(c)
            ]  # fmt: skip
        out += [
            n
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in LISTING_PREPS
            for n in self._pobj_names(c)
        ]
        if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ == "PROPN":
            out += self._names(noun.head)  # "accused Jameel", "suspect Kareem Bux"
        if noun.dep_ == "appos":
            out += self._names(noun.head) if noun.head.pos_ == "PROPN" else []
        if noun.dep_ in ("dobj", "nsubjpass"):
            # "identified the shooter as X", "the two gunmen were identified as X and Y": the
            # noun's "as" phrase on the verb names it
            out += [n for o in prep_objects(noun.head, _AS_AN_OFFICE) for n in self._names(o)]
        verb = noun.head.head
        if noun.dep_ == "pobj" and noun.head.lower_ in _AS_AN_OFFICE and verb.pos_ == "VERB":
            # "identified X as the shooter", "X was identified as the shooter": whom the verb
            # takes as what the noun says (its object, or a passive's subject)
            out += self._names_of_children(verb, PASSIVE_SUBJECTS | {"dobj"})
        if noun.dep_ == "pobj" and noun.head.lower_ in _AS_AN_OFFICE and verb.dep_ == "ROOT":
            # "The charge sheet lists X as an accused": the parser takes the main verb for
            # the last noun of its subject ("sheet lists", "FIR names") and its object for
            # an apposition to it
            out += self._names_of_children(verb, frozenset({"appos"}))
        if noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and not self._hedged_be(noun):
            # "X is the prime suspect in the murder", "X was a witness"
            out += self._names_of_children(noun.head, ACTIVE_SUBJECTS)
        among = noun.head if noun.dep_ == "pobj" else None
        if among is not None and among.lower_ == "of" and among.head.lower_ == "one":
            among = among.head  # "X is one of the accused"
        copula = among.head if among is not None else None
        if (
            among is not None and copula is not None
            and (among.lower_ == "among" and among.dep_ == "prep" or among.dep_ == "attr")
            and copula.lemma_.lower() == "be" and not self._hedged_be(among)
        ):  # fmt: skip
            # "X is among the accused in the riot case", "X is one of the accused"
            out += self._names_of_children(copula, ACTIVE_SUBJECTS)
        if noun.dep_ in ACTIVE_SUBJECTS and noun.head.lemma_.lower() in LISTING_VERBS:
            out += self._names_of_children(noun.head, frozenset({"attr", "dobj", "appos"}))
        return out


def _hyphened(token: Token) -> bool:
    """Whether ``token`` begins a hyphened word ("in-charge"): no preposition of its own."""
    doc = token.doc
    return not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "-"
