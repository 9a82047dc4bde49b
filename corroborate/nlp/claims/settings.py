"""Where the accused spoke: the setting of a confession, retraction or denial (custodial,
judicial, public) from the phrase attached to its cue - whom it was told to, before whom it
was recorded - never from a court named elsewhere in the sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.nlp.audience import asked_by_press, audience_setting
from corroborate.nlp.claims.contact_givers import contact_clause, given_to_custodians
from corroborate.nlp.claims.court_heard import without_court_told
from corroborate.nlp.claims.given_before import given_before
from corroborate.nlp.claims.held_since import after_arrest
from corroborate.nlp.claims.owned_pleas import owned_guilty_plea
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.claims.placed_setting import custodians_word, placed_setting
from corroborate.nlp.claims.press_told import without_press_told_by_another
from corroborate.nlp.claims.recordings import footage_relative
from corroborate.nlp.claims.rulings import Rulings
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import relative_phrase
from corroborate.nlp.kinds import setting_in, setting_of
from corroborate.nlp.spans import blanked, phrase_range
from corroborate.records import Kind, Setting

__all__ = ["Settings"]

# The prepositions of a confession's hearers: "to the police", "before the village elders".
_NOUNS = ("NOUN", "PROPN")  # the noun a phrase hangs on
_TOLD_BEFORE = frozenset({"to", "before"})


class Settings(Rulings):
    """The setting of what the accused said."""

    kinds = kinds_lexicon()  # the denial and retraction cues are the attributions' own
    # the words a confession the report told was named by ("confessional statement"), kept by
    # the reader (``Reader``): "X made the statement under Section 164" then names it again
    confession_words: set[str]

    def _setting(self, cue: Token, kind: Kind = "confession", retraction: bool = False) -> Setting:
        """Where the accused spoke (a confession, retraction or denial): the phrase attached
        to it ("before a magistrate", "during interrogation", "to the court", "in police
        custody") - to the verb, or for a noun to the verb it is the object of - else a
        setting phrase in its clause, then in its sentence before it ("During interrogation
        by the police, he confessed"), then the nearest around it (``kinds.setting_of``: the
        scene set in the sentences before). A denial is never custodial: one that cites a
        JIT report was not made in custody."""
        text = self.doc.text

        def fits(found: Setting | None) -> Setting | None:
            return None if kind == "denial" and found == "custodial" else found

        if retraction and cue.lemma_.lower() in self.kinds.reporting_cues:
            # "X told the court his statement had been extracted under torture": the setting
            # is whom he told, or the scene before, never what he says of the confession
            return (
                audience_setting(cue, "retraction")
                or setting_in(text[cue.sent.start_char : cue.idx])
                or "unknown"
            )
        if kind == "confession" and cue.pos_ in ("VERB", "AUX") and footage_relative(cue, self.lex):
            # "a video in which X says ...": said on a recording released to the public
            return "public"
        if kind == "confession" and owned_guilty_plea(cue, self.lex):
            # "jailed after his guilty plea": a plea is made before the court, wherever the
            # sentence that owns it was told (``owned_pleas``)
            return "judicial"
        found_after = given_before(cue, self.lex)  # "the statements given before the judge"
        # "X's statement before the magistrate was extracted": the statement's own phrase
        found_after = found_after or placed_setting(cue, self.lex)
        if found_after is not None:
            return found_after
        weighed = self._weighed_as_evidence(cue)
        verbs = [cue] if cue.pos_ in ("VERB", "AUX") or weighed else [cue, cue.head]
        if cue.pos_ not in ("VERB", "AUX"):
            # "a confession he made to undercover officers", "the confession recorded by the
            # police": the clause that gives the noun tells where
            # "the confession attributed to him by the SHO": a clause that hangs it on its
            # maker names who took it down as its agent
            givers = self.lex.statement_givers | self.lex.attribution_verbs
            verbs[1:1] = [c for c in cue.children if c.dep_ in ("relcl", "acl")
                          and c.lemma_.lower() in givers]  # fmt: skip
            # "the confession Bikash gave the police", "a confession he was said to have made
            # to police": the same clause, hung by the parser beside the noun
            saying = self.kinds.said_cues
            contact = contact_clause(cue, givers - self.lex.attribution_verbs, saying)
            if contact is not None and kind == "confession" and given_to_custodians(contact[1]):
                return "custodial"
            verbs[1:1] = [contact[1]] if contact is not None else []
        for verb in verbs:
            for child in verb.children:
                if child.dep_ not in ("prep", "advcl", "advmod", "agent", "dative", "npadvmod"):
                    continue
                if child.lower_ in self.lex.source_words:
                    continue  # "according to the report submitted to the court": its source
                if asked_by_press(child) and fits("public") is not None:
                    return "public"  # "Asked by journalists ..., X said: 'Yes ...'"
                if child.dep_ == "advcl" and child.lemma_.lower() in self.kinds.reporting_cues:
                    # "withdrew his confession, claiming it was made under duress": whom he
                    # told ("telling reporters"), not what he said of the confession
                    found = fits(audience_setting(child, "retraction" if retraction else kind))
                    if found is not None:
                        return found
                    continue
                last = child.right_edge
                found = fits(setting_in(text[child.left_edge.idx : last.idx + len(last.text)]))
                if found is None:
                    found = fits(self._where_which(verb, child))
                if found is None and kind != "denial" and self._told_to_custodians(child):
                    # "confessed to the Rangers", "before the CTD", "recorded by the police"
                    found = "custodial"
                if found is None and self._told_to_public(child):
                    found = "public"  # "confessed before the village elders"
                if found is not None:
                    return found
        if cue.pos_ in ("VERB", "AUX"):
            # "X had told the police that he was paid ...": whom the verb tells, its object
            found = fits(audience_setting(cue, kind))
            if found is not None:
                return found
        if kind != "denial" and (
            self._taken_by_investigators(cue) or self._told_by_police(cue) or custodians_word(cue)
        ):
            return "custodial"
        if kind != "denial" and self._recorded_by_court(cue):
            return "judicial"
        # A court that speaks of the confession is not where it was made: "Magistrate Judge
        # D ruled that police had ... to elicit the confession"; nor is what a retraction
        # says of the confession ("withdrew his confession, claiming it was made under duress")
        text = self._without_courts_speaking(cue)
        if kind == "confession" and not retraction:
            # "the SSP told a press conference that he confessed": the SSP's audience
            text = without_press_told_by_another(
                cue, text, lambda v: (n.name for n in self._agents(v))
            )
            # "X told the court that his so-called confession was made at the CIA centre":
            # the court heard the telling, not the confession it names
            text = without_court_told(cue, text)
        if retraction:
            text = self._without_what_is_said(cue, text)
        clause = cue.head if cue.pos_ not in ("VERB", "AUX") and not weighed else cue
        last = clause.right_edge
        end = max(last.idx + len(last.text), cue.idx + len(cue.text))
        found = fits(setting_in(text[clause.left_edge.idx : end]))
        if found is None and kind != "denial" and any(after_arrest(v, self.lex) for v in verbs):
            # "X confessed to the killing after his arrest": only when he spoke, on the
            # verb's own phrase, and only where his clause names no setting ("confessed
            # before the magistrate two days after his arrest" stays judicial)
            return "custodial"
        return (
            found
            or fits(setting_in(text[cue.sent.start_char : cue.idx]))
            or setting_of(text, cue.idx, end, kind)
        )

    def _weighed_as_evidence(self, noun: Token) -> bool:
        """ "X's confession statement was admitted after a voir dire in which the judge
        ...", "the court excluded the confession": a statement a court or a side handles as
        evidence (``evidence_ruling_verbs``) - that verb's phrases and clause tell where it
        was weighed, never where it was made. Not "X admitted his statement": the one who
        made it admits to it (only the passive of admitting, or another verb's object)."""
        weighing = noun.head.lemma_.lower()
        if noun.pos_ not in _NOUNS or weighing not in self.lex.evidence_ruling_verbs:
            return False
        if noun.dep_ == "nsubjpass":
            return True
        return noun.dep_ == "dobj" and weighing not in self.lex.admission_verbs

    def _recorded_as_confession(self, noun: Token) -> bool:
        """ "X recorded his statement under Section 183 of the BNSS before judicial
        magistrate Y", "X made the statement under Section 164 of the CrPC": a statement
        given or recorded (``confession_givers``, ``recording_verbs``) where the law records
        an accused's confession (``kinds.confession_records``: a magistrate, the section),
        by one the report accuses - before, or by a clause on the giver ("X, who was accused
        of helping Y, recorded ..."). A witness or a victim records such a statement too."""
        lex = self.lex
        givers_verbs = lex.statement_givers
        if noun.lemma_.lower() not in lex.statement_nouns:
            return False
        verb = noun.head
        if noun.dep_ != "dobj":
            # "a statement X recorded before a judicial magistrate under Section 164"
            verb = next((c for c in noun.children if c.dep_ == "relcl"), noun)
        if verb.lemma_.lower() not in givers_verbs:
            return False
        text = self.doc.text
        phrases = [c for c in [*verb.children, *noun.children] if c.dep_ == "prep"]
        following = (
            noun.doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(noun.doc) else None
        )
        if following is not None and following.dep_ == "prep" and following.head in noun.ancestors:
            # "a statement X recorded in April | before a judicial magistrate": the parser
            # hangs the clause's own phrase on the verb above the noun
            phrases.append(following)
        spans = [text[p.left_edge.idx : p.right_edge.idx + len(p.right_edge)] for p in phrases]
        if not any(self.kinds.confession_records.search(span) for span in spans):
            return False
        # "gave a confessional statement ... X made the statement under ...": the kind of
        # statement the report told; so too "their statements" ("Three of the students have
        # given confessional statements ... X, Y and Z gave their statements under Section
        # 164"), the giver's own, bound to the giving verb's subject
        told_kind = noun.lemma_.lower() in self.confession_words
        if told_kind and any(
            (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.pos_ == "PRON")
            for c in noun.children
        ):
            return True
        if any(c.dep_ == "advcl" and c.lemma_.lower() in lex.confessing_verbs
               for c in verb.children):  # fmt: skip
            return True  # "X recorded a statement before the magistrate admitting that he ..."
        givers = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
        case_verbs = {*lex.arrest_verbs, *lex.charge_verbs, *lex.accuse_verbs}
        described = any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in case_verbs
                        for g in givers for c in g.children)  # fmt: skip
        # "The fifth accused, X, gave a statement under Section 183"
        described = described or any(
            t.lower_ in lex.accused_nouns for g in givers for t in g.subtree
        )
        named = {n.name for n in self._agents(verb) if self._is_person(n)}
        if noun.dep_ == "dobj" and self._recorded_by_court(noun):
            # "Magistrate Z, who recorded his statement under Section 164": the court takes
            # it down; the confessor is the statement's owner, never the recorder
            described = False
            named = {n.name for n in self._owners(noun) if self._is_person(n)}
        return described or bool(named & self.accused_so_far)

    def _where_which(self, verb: Token, phrase: Token) -> Setting | None:
        """The setting a relative "in which" takes from the noun it stands for: "the video in
        which X confessed" is "in the video", "the press conference at which he admitted"
        "at the press conference" - the noun's phrase before the clause; "before whom" or "to
        whom", the one it stands for heard it (the press or the village: public; those who
        hold the accused: custodial)."""
        if verb.dep_ != "relcl" or not relative_phrase(phrase):
            return None
        noun = verb.head
        words = " ".join(t.text for t in noun.subtree if t.i <= noun.i)
        found = setting_in(f"{phrase.text} {words}")
        if found is None and phrase.lower_ not in _TOLD_BEFORE:
            # "his recorded interview with FBI agents, in which he admitted ...": the noun's
            # own phrase names with whom it was held - the parser hangs the clause on the
            # phrase's last noun ("agents"), so the phrase is read from the noun it is on
            top = noun
            while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ in _NOUNS:
                top = top.head.head
            clause = {t.i for t in verb.subtree}
            held = [t for t in top.subtree if t.i not in clause and top.i < t.i < verb.i]
            if any(is_custodian(t) for t in held):
                found = "custodial"
        if found is None and phrase.lower_ in _TOLD_BEFORE:
            # "the numberdar, before whom X admitted ...", "the officer to whom he confessed":
            # the one the relative stands for heard it
            heard_by = [t for t in noun.subtree if t.i <= noun.i]
            if any(t.lemma_.lower() in self.kinds.public_audiences for t in heard_by):
                found = "public"
            elif any(is_custodian(t) for t in heard_by):
                found = "custodial"
        return found

    def _told_to_public(self, phrase: Token) -> bool:
        """Whether a phrase on the confession names its hearers as the press or the village
        (``kinds.public_audiences``: "before the village elders", "to journalists")."""
        if phrase.dep_ != "prep" or phrase.lower_ not in _TOLD_BEFORE:
            return False
        return any(o.dep_ == "pobj" and o.lemma_.lower() in self.kinds.public_audiences
                   for o in phrase.children)  # fmt: skip

    def _told_to_custodians(self, phrase: Token) -> bool:
        """Whether a phrase on the confession names its hearers as those who hold the accused
        ("to the Rangers", "before the CTD", "to officers of the counter-terrorism
        department"): "to" or "before" with a custodial agent (``custodial_agents``)."""
        if phrase.dep_ not in ("prep", "dative", "agent") or phrase.lower_ not in (
            "to",
            "before",
            "by",
        ):
            return False
        hearers = [t for o in phrase.children if o.dep_ == "pobj" for t in o.subtree]
        return any(is_custodian(t) for t in hearers)

    def _taken_by_investigators(self, cue: Token) -> bool:
        """A confession the police or investigators took: "police used to extract a
        confession", "his confession was coerced by police" - the subject (or "by" agent) of
        the verb the confession noun is the object of, or of the verbs that verb is the
        purpose or complement of ("made promises to elicit the confession")."""
        if cue.pos_ in ("VERB", "AUX") or cue.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = cue.head
        while True:
            doers = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
            doers += [p for c in verb.children if c.dep_ == "agent" for p in c.children]
            if verb.dep_ == "acl":  # "the techniques police used", parsed "police" <- "used"
                doers.append(verb.head)
            if any(is_custodian(t) for d in doers for t in d.subtree):
                return True
            head = verb.head
            if verb.dep_ == "acl" and head.dep_ == "dobj":  # "made promises to elicit"
                head = head.head
            if verb.dep_ not in ("xcomp", "advcl", "acl") or head.pos_ not in ("VERB", "AUX"):
                return False
            verb = head

    def _recorded_by_court(self, cue: Token) -> bool:
        """A confession a magistrate or judge took down: "Judge Z recorded the confession of
        X", "the magistrate recorded his statement" - the court is the subject of a verb of
        recording whose object is the confession noun. A court that speaks of the confession
        ("the judge ruled the confession inadmissible") is not where it was made
        (``_without_courts_speaking``)."""
        verb = cue.head
        if cue.pos_ in ("VERB", "AUX") or cue.dep_ != "dobj":
            return False
        if verb.lemma_.lower() not in self.lex.recording_verbs:
            return False
        text = self.doc.text
        for subject in (s for s in verb.children if s.dep_ in ACTIVE_SUBJECTS):
            first, last = subject.left_edge, subject.right_edge
            if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                # "produced before Magistrate Z, who recorded his statement": the relative
                # pronoun records for the noun the clause hangs on, read up to that noun
                first, last = verb.head.left_edge, verb.head
            if setting_in(text[first.idx : last.idx + len(last)]) == "judicial":
                return True
        return False

    def _told_by_police(self, cue: Token) -> bool:
        """A confession the police or investigators tell of, as the clause of their own
        reporting verb: "Police said X had confessed to killing ...", "investigators say X
        confessed" - made to them, where no phrase attached to it says otherwise (that phrase
        is read first: "police told the court X had confessed before a magistrate" is
        judicial). Only the reporting verb the confession's clause hangs from: a court that
        "heard that police said ..." is the court's hearing, not where X spoke."""
        clause = cue if cue.pos_ in ("VERB", "AUX") else cue.head
        if clause.dep_ == "acl" and clause.head.dep_ == "dobj":
            clause = clause.head.head  # "police said X had made a statement admitting ..."
        teller = clause.head
        if clause.dep_ == "relcl" and clause.head.dep_ == "pobj":
            # "Police said at the time that X had confessed": the parser hangs the clause on
            # "time", inside the reporting verb's own phrase
            teller = clause.head.head.head
        elif clause.dep_ != "ccomp":
            return False
        if teller.lemma_.lower() not in self.kinds.reporting_cues:
            return False
        tellers = [c for c in teller.children if c.dep_ in ACTIVE_SUBJECTS]
        return any(is_custodian(t) for s in tellers for t in s.subtree)

    def _without_what_is_said(self, cue: Token, text: str) -> str:
        """``text`` with the clauses of saying that hang on ``cue`` blanked (same length):
        "withdrew his confession, claiming it was made under duress"."""
        return blanked(text, [c for c in cue.children if c.dep_ == "advcl"
                              and c.lemma_.lower() in self.kinds.reporting_cues])  # fmt: skip

    def _without_courts_speaking(self, cue: Token) -> str:
        """The document's text with a court that is the subject of a verb governing ``cue``
        blanked (same length, so offsets hold)."""
        text = self.doc.text
        courts: list[Token] = []
        for verb in cue.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            for subject in (c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS):
                lo, hi = phrase_range(subject)
                if cue in subject.subtree or setting_in(text[lo:hi]) != "judicial":
                    continue
                courts.append(subject)
        return blanked(text, courts)
