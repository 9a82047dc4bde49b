"""The tests every reading of a ruling shares: who rules and where the ruled end up.

Whether a court does a verb ("the sessions court discharged X", "discharged by the
magistrate": ``_by_a_court``), a name is a court's ("the Durban High Court": ``_a_court``), a
sentence names a court or a defendant (``_names_trial``), a noun is a prison ("behind bars":
``_a_prison``), a draft has found its accused (``_accused_in``), and a ruling verb's phrasal
form ("set aside", "let off": ``_phrasal``). ``Custody``, ``Punishments`` and ``Rulings``
build on it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from corroborate.nlp import names
from corroborate.nlp.claims.announced import number_values
from corroborate.nlp.claims.counted import distinct
from corroborate.nlp.claims.described_groups import NOT_DESCRIPTIONS
from corroborate.nlp.claims.descriptions import Descriptions
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.passive_forms import order_of
from corroborate.nlp.claims.relative_object import relative_antecedent
from corroborate.nlp.claims.statement_conjunct import telling_verb
from corroborate.nlp.grammar import passive_agents

__all__ = ["Courts"]


class Courts(Descriptions):
    """Who rules, whom a draft rules on, and the prisons and phrasal verbs of rulings."""

    def _a_court(self, named: Named) -> bool:
        """Whether a name is a court's ("the Durban High Court", "Supreme Court"): its last
        word a court's role noun."""
        return self.lex.names_a_court(names.words(named.name))

    def _a_prison(self, noun: Token) -> bool:
        """A prison noun, by lemma or as written: "behind bars" (whose lemma "bar" is no
        prison's)."""
        prisons = self.lex.prison_nouns
        return noun.lemma_.lower() in prisons or noun.lower_ in prisons

    def _sent_too(self, verb: Token) -> list[Named]:
        """ "X and Y were produced before the magistrate and sent to judicial custody": a
        conjunct with no object of its own after a passive, tagged a past tense (its form is
        the participle's), shares the passive's subject - one sends someone, never nothing.
        So does a participle the parser made a clause of that passive when an "and" of the
        passive, joining nothing, stands before it ("X was arrested and, after an identity
        parade, sent to jail on judicial remand")."""
        if any(c.dep_ in ("dobj", *ACTIVE_SUBJECTS) for c in verb.children):
            return []
        if verb.dep_ == "advcl" and _conjunct_made_clause(verb) and self._passive(verb.head):
            return self._names_of_children(verb.head, PASSIVE_SUBJECTS)
        if verb.dep_ != "conj":
            return []
        first = verb.head
        while first.dep_ == "conj":
            first = first.head
        return self._names_of_children(first, PASSIVE_SUBJECTS) if self._passive(first) else []

    def _rest_sent(self, verb: Token) -> list[Named]:
        """Whom a counted group sent to jail stands for, where the same sentence rules on
        others of the report by name: "granted police three days' remand of X, while the two
        workers were sent to the judicial lock-up", "placed X on a two-day remand, while the
        three workers were sent to jail", "placed SI X on remand and sent the two ASIs to
        jail" - the accused the group word stands for (``Pronouns._anaphor``) less those the
        sentence names, where just as many are left as the group counts. Only a definite
        count ("the two workers") of accused people; no one where the count does not fit
        (a group the report never named, or one with others in it)."""
        heads = [c for c in verb.children
                 if c.dep_ in ("dobj", *PASSIVE_SUBJECTS) and c.tag_ in ("NNS", "NNPS")
                 and c.i not in self.by_token]  # fmt: skip
        rest: list[Named] = []
        for head in heads:
            marks = {c.lower_ for c in head.children if c.dep_ == "det"}
            counts = number_values([c for c in head.children if c.dep_ == "nummod"])
            if "the" not in marks or len(counts) != 1:
                continue
            # the sentence's own names besides the group: those it rules on otherwise
            inside = {t.i for t in head.subtree}
            named = {n.name for t in verb.sent if t.i in self.by_token and t.i not in inside
                     for n in self._names(t)}  # fmt: skip
            group = distinct(n for n in self._anaphor(head, plural=True) if n.name not in named)
            if not named or len(group) not in counts:
                continue
            if all(n.members is None and n.name in self.all_accused for n in group):
                rest += group
        return rest

    def _by_a_court(self, verb: Token) -> bool:
        """Whether a court does ``verb``: its subject, or its passive's "by" phrase, is a
        court, a judge or a jury ("the Special NIA Court", "Judge X", "the sessions court
        discharged X", "X was discharged by the magistrate": the noun or a compound of it)."""
        return self._done_by(verb, self._a_court_word)

    def _by_a_court_or_prosecution(self, verb: Token) -> bool:
        """Whether a court or a prosecution does ``verb`` ("the Public Prosecution ordered X
        held for 21 days", "prosecutors ordered him detained", "the prosecutor's office
        ordered his detention"): where a prosecution may itself order a suspect held
        pending investigation (the Gulf states, Egypt, much of francophone Africa), that
        order is the custody before trial a court's remand is elsewhere. Never the police's
        or a minister's."""
        return self._done_by(verb, lambda w: self._a_court_word(w) or self._a_prosecution(w))

    def _a_prosecution(self, token: Token) -> bool:
        """Whether a word names a prosecution ("prosecutors", "the Public Prosecution") or an
        office a prosecutor owns ("the prosecutor's office")."""
        roles = self.lex.role_nouns
        owners = [c for c in token.children if c.dep_ == "poss"]
        return any(roles.get(w.lemma_.lower()) == "prosecutor" for w in (token, *owners))

    def _done_by(self, verb: Token, doer_test: Callable[[Token], bool]) -> bool:
        """Whether ``doer_test`` holds of who does ``verb``: its subject, or its passive's
        "by" phrase, or a compound of either."""
        # "the court rejected his plea and ordered him sent to jail", "the judge ordered X
        # remanded": the participle of an order's small clause has no doer of its own - its
        # subject undergoes it (``undergone``) and whoever orders it does it
        head = order_of(verb) or verb
        doers = [c for c in head.children if c.dep_ in ACTIVE_SUBJECTS]
        doers += passive_agents(verb)
        while not doers and _shares_subject(head) and not self._passive(head):
            # "Judge Z set X's sentencing for May 2 and ordered him detained": a conjunct
            # with no subject of its own shares its first verb's; so does a gerund hung on
            # a verb, and its conjuncts ("convicted X, while acquitting and discharging Y")
            head = head.head
            doers = [c for c in head.children if c.dep_ in ACTIVE_SUBJECTS]
            if not doers and head.i != verb.i and self._court_act(head):
                return True  # "[dateline] ... and sentenced him to four years, while acquitting Y"
        if head.i != verb.i:
            # "The court said the evidence was strong and ordered that he be held": the
            # parser hung the court's act on what the court said (``statement_conjunct``)
            told = telling_verb(head, doers, self._a_thing)
            doers = [c for c in told.children if c.dep_ in ACTIVE_SUBJECTS] if told else doers
        # "Judge Y, who cleared X of all charges": the relative pronoun is the judge
        # so is the one of "..., which sent them to jail" that the parser hung on the verb,
        # or on a time ("before a court the following day, which sent him to jail")
        antecedent = relative_antecedent(verb)
        if antecedent is not None:
            doers = [antecedent if d.tag_ in ("WP", "WDT") else d for d in doers]
        # the compounds of the doer, however deep ("Senior Magistrate Jane Wambui": the
        # title hangs on the first name)
        words = [w for d in doers for w in (d, *(c for c in d.subtree if c.dep_ == "compound"))]
        # "A panel of the court extended X's detention", "the High Court's Lideta Division
        # ordered ...": a sitting of a court, the court its "of" phrase or possessor names,
        # is the court
        sittings = [d for d in doers if d.lemma_.lower() in self.lex.court_sitting_nouns]
        words += [o for d in sittings for p in d.children if p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        words += [c for d in sittings for c in d.children if c.dep_ == "poss"]
        return any(doer_test(w) for w in words)

    def _a_thing(self, token: Token) -> bool:
        """Whether a subject is a thing, not a person or a body that acts: a common noun
        that is no name and no noun of a person's part, of people or of a body ("the
        evidence", "the reasons", "the recovery"; not "the police", "the accused")."""
        lemma = token.lemma_.lower()
        return (
            token.pos_ == "NOUN"
            and token.i not in self.by_token
            and lemma not in NOT_DESCRIPTIONS
            and token.lower_ not in NOT_DESCRIPTIONS
        )

    def _court_act(self, verb: Token) -> bool:
        """Whether ``verb`` is a court's own act whatever its subject: an active verb of
        ruling or sentencing (``ruling_verbs``, ``sentencing_verbs``) with an object - the
        clause a subjectless gerund ruling hangs on when the parser lost the court (a
        dateline taken for the subject)."""
        lemma = verb.lemma_.lower()
        ruling = lemma in self.lex.ruling_verbs or lemma in self.lex.sentencing_verbs
        objects = any(c.dep_ == "dobj" for c in verb.children)
        return ruling and objects and not self._passive(verb)

    def _a_court_word(self, token: Token) -> bool:
        """Whether a word names a court or a judge: a court's role noun ("the jury", "the
        magistrate") or a court's name ("by the magistrate", "the Special NIA Court")."""
        lex = self.lex
        return lex.role_nouns.get(token.lemma_.lower()) == "court" or lex.names_a_court(
            [token.lower_]
        )

    def _names_trial(self, sentence: Span) -> bool:
        """Whether a sentence names a court or a defendant ("the jury", "his co-defendant")."""
        lex = self.lex
        return any(
            lex.role_nouns.get(t.lemma_.lower()) == "court" or t.lemma_.lower() in lex.accused_nouns
            for t in sentence
        )

    @staticmethod
    def _accused_in(draft: Draft) -> bool:
        return any(role == "accused" for role, _ in draft.parties.values())

    def _phrasal(self, verb: Token, lemma: str) -> str:
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        if particle is None:
            # "set aside" parsed with "aside" as an adverb: a phrasal verb all the same
            particle = next(
                (c.lower_ for c in verb.children if c.dep_ == "advmod"
                 and f"{lemma}_{c.lower_}" in self.lex.verdict_verbs),
                None,
            )  # fmt: skip
        return f"{lemma}_{particle}" if particle else lemma


def _conjunct_made_clause(verb: Token) -> bool:
    """Whether a participle parsed as a clause of its head is the conjunct an "and" of the
    head announces: a past participle with no marker of its own ("after", "as", "when"),
    after a "cc" of the head that joins no conjunct of its own."""
    head = verb.head
    if verb.tag_ != "VBN" or any(c.dep_ == "mark" for c in verb.children):
        return False
    joins = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i]
    return bool(joins) and not any(c.dep_ == "conj" and c.i > joins[0].i for c in head.children)


def _shares_subject(verb: Token) -> bool:
    """Whether a verb with no subject of its own takes its head's: a conjunct verb, or a
    gerund clause hung on a verb ("while acquitting Y", "after hearing both sides")."""
    if verb.head.i == verb.i:
        return False
    return verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
