"""Lists of parties a sentence gives: "The accused are X, Y and Z", "those acquitted include
X, Y", "The chargesheet names X, Y and Z".

A list begins right after an accused noun (or a group the report has just counted, or what
was done to it: "those acquitted", or the plural noun of people a ruling still waiting for
its group's names counted: "ordered two men held ... The men are X and Y") and a listing
verb or preposition; its items are read
along the tokens, not the parse, to the end of the clause - a small parser seldom gets a long
list of foreign names right. What one name's own phrase says of its part ("Justice X",
"suspect Z") is ``claims.descriptions``, which builds on this.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.nlp import names
from corroborate.nlp.claims.adjective_participles import adjective_participle_lemma
from corroborate.nlp.claims.counted_list import CountedList
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.item_phrases import names_the_item, opens_participle
from corroborate.nlp.claims.members_named import modifies, owns
from corroborate.nlp.claims.named_as import named_as_another_part
from corroborate.nlp.claims.step_group import group_count, step_done_to
from corroborate.nlp.speakers import ALIAS_MARKERS
from corroborate.records import ClaimKind, Mention

__all__ = ["NameLists"]

# How the tagger takes a charge paper's noun ("the chargesheet", "the FIR").
_PAPER_TAGS = frozenset({"NOUN", "PROPN"})
# The words a list may begin with before its first name: "included his three drivers X"
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


class NameLists(CountedList):
    """The lists of parties a sentence gives, read along its tokens."""

    unnamed_rulings: list[tuple[Span, Draft]]  # ``Naming``'s: rulings on a group, waiting

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
            # accused the sentence before calls by an accused noun (decided once the
            # names are read: the group is the one whose count agrees with them)
            they = k == 0 and noun.lower_ == "they" and sent.start > 0
            # "... ordered provisional detention for three men. The men are X, Y and Z": the
            # plural noun of people a ruling on a counted group was told with, taken up again
            # at the head of the sentence while that ruling waits for its names
            again = k == 1 and tokens[0].lower_ == "the" and self._group_taken_up(noun)
            counted = counted or they or again
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
                 if (t.lemma_.lower() in self.lex.listing_verbs
                     or t.lower_ in self.lex.listing_prepositions or self._passive_as(t))
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
            if they and not self._they_the_accused(noun, len(draft.accused)):
                continue
            out.append(draft)
            break
        return out

    def _group_taken_up(self, noun: Token) -> bool:
        """Whether ``noun`` is a plural noun of people (``people_nouns``) whose word a ruling
        still waiting for its group's names counted ("ordered two men held" ... "The men")."""
        lemma = noun.lemma_.lower()
        if noun.tag_ != "NNS" or lemma not in self.lex.people_nouns:
            return False
        return any(
            t.lemma_.lower() == lemma and t.tag_ == "NNS" and self._counted(t)
            for ruling_sent, _ in self.unnamed_rulings
            for t in ruling_sent
        )

    def _list_items(
        self, sent: Span, verb: Token, draft: Draft, people_only: bool, end: int | None = None
    ) -> None:
        """Adds to ``draft`` as accused each item of the list after ``verb`` (a listing verb
        or preposition), read along the tokens to the end of its clause (or to ``end``)."""
        aliases = {m.alias for t in sent if (m := self.by_token.get(t.i)) and m.alias}
        lex = self.lex
        relative = False
        for t in list(sent)[verb.i - sent.start + 1 : None if end is None else end - sent.start]:
            m = self.by_token.get(t.i)
            if t.lower_ in ALIAS_MARKERS:
                continue  # "X alias Y": one item, whatever the parser made of "alias"
            if not relative and names_the_item(
                t, self.by_token, lex.identifying_verbs, lex.role_nouns
            ):
                continue  # "a third man identified as X": X is the item the noun begins
            if t.tag_ in _RELATIVE_PRONOUNS or relative or opens_participle(t):
                # "X, the prayer leader who made the announcement, a shopkeeper, Y, and
                # Z", "X, 44, described by the CIB as a broker; Y": a relative clause or
                # participle describes its item up to the next comma or semicolon
                relative = t.text not in (",", ";")
                continue
            if (  # (not after a firm's name: "director of Acme Ltd in Patan, and Y")
                t.pos_ == "ADP" and t.i > 0
                and t.lower_ not in _ITEM_PREPS | self.lex.listing_prepositions
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
            elif m is not None and self._after_kinship_marker(m):
                continue  # "X s/o Y": Y is X's father, named to say which X, no item
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

    def _they_the_accused(self, pronoun: Token, names: int) -> bool:
        """Whether a sentence-initial "They" that opens a list of ``names`` names stands for
        accused people. "They" is the last group a clause of the sentence before has for
        subject or object - plural people ("four suspects", "the guards") or anything
        counted ("three guards", "two pistols", "a gang of four") - whose count agrees with
        the names (or that no number counts): "arrested three men and seized two pistols.
        They are X, Y and Z" names the men. It lists the accused where that group is an
        accused noun ("allowed detectives to hold four suspects") or people an arrest, a
        charge or a ruling was done to ("Police arrested three men", "booked a gang of
        four"; ``claims.step_group``). Not the victims, witnesses or guards the sentence
        before counts last ("Two herders were shot dead. They are X and Y"; "arrested two
        men and questioned three guards. They are X, Y and Z"), nor a group whose count
        the names do not fill ("arrested three men over the murder of two shopkeepers.
        They are X and Y": the shopkeepers, whom no clause has for its party)."""
        if pronoun.lower_ != "they" or pronoun.sent.start == 0:
            return False
        lex = self.lex
        before = self.doc[pronoun.sent.start - 1].sent
        # (a clause's subject or object: not "interfere with witnesses", a phrase's noun)
        arguments = [t for t in before if t.dep_ in _ARGUMENTS]
        people = lex.accused_nouns | lex.people_nouns | set(lex.role_nouns)
        groups = [
            t for t in arguments
            if t.tag_ == "NNS" and t.lemma_.lower() in people or group_count(t, lex) is not None
        ]  # fmt: skip
        named = [t for t in groups if group_count(t, lex) in (None, names)]
        if not named:
            return False
        last = named[-1]
        # an accused noun ("four suspects"), or people a step was done to ("arrested three
        # men", "booked a group of four"): those the next sentence names are the accused
        return last.lemma_.lower() in lex.accused_nouns or step_done_to(last, lex)

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
            if t.pos_ == "CCONJ" and self._joins_a_firms_name(t, m):
                continue  # "manager of Peak Travels and Tours Pvt Ltd in X": one firm's name
            if t.is_punct or t.pos_ == "CCONJ":
                return False
            if t.pos_ == "ADP" and t.lower_ not in self.lex.listing_prepositions:
                # not the "as" of "a man identified as X": the name the item's noun is
                lex = self.lex
                return not names_the_item(
                    t.nbor(-1), self.by_token, lex.identifying_verbs, lex.role_nouns
                )
        return False

    def _joins_a_firms_name(self, conj: Token, m: Mention | None) -> bool:
        """Whether the "and" ``conj`` stands inside one organisation's name that NER cut in
        two at it ("Peak View Travels and Tours Pvt Ltd"): an organisation's name right
        before it and the organisation ``m`` right after it, no comma between - so the
        list's separator is the comma or "and" before the whole name, not this one."""
        before = self.by_token.get(conj.i - 1) if conj.i else None
        after = self.by_token.get(conj.i + 1) if conj.i + 1 < len(conj.doc) else None
        return (
            m is not None and m.type == "organization" and after is m
            and before is not None and before.type == "organization"
        )  # fmt: skip

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
        if after is None or after.text != ",":
            return False
        if any(c.dep_ == "appos" and c.i in self.by_token and c.i - item.i <= 5
               for c in item.children):  # fmt: skip
            return True
        # the parser may hang the name on the copula instead ("Those held are a Kuwaiti
        # citizen, X, 41, ...": X an adverbial noun of "are"): the name right after the
        # comma, a person's, is the item's all the same
        name = self.by_token.get(after.i + 1)
        if name is None or name.type != "person":
            return False
        root = next((t for t in verb.doc[after.i + 1 : after.i + 6]
                     if t.i in self.by_token and t.head.i == verb.i), None)  # fmt: skip
        return root is not None and root.dep_ == "npadvmod"

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
        # "the detained men": an arrest participle the tagger made an adjective
        adjective = adjective_participle_lemma(
            token, self.lex.arrest_verbs, self.lex.identifying_verbs
        )
        if (
            before == "the"
            and token.tag_ == "NNS"
            and _arrest_noun(token, self.lex.arrested_people_nouns)
        ):
            return "arrest", "arrested"  # "The arrestees are X, 32, who ..., Y and Z"
        if token.tag_ != "VBN" and adjective is None or before not in ("those", "the"):
            return None
        lemma = adjective or token.lemma_.lower()
        if lemma in self.lex.ruling_verbs:
            return "ruling", self.lex.ruling_verbs[lemma]
        if lemma in self.lex.charge_verbs:
            return "charge", self.lex.charge_verbs[lemma]
        if lemma in self.lex.arrest_verbs:
            return "arrest", self.lex.arrest_verbs[lemma]
        if lemma in self.lex.holding_verbs and _held_in_custody(token, before):
            return "arrest", "arrested"  # "Those held are X, Y and Z"
        return None


def _arrest_noun(token: Token, nouns: frozenset[str]) -> bool:
    """Whether a plural noun names people by their arrest ("the arrestees";
    ``arrested_people_nouns``): its lemma, or its own form less the plural "s" where the
    tagger kept it whole."""
    return token.lemma_.lower() in nouns or token.lower_.removesuffix("s") in nouns


def _held_in_custody(participle: Token, before: str) -> bool:
    """Whether a holding participle ("held", "kept") on "those" tells custody: "Those held
    are X, Y", "those held in the raid include X". Only its place, time or manner may follow
    it: not "those held hostage" or "those held responsible" (what they are held as), nor
    "those held by the gang" (whoever holds them: kidnappers hold their victims)."""
    if before != "those" or participle.dep_ != "acl" or participle.head.lower_ != "those":
        return False
    return all(c.dep_ in ("prep", "advmod", "npadvmod", "punct") for c in participle.children)


def _hyphened(token: Token) -> bool:
    """Whether ``token`` begins a hyphened word ("in-charge"): no preposition of its own."""
    doc = token.doc
    return not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "-"
