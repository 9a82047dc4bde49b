"""The one a lede's court step names by an indefinite description, named later in the report.

Long reports open with what the court did to each by what each is, and give the names
paragraphs later: "A circuit court on Monday sentenced a patwari to five years ... The
patwari, X, was taken into custody"; "A Lima court ordered a former municipal engineer held in
preventive detention ... The engineer, X, denied wrongdoing". ``Ledes`` reads an indefinite
lede by the next sentence's subject only, and ``DescribedLater._named_later`` reads the
lede's "the NOUN" forward; this reads the lede's "a NOUN" forward the same way, where a court's
step acts on it (``_court_acts_on``): the object or passive subject of a verb of ruling
("sentenced a pharmacist", "acquitted a porter"), of sending to custody ("sent a manpower agent
to custody") or of a court's order ("ordered a former engineer held in preventive detention"),
the gapped second object the parser hangs on the verb ("sentenced a cook to four years and a
gardener to two years"), the subject of the clause a court orders, or the one whose verdict an
appeal court keeps or undoes ("upheld the sentence of a watchman", "set aside the conviction of
a cook": ``_verdict_kept_or_undone``).

It stands for the one person a sentence after the lede introduces with the same noun
(``_named_later``: "The patwari, X", "Former bank manager X", "X, the notary") - none where
two are; none where a later sentence introduces someone with that noun as new ("a driver who
saw the arrest, X", "her driver, X": ``_introduced_anew``); none where the later one is said
to be of something the lede does not say ("X, the driver of a rickshaw" after "a driver of a
bus": ``_same_kind``). The later naming may drop the word of kind the lede writes before its
noun ("a food wholesaler" ... "The wholesaler, X"; "a racehorse trainer" ... "charged trainer
X") only where the report writes the noun for no other kind and no one new
(``_one_kind_written``) and the naming sentence tells the law act on the one it names
(``_acted_on_later``): "The vendor, X, told reporters ..." after "a stamp vendor" may be any
vendor of the place (a blind set's wrong tie, lfa27); none where that person has
another part in the report so far (``_cast_apart``). The noun must be a description of a
person (``_a_description``: not "a man", "a suspect", "a judge"; an office holder's noun, "a
customs officer", is not read), its own phrase naming no one.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.custody_warrants import FOR_OR_AGAINST, custody_warrant
from corroborate.nlp.claims.description_nouns import noun_key
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.judicial_places import before_trial, custody_noun
from corroborate.nlp.claims.lede_acts import custody_of, list_head
from corroborate.nlp.claims.persons_written import persons_written
from corroborate.nlp.grammar import negated, prep_objects
from corroborate.records import Mention
from corroborate.records.documents import Range

__all__ = ["LedeIndefinite"]

# How the acted-on noun hangs on the court's verb: its object or passive subject, or the
# subject of the clause a court orders ("ordered a former section officer to be held").
_ACTED_ON = frozenset({"dobj", "nsubjpass", "nsubj"})

# The determiners that introduce someone new of a kind ("a driver", "another driver").
_ANOTHER_ONE = frozenset({"a", "an", "another"})


class LedeIndefinite:
    """Whom the lede's "a NOUN" a court acts on stands for, by the report's later names;
    ``DescribedPeople._description_told`` asks it for a description it does not read."""

    doc: Doc
    lex: LegalLexicon
    by_token: dict[int, Mention]
    quotations: list[Range]
    later_owners: dict[str, set[str]] | None
    _by_a_court: Callable[[Token], bool]  # ``Courts``'
    _a_description: Callable[[Token], bool]  # ``DescribedPeople``'s
    _named_later: Callable[[Token], set[str]]  # ``DescribedLater``'s
    _describing_noun: Callable[[Span], Token | None]  # ``DescribedPeople``'s
    _cast_apart: Callable[[], set[str]]  # ``PartsTold``'
    _person_full_name: Callable[[Mention], str]  # ``FullNames``'
    _phrasal: Callable[[Token, str], str]  # ``Courts``'

    def _lede_indefinite(self, noun: Token) -> Named | None:
        """The one person the report later introduces with the noun of the lede's "a NOUN"
        that a court's step acts on (see the module's note); None otherwise."""
        if noun.pos_ != "NOUN" or noun.tag_ != "NN":
            return None
        # (the parser may hang the article on the word before the noun: "a food wholesaler")
        marks = [
            c.lower_
            for n in [noun, *(c for c in noun.children if c.dep_ == "compound")]
            for c in n.children
            if c.dep_ in ("det", "poss")
        ]
        if marks not in (["a"], ["an"]) or not self._a_description(noun):
            return None
        own = [c for c in noun.children if c.dep_ in ("appos", "compound", "flat")]
        if any(c.pos_ == "PROPN" for c in own):
            return None  # "a Lahore agent", "a driver, X": a name's word or a name of its own
        if not self._court_acts_on(noun):
            return None
        later = self._named_later(noun)
        if len(later) != 1 or self._introduced_anew(noun):
            return None
        name = next(iter(later))
        if name in self._cast_apart() or not self._same_kind(noun, name):
            return None
        return Named(name, noun.idx, noun.idx + len(noun.text))

    def _court_acts_on(self, noun: Token) -> bool:
        """Whether a court's step acts on ``noun`` (through the conjuncts it is listed in):
        its verb is a verb of ruling, of sending to custody or of a court's order, done by a
        court; or its clause is one a court orders."""
        # "sentenced a tanker owner ... and a labourer ...", "a customs inspector, a clearing
        # agent and ... were placed in pre-trial detention" (``lede_acts.list_head``)
        noun = list_head(noun)
        if noun.dep_ == "conj" and noun.head.pos_ == "VERB":
            # the gapped object the parser hung on the verb ("... and a pharmacist to two
            # years")
            verb = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ in FOR_OR_AGAINST:
            return self._custody_ordered_for(noun.head)
        elif noun.dep_ == "pobj" and noun.head.lower_ == "of":
            # "granted police five days' physical remand of a clerk" (``lede_acts``)
            ordering = custody_of(noun.head, self.lex)
            if ordering is None:
                return self._verdict_kept_or_undone(noun.head)
            return self._by_a_court(ordering)
        elif noun.dep_ in _ACTED_ON:
            verb = noun.head
        else:
            return False
        lemma = verb.lemma_.lower()
        lex = self.lex
        # a verb of ruling ("sentenced a pharmacist"), of sending to custody ("sent a
        # manpower agent to custody") or of a court's order ("ordered a former engineer held
        # in preventive detention")
        stepping = (
            lemma in lex.ruling_verbs
            or lemma in lex.remand_verbs
            or lemma in lex.custody_order_verbs
        )  # asked of each set, not a union built for every description
        if stepping and noun.dep_ != "nsubj":
            return verb.pos_ == "VERB" and self._by_a_court(verb)
        # "ordered a former section officer to be held", "ordered that a passenger be kept
        # in custody": the subject of the clause a court orders
        order = verb.head
        if noun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in ("ccomp", "xcomp"):
            return False
        if order.lemma_.lower() not in lex.custody_order_verbs:
            return False
        verb = order
        return verb.pos_ == "VERB" and self._by_a_court(verb)

    def _verdict_kept_or_undone(self, prep: Token) -> bool:
        """Whether the "of" phrase ``prep`` says whose verdict a court keeps or undoes: it
        hangs on a verdict noun ("conviction", "sentence") that is the object or passive
        subject of a verb of upholding or setting aside, not negated, done by a court - "set
        aside the conviction of a cook", "upheld the sentence of a watchman". An appeal
        court's lede names the one it freed or kept by what he is, as a trial court's
        "sentenced a cook" does, and the "of" phrase is where the one stands."""
        verdict = prep.head
        if prep.dep_ != "prep" or verdict.lemma_.lower() not in self.lex.verdict_nouns:
            return False
        verb = verdict.head
        if verdict.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or negated(verb):
            return False
        outcome = self.lex.verdict_verbs.get(self._phrasal(verb, verb.lemma_.lower()))
        return outcome in ("upheld", "overturned") and self._by_a_court(verb)

    def _custody_ordered_for(self, prep: Token) -> bool:
        """Whether the "for" or "against" phrase ``prep`` says whom a court's custody is for:
        it hangs on custody or a detention warrant ("issued a detention warrant against a
        wholesaler", "ordered three months of preventive detention against a trader") - or
        on the verb that orders or issues it - where a court orders or issues it."""
        lex = self.lex
        head = verb = prep.head
        if head.pos_ == "VERB":
            ordered = [c for c in verb.children if c.dep_ == "dobj"]
        else:
            while verb.dep_ in ("pobj", "dobj", "prep") and verb.pos_ != "VERB":
                verb = verb.head  # "three months of detention", "a warrant"
            ordered = [head]
        lemma = verb.lemma_.lower()
        if lemma not in lex.custody_order_verbs and lemma not in lex.custody_finding_verbs:
            return False
        if verb.pos_ != "VERB" or negated(verb):
            return False
        ordered += [o for n in ordered for o in prep_objects(n, ("of",))]
        return any(self._custody_or_its_warrant(n) for n in ordered) and self._by_a_court(verb)

    def _custody_or_its_warrant(self, noun: Token) -> bool:
        """Custody, detention, or a warrant that names it ("detention warrant")."""
        lex = self.lex
        if noun.lemma_.lower() in lex.warrant_nouns:
            return custody_warrant(noun, lex)
        # an arrest only as written before trial ("pre-trial arrest"), not "the arrest"
        arrest = custody_noun(noun, lex, arrests=True) and before_trial(noun, lex)
        return custody_noun(noun, lex) or arrest

    def _introduced_anew(self, noun: Token) -> bool:
        """Whether a sentence after the lede introduces someone with the noun as new - "a
        vendor, X", "a driver who saw the crash, X", "her driver, X" - rather than as the
        one the lede told of ("The vendor, X", "Vendor X"): a second one of the kind, or one
        the report tells apart, whom the lede's "a NOUN" may not be."""
        key = noun_key(noun)
        for sent in self.doc.sents:
            if sent.start <= noun.sent.start:
                continue
            for _, span in persons_written(sent, self.by_token):
                found = self._describing_noun(span)
                if found is None or noun_key(found) != key:
                    continue
                marks = [c.lower_ for c in found.children if c.dep_ in ("det", "poss")]
                told = any(c.dep_ in ("relcl", "acl") for c in found.children)
                if marks not in ([], ["the"]) or told:
                    return True
        return False

    def _same_kind(self, noun: Token, name: str) -> bool:
        """Whether the later description of ``name`` is of the lede's kind: the nouns the
        lede writes before its noun to say what its one does ("a stamp vendor", "a tanker
        owner") are the later one's too - "The vendor, X" may be another vendor (a miss, as
        ``_of_fits_later`` has it, never a wrong tie); an adjective ("a running coach", "a
        senior clerk") only describes - and what the later one says its bearer is of or for
        is among the lede's words ("X, the driver of a rickshaw" is not "a driver of a
        bus")."""
        kinds = {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}
        lede_words = {t.lemma_.lower() for t in noun.subtree if t.is_alpha and t.i != noun.i}
        owners = (self.later_owners or {}).get(name, set())
        if not owners <= lede_words | {noun_key(noun)}:
            return False
        # the later naming drops the lede's kind word and says none of its own ("a food
        # wholesaler" ... "The wholesaler, X"; "a racehorse trainer" ... "trainer X"): the
        # same one, where the report writes the noun with no other kind word anywhere
        if kinds <= owners:
            return True
        return (
            not owners and self._one_kind_written(noun, kinds) and self._acted_on_later(noun, name)
        )

    def _acted_on_later(self, noun: Token, name: str) -> bool:
        """Whether a sentence that names ``name`` by the lede's noun alone tells the law act
        on them there: the named one is the object or passive subject of a verb of ruling,
        charging or arrest ("The wholesaler, X, is being prosecuted", "charged trainer X").
        A bare "The vendor, X, told reporters ..." may be any vendor of the place, not the
        lede's "stamp vendor"."""
        key = noun_key(noun)
        lex = self.lex
        for sent in self.doc.sents:
            if sent.start <= noun.sent.start:
                continue
            for m, span in persons_written(sent, self.by_token):
                found = self._describing_noun(span)
                if found is None or noun_key(found) != key or self._person_full_name(m) != name:
                    continue
                for held in (found, span.root):
                    # "The wholesaler, X": the noun the name renames; "The clerk, X, and
                    # the mechanic, Y, were arrested": the list's first member
                    while held.head != held and (
                        held.dep_ in ("appos", "compound", "flat")
                        or (held.dep_ == "conj" and held.head.pos_ in ("NOUN", "PROPN"))
                    ):
                        held = held.head
                    verb = held.head.lemma_.lower()
                    acting = (
                        verb in lex.ruling_verbs
                        or verb in lex.charge_verbs
                        or verb in lex.arrest_verbs
                        or verb in lex.person_object_verbs
                    )
                    if acting and held.dep_ in ("dobj", "nsubjpass") and not negated(held.head):
                        return True
        return False

    def _one_kind_written(self, noun: Token, kinds: set[str]) -> bool:
        """Whether the report writes ``noun``'s noun for one of the lede's kind only: with
        no word of kind before it other than the lede's ``kinds`` ("a stamp vendor ... a
        fruit vendor" are two kinds, and "The vendor, X" may be either), and nowhere else as
        someone new ("sentenced a bus driver for beating a driver": "The driver, X" may be
        the one beaten) - a speaker's quoted words aside, where "a NOUN" is any one."""
        key = noun_key(noun)
        for token in self.doc:
            if token.i == noun.i or token.pos_ != "NOUN" or noun_key(token) != key:
                continue
            if any(a <= token.idx < b for a, b in self.quotations):
                continue  # a speaker's words: "A wholesaler who has no stock is not one"
            before = [c for c in token.children if c.dep_ == "compound"]
            if not {c.lemma_.lower() for c in before} <= kinds:
                return False
            marks = {c.lower_ for n in [token, *before] for c in n.children if c.dep_ == "det"}
            if marks & _ANOTHER_ONE:
                return False
        return True
