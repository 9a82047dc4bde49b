"""Where a confession told only by its retraction was made ("his confession made in police
custody, which he later retracted", "withdrew his confession, claiming it had been extracted in
police custody"): the confession's own phrases, never the retraction's.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.given_before import given_before
from corroborate.nlp.claims.hung_statement import given_beside
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.placed_setting import (
    custodians_word,
    given_setting,
    hearers_in_custody,
    placed_setting,
)
from corroborate.nlp.claims.police_interviews import police_record
from corroborate.nlp.claims.said_made import said_made, said_made_setting
from corroborate.nlp.claims.signed_as_made import signing_caused
from corroborate.nlp.claims.signed_it import statement_named_before
from corroborate.nlp.claims.taking_back import TakingBack
from corroborate.nlp.claims.told_taken_back import own_telling, telling_setting
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import negated
from corroborate.nlp.kinds import setting_in
from corroborate.records import Setting

__all__ = ["TakenBackSettings"]


class TakenBackSettings(TakingBack):
    """The setting of a confession taken back."""

    def _setting_taken_back(self, confession: Token) -> Setting:
        """Where a confession told only by its retraction was made: a phrase attached to the
        confession noun ("his confession made in police custody", "the confession he had made
        to the JIT", "his confession to the police"), never the retraction's ("recanted his
        confession in court": the retraction was judicial, the confession may not have been);
        else unknown."""
        text = self.doc.text
        # "withdrew what he told the police", "resiled from what he had told the investigating
        # officer": a telling of his own, made where its hearers held him (``told_taken_back``)
        own = own_telling(confession, self.kinds.reporting_cues)
        if own and telling_setting(confession) == "custodial":
            return "custodial"
        # "disowned the admission police said he had made during interrogation"
        giving = said_made(confession, self.lex, self.kinds.reporting_cues)
        if giving is not None:
            return said_made_setting(giving)
        found_after = given_before(confession, self.lex)  # "the statements given before the judge"
        # "his statement to the police": the statement's own phrase, read by the words
        found_after = found_after or placed_setting(confession, self.lex)
        if found_after is not None:
            return found_after
        # "his statement before the magistrate, which he had resiled from": where the taking
        # back is a relative clause, the noun's phrases are the confession's own
        hung = any(self._takes_back_relative(t, confession) for t in confession.subtree)
        # a statement (not a confession noun) is a confession by where it was recorded: "his
        # statement before the magistrate" is its own phrase; "recanted his confession before
        # the magistrate" may tell where he recanted (the setting stays unknown)
        statement = confession.lemma_.lower() in self.lex.statement_nouns
        if custodians_word(confession):
            # "the confession the police had announced at a press conference": the clause is
            # the police's word of it, its phrases theirs, not where it was made
            return "custodial"
        if police_record(confession, self.lex):
            # "his garda interviews", "the recorded interview": the police's questioning of
            # one they hold (``police_interviews``)
            return "custodial"
        for child in confession.children:
            if child.dep_ not in ("prep", "acl", "relcl", "amod", "compound", "nmod"):
                continue
            recorded = (
                statement
                and child.dep_ == "prep"
                and self.kinds.confession_records.search(
                    text[child.left_edge.idx : child.right_edge.idx + len(child.right_edge)]
                )
            )
            if child.dep_ == "prep" and child.lower_ != "to" and not hung and not recorded:
                # "recanted his confession in court": the parse may hang the retraction's
                # place on the noun; only "his confession to the police" is the confession's,
                # and "his statement before the magistrate" (where statements are recorded;
                # one is taken back at the trial, not before a magistrate)
                continue
            taking_back = self.kinds.retraction_cues | self.lex.disowning_verbs
            last = child.right_edge
            relative = next((t for t in child.subtree
                             if self._takes_back_relative(t, confession)), None)  # fmt: skip
            if relative is not None and relative.left_edge.i > child.left_edge.i:
                # "his confession to the police, which he retracted during the trial": the
                # phrase up to the relative clause hung inside it
                last = self.doc[relative.left_edge.i - 1]
            elif any(t.lemma_.lower() in taking_back for t in child.subtree):
                continue
            found = setting_in(text[child.left_edge.idx : last.idx + len(last.text)])
            if found is None and child.dep_ == "prep" and child.lower_ == "to":
                # "retracted his confession to the CTD": whom it was told to, an agency the
                # phrase's words alone do not name (``hearers_in_custody``)
                hearers = [t for o in child.children if o.dep_ == "pobj" for t in o.subtree]
                found = "custodial" if hearers_in_custody(hearers) else None
            if found is None and child.dep_ == "amod":
                found = setting_in(f"{child.text} {confession.text}")  # "his judicial confession"
            if found is None and child.dep_ in ("compound", "nmod") and child.i < confession.i:
                # "his charge and caution statement": the noun's own modifiers with the noun
                # (the parser may hang "charge and caution" on it as a coordinated nmod)
                found = setting_in(text[child.left_edge.idx : confession.idx + len(confession)])
            if found is None and child.dep_ in ("acl", "relcl") and self._names_custodians(child):
                found = "custodial"  # "the confession recorded by the police"
            if found is not None:
                return found
        doc = confession.doc
        following = (
            doc[confession.right_edge.i + 1] if confession.right_edge.i + 1 < len(doc) else None
        )
        if (
            statement
            and following is not None
            and following.dep_ == "prep"
            and following.head == confession.head
        ):
            # "retracted his own statement | before the magistrate": where statements are
            # recorded, hung on the verb right after the noun, is the statement's own phrase
            phrase = text[following.idx : following.right_edge.idx + len(following.right_edge)]
            if self.kinds.confession_records.search(phrase):
                return "judicial"
        said = self._setting_said(confession)
        if said is not None:
            return said
        split = confession.head
        contact = given_beside(split, self.lex) == confession
        reduced = split.tag_ == "VBN" or contact
        if confession.dep_ in ACTIVE_SUBJECTS and reduced and split.dep_ == "ccomp":
            # "the statement attributed to him in police custody was never made", the reduced
            # relative split off as a clause with the noun its subject: still its own phrase;
            # so is a contact relative split off with its giver ("the statement X gave police
            # "was signed ...", ``given_beside``), whose custodians are its hearers
            last = split.right_edge
            found = setting_in(text[split.idx : last.idx + len(last.text)])
            if found is None and contact and self._names_custodians(split):
                found = "custodial"
            if found is not None:
                return found
        if confession.dep_ in PASSIVE_SUBJECTS:
            # "his statement had been extracted under torture": what was done to it, the
            # verb with its phrases; a negated verb's phrases say where it was not made ("the
            # confession was never made before any magistrate and was written out by the
            # police in the DSP's office"): only its conjuncts tell what was done to it
            verb = confession.head
            done = [c for c in verb.children if c.dep_ == "conj"] if negated(verb) else [verb]
            for told in done:
                last = told.right_edge
                found = setting_in(text[told.idx : last.idx + len(last.text)])
                if found is None and self._names_custodians(told):
                    found = "custodial"  # "was made after police officers beat him"
                if found is not None:
                    return found
        if signing_caused(confession, self.lex):
            # "the police made him sign it", "he signed it because the SHO threatened his son":
            # signed where those who made him held him, not before the court that hears it -
            # but an "it" that stands for a statement its sentence named ("disowned his
            # confession before the magistrate, saying he signed it because ...") is where
            # that statement was made, which its own phrases tell or leave unknown
            lex = self.lex
            people = lex.people_nouns | frozenset(lex.role_nouns)
            named = statement_named_before(confession, lex.confession_givers,
                                           lex.statement_or_confession_nouns, people)  # fmt: skip
            return "custodial" if named is None else self._setting_taken_back(named)
        # "he signed the statement without reading it, after three nights in custody": the
        # phrases of the verb that gives it, after it
        found = given_setting(confession, self.lex) or self._subject_phrase_setting(confession)
        return "unknown" if found is None else found

    def _subject_phrase_setting(self, confession: Token) -> Setting | None:
        """Where the words between a confession (the subject of its clause) and the clause's
        verb place it ("that the confessional statement he made before the magistrate was
        extracted under torture"; "the statement recorded by the magistrate under Section 164
        was dictated by the police"): whatever the parser hung them on (it may take "before" for the
        clause's own conjunction), the words that come before the predicate are the
        subject's own, never the retraction's place ("told the tribunal")."""
        if confession.dep_ in ("amod", "compound"):
            confession = confession.head  # "the confessional statement ...": the noun it heads
        verb = confession.head
        if confession.dep_ not in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS or verb.i <= confession.i:
            return None
        # the predicate opens with the verb's first auxiliary or negation, or the verb itself
        opens = min([c.i for c in verb.children if c.i > confession.i
                     and c.dep_ in ("aux", "auxpass", "neg")] + [verb.i])  # fmt: skip
        # "the admissions made in that interview, which he later repudiated at trial, ...":
        # the relative of taking back tells where he took it back, not where it was made
        opens = min([t.left_edge.i for t in confession.subtree
                     if self._takes_back_relative(t, confession)] + [opens])  # fmt: skip
        if opens <= confession.i + 1:
            return None
        last = self.doc[opens - 1]
        phrase = self.doc.text[confession.idx : last.idx + len(last.text)]
        found = setting_in(phrase)
        statement = confession.lemma_.lower() in self.lex.statement_nouns
        if found is None and statement and self.kinds.confession_records.search(phrase):
            found = "judicial"  # "the statement recorded under Section 164"
        return found

    def _setting_said(self, confession: Token) -> Setting | None:
        """Where the one who takes a confession back says it was made: the coercer of a
        confessing verb ("detectives had coerced him into confessing": custodial), or the
        clause of saying on the retraction that tells of it ("withdrew his confession,
        claiming it had been extracted under torture in police custody") - its subject a
        pronoun or the statement itself."""
        text = self.doc.text
        if self._coerced_into(confession):
            coercer = confession.head.head if confession.head.dep_ == "prep" else confession.head
            doers = [c for c in coercer.children if c.dep_ in ACTIVE_SUBJECTS | {"agent"}]
            if any(self._names_custodians(d) for d in doers):
                return "custodial"
            return None
        verb = confession.head.head if confession.head.dep_ == "prep" else confession.head
        for saying in verb.children:
            if saying.dep_ != "advcl" or saying.lemma_.lower() not in self.kinds.reporting_cues:
                continue
            for clause in (c for c in saying.children if c.dep_ == "ccomp"):
                subjects = [
                    c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS
                ]
                if not any(s.pos_ == "PRON" or self._a_confession(s)
                           or s.lemma_.lower() in self.lex.statement_nouns
                           for s in subjects):  # fmt: skip
                    continue
                last = clause.right_edge
                found = setting_in(text[clause.left_edge.idx : last.idx + len(last.text)])
                if found is not None:
                    return found
        return None

    def _names_custodians(self, phrase: Token) -> bool:
        """Whether a phrase names those who hold the accused ("by the police", "CTD
        officials": ``custodial_agents``)."""
        return any(is_custodian(t) for t in phrase.subtree)

    def _givers_of(self, confession: Token) -> list[Named]:
        """Who a relative clause of giving on a confession noun says made it ("admitted a
        confession X made before a magistrate, rejecting his claim that ..."): the clause's
        named subject, the confession's owner as much as "X's confession" names him."""
        givers = self.lex.confession_givers
        clauses = [c for c in confession.children
                   if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in givers]  # fmt: skip
        return [n for c in clauses for s in c.children if s.dep_ in ACTIVE_SUBJECTS
                for n in self._names(s)]  # fmt: skip
