"""Who a sentence says someone is: roles by description.

"Justice X", "X's lawyer Y", "suspect Z" and "slain journalist W" describe one person's part;
"X is the prime suspect", "the accused, X and Y" say whom a role noun stands for. Lists that
name a group ("The accused are X, Y and Z", "those acquitted include X, Y") are
``claims.name_lists``, on which this builds.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.everyday import plans_no_crime
from corroborate.nlp.claims.made_accused import made_into
from corroborate.nlp.claims.name_lists import _AS_AN_OFFICE, NameLists
from corroborate.nlp.claims.parties import (
    ACTIVE_SUBJECTS,
    PASSIVE_SUBJECTS,
    apposed_nearer,
)
from corroborate.nlp.claims.renamed_before import noun_renamed_before
from corroborate.nlp.claims.source_apposition import subject_words_on_source
from corroborate.nlp.claims.terms import awarded_term
from corroborate.nlp.fronted_subject import fronted_apposed
from corroborate.nlp.grammar import (
    negated_or_possible,
    prep_objects,
    subject_holder,
    verb_read_as_modifier,
)
from corroborate.nlp.mentions.kin_after import names_its_own
from corroborate.nlp.passing import describes_the_accused
from corroborate.records import ParticipantRole

__all__ = ["Descriptions"]

_PHRASE_BREAKS = frozenset({"VERB", "ADP", "AUX", "PRON", "CCONJ", "SCONJ", "DET"})


def _bracket_opening(token: Token) -> int | None:
    """Where the bracket that ``token`` closes opens, when it holds one to three words and
    no more ("(East)", "(Chief)", "(CBI)", "(Magistrates' Courts)"), else None."""
    if token.text != ")":
        return None
    doc = token.doc
    for j in range(token.i - 2, max(token.sent.start, token.i - 5) - 1, -1):
        if doc[j].text == "(":
            return j
        if doc[j].is_punct and doc[j].text not in ("'", "-"):
            return None
    return None


def _nominal(token: Token) -> bool:
    """Whether ``token`` heads a noun phrase: a noun, or a participle the parser made a
    subject or an object ("The fifth accused, X, gave ...": "accused" tagged a verb); not a
    verb of the clause ("was convicted of the murder of her roommate, X": X hung on it)."""
    return token.pos_ == "NOUN" or token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")


class Descriptions(NameLists):
    """Descriptions of parties, on top of lists of them and finding the names themselves."""

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
        reach = span.start - 4
        while i >= span.sent.start and i >= reach:
            t = self.doc[i]
            opening = _bracket_opening(t)
            if opening is not None:
                # "District Judge (Chief) X", "Sessions Judge-VI (East) X": a bracketed
                # bench, seat or agency between a title and its name is the title's own
                # word, not the end of the phrase; the title is looked for before it
                reach -= i - opening + 1
                i = opening - 1
                continue
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
        # "According to Inspector Z, the driver, X, confessed": the driver is X, the subject
        # the parser hung on the source (``source_apposition``), not Z
        subject_words = subject_words_on_source(root, lex.source_words, self.by_token)
        for apposed in (c for c in root.children if c.dep_ == "appos"):
            if apposed.i in subject_words:
                continue
            if names_its_own(apposed):
                continue  # "X, his son Y, and Z": the son is Y (``mentions.kin_after``)
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
        # "X has been made an accused", "was made the prime accused" (``made_accused``)
        return any(c.dep_ == "det" for c in token.children) or made_into(token, lex) is not None

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
            if c.dep_ == "prep" and c.lower_ in self.lex.listing_prepositions
            for n in self._pobj_names(c)
        ]
        if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ == "PROPN":
            out += self._names(noun.head)  # "accused Jameel", "suspect Kareem Bux"
        if noun.dep_ == "appos":
            # (the words of a subject hung on a source are appositions: only for one is the
            # source's run walked)
            hidden = subject_words_on_source(noun.head, self.lex.source_words, self.by_token)
            if noun.i in hidden:
                # "According to Inspector Z, the accused, X, was sent to jail": the accused is
                # X, the subject hung on the source with it (``source_apposition``), not Z
                out += [n for i in sorted(hidden - {noun.i}) for n in self._names(self.doc[i])]
            elif not names_its_own(noun):
                # (not "X, his son Y, and Z": the noun names Y, the next of a list the parse
                # hung on X - ``mentions.kin_after``)
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
            # "X is the prime suspect in the murder", "X was a witness"; "X, believed to be
            # abroad, is the prime accused": a conjunct's subject is its first clause's
            holder = subject_holder(noun.head, ACTIVE_SUBJECTS | PASSIVE_SUBJECTS)
            shared = holder.i != noun.head.i  # (spaCy makes a new Token each time)
            out += self._names_of_children(
                holder, ACTIVE_SUBJECTS | PASSIVE_SUBJECTS if shared else ACTIVE_SUBJECTS
            )
        made = made_into(noun, self.lex)
        if made is not None:
            # "X has been made an accused"; "Y ... and had been made the prime accused"
            out += self._names_of_children(
                subject_holder(made, ACTIVE_SUBJECTS | PASSIVE_SUBJECTS),
                ACTIVE_SUBJECTS | PASSIVE_SUBJECTS,
            )
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
        if noun.dep_ in ACTIVE_SUBJECTS and noun.head.lemma_.lower() in self.lex.listing_verbs:
            out += self._names_of_children(noun.head, frozenset({"attr", "dobj", "appos"}))
        return out
