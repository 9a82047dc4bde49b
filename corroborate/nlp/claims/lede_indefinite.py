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
gardener to two years"), or the subject of the clause a court orders.

It stands for the one person a sentence after the lede introduces with the same noun
(``_named_later``: "The patwari, X", "Former bank manager X", "X, the notary") - none where
two are; none where a later sentence introduces someone with that noun as new ("a driver who
saw the arrest, X", "her driver, X": ``_introduced_anew``); none where the nouns the lede
writes before its noun are not the later one's too ("a stamp vendor" and "The vendor, X" may be
two vendors) or the later one is said to be of something the lede does not say ("X, the
driver of a rickshaw" after "a driver of a bus": ``_same_kind``); none where that person has
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
from corroborate.nlp.claims.persons_written import persons_written
from corroborate.nlp.grammar import negated, prep_objects
from corroborate.records import Mention

__all__ = ["LedeIndefinite"]

# How the acted-on noun hangs on the court's verb: its object or passive subject, or the
# subject of the clause a court orders ("ordered a former section officer to be held").
_ACTED_ON = frozenset({"dobj", "nsubjpass", "nsubj"})


class LedeIndefinite:
    """Whom the lede's "a NOUN" a court acts on stands for, by the report's later names;
    ``DescribedPeople._description_told`` asks it for a description it does not read."""

    doc: Doc
    lex: LegalLexicon
    by_token: dict[int, Mention]
    later_owners: dict[str, set[str]] | None
    _by_a_court: Callable[[Token], bool]  # ``Courts``'
    _a_description: Callable[[Token], bool]  # ``DescribedPeople``'s
    _named_later: Callable[[Token], set[str]]  # ``DescribedLater``'s
    _describing_noun: Callable[[Span], Token | None]  # ``DescribedPeople``'s
    _cast_apart: Callable[[], set[str]]  # ``PartsTold``'

    def _lede_indefinite(self, noun: Token) -> Named | None:
        """The one person the report later introduces with the noun of the lede's "a NOUN"
        that a court's step acts on (see the module's note); None otherwise."""
        if noun.pos_ != "NOUN" or noun.tag_ != "NN":
            return None
        marks = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
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
        while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # "sentenced a tanker owner ... and a labourer ..."
        if noun.dep_ == "conj" and noun.head.pos_ == "VERB":
            # the gapped object the parser hung on the verb ("... and a pharmacist to two
            # years")
            verb = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ in FOR_OR_AGAINST:
            return self._custody_ordered_for(noun.head)
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
        return kinds <= owners and owners <= lede_words | {noun_key(noun)}
