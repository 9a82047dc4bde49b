"""A draft finished into a ``Claim``: its sentence's span, its cue, its participants in
order, where a confession or denial was made (``Settings``), and the act it is of.

The act is read from the trigger's own clause, or for a confession or an accusation from the
words its cue governs, with the parties' names and crime words in an everyday sense blanked
(``_masked``, ``_kept``); a confession "such a statement" takes the act told before, a crime
of doers the sentence names the act the report last named (``_doers_written``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.nlp.acts import act_of, everyday_senses
from corroborate.nlp.claims.coerced_placed import placed_before, restated_bare
from corroborate.nlp.claims.draft import Draft, untied_noun
from corroborate.nlp.claims.governed import asides, governed_words
from corroborate.nlp.claims.ordinals import Ordinals
from corroborate.nlp.claims.retractions import Retractions
from corroborate.nlp.claims.victims_told import VictimsTold
from corroborate.records import Claim, DescribedParty, Kind, Participant, Range, Setting

__all__ = ["Finished"]

# The kinds whose act is what their cue governs: what is confessed or alleged (``governed``).
_GOVERNED_KINDS = frozenset({"confession", "accusation"})


class Finished(Ordinals, Retractions, VictimsTold):
    """Makes a sentence's draft a ``Claim`` (``_claim``)."""

    act_told: str | None  # the act the report last named: ``Reader.run`` keeps it
    # where each one told to have confessed so far confessed, by name: ``Reader.run`` keeps it
    settings_confessed: dict[str, set[str]]

    def _doers_written(self, draft: Draft) -> bool:
        """Whether every accused of a draft is named where it stands (a name, not a pronoun
        or a common noun resolved to someone)."""
        accused = [n for role, n in draft.parties.values() if role == "accused"]
        doc = self.doc
        return bool(accused) and all(
            (span := doc.char_span(n.start, n.end, alignment_mode="expand")) is not None
            and any(t.i in self.by_token for t in span)
            for n in accused
        )

    def _confession_taken_back_setting(self, draft: Draft) -> Setting:
        """Where a confession told by its retraction was made: the noun's own phrases
        (``_setting_taken_back``); where they tell nothing and the confession is a statement
        noun in the clause a verb of saying of the accused's side reports as coerced ("X
        told the court that his statement to the RAB was involuntary"), the noun's plain
        reading - what its setting is when read as a confession alone (no verb of taking
        back whose phrases could be the retraction's). Not a word of a quotation ('"I signed
        whatever they put in front of me," he told the court'): no statement noun, no plain
        reading; the court hears the retraction, the confession was not made there."""
        confession = draft.taken_back
        assert confession is not None
        found = self._setting_taken_back(confession)
        if found == "custodial" and self._placed_before_court(draft, confession):
            # "X recorded his statement before the magistrate. At the trial he resiled from
            # it, saying it had been beaten out of him by the police": the coercion clause
            # tells how the confession the court holds was got, not a second one
            # (``coerced_placed``)
            return "judicial"
        cue = draft.cue
        if found != "unknown" or cue.lemma_.lower() not in self.kinds.reporting_cues:
            return found
        nouns = self.lex.statement_or_confession_nouns
        if confession.lemma_.lower() not in nouns or cue not in confession.ancestors:
            return found
        if self._coerced_confession(cue) != confession:
            return found
        return self._setting(confession, "confession")

    def _placed_before_court(self, draft: Draft, confession: Token) -> bool:
        """Whether a confession taken back only restates one the report placed before a
        court: a pronoun or a bare "his statement", and every one whose it is told before to
        have confessed there and nowhere else (``coerced_placed``)."""
        nouns = self.lex.statement_or_confession_nouns
        takers = [n.name for n in draft.accused]
        told = getattr(self, "settings_confessed", {})
        return restated_bare(confession, nouns) and placed_before(takers, told)

    def _claim(self, sent: Span, draft: Draft) -> Claim:
        text = self.doc.text
        start, end = sent.start_char, sent.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        cue = (draft.cue.idx, draft.cue.idx + len(draft.cue.text))
        participants = tuple(
            Participant(n.name, role, n.start, n.end, n.members)
            for role, n in sorted(draft.parties.values(), key=lambda v: v[1].start)
        )
        setting = None
        outcome = draft.outcome
        if draft.kind in ("confession", "retraction", "denial"):  # where the accused spoke
            kind: Kind = "denial" if draft.kind == "denial" else "confession"
            plea = draft.cue.lemma_.lower() in self.lex.guilty_pleas and self._plea(draft.cue)
            setting = (
                draft.setting
                if draft.setting is not None
                else "judicial"
                if outcome == "guilty_plea" or (draft.kind == "retraction" and plea)
                else self._confession_taken_back_setting(draft)
                if draft.taken_back is not None
                else self._setting(draft.cue, kind, retraction=draft.kind == "retraction")
            )
            if draft.cue.lemma_.lower() in self.lex.approver_nouns:
                # an approver's statement is recorded by a magistrate, whoever the sentence
                # names besides ("Police filed a chargesheet ..., with X turning approver")
                setting = "judicial"
            outcome = None
        # The act is the trigger's own clause's ("Although X was acquitted in several cases, he
        # was sentenced for espionage": the acquittals are not for espionage); a noun or the
        # sentence's main verb takes the whole sentence's - for a confession or an accusation
        # the words its cue governs first, then the sentence less its asides (``governed``).
        cue_token = draft.scope or draft.cue
        blanks = [(p.start, p.end) for p in participants] + everyday_senses(sent)
        clause = cue_token.pos_ in ("VERB", "AUX") and cue_token.dep_ != "ROOT"
        if draft.scope is not None or clause:
            lo = cue_token.left_edge.idx
            hi = cue_token.right_edge.idx + len(cue_token.right_edge.text)
            act = act_of(_masked(text, lo, hi, blanks))
        elif draft.kind in _GOVERNED_KINDS:
            parties = [(p.start, p.end) for p in participants]
            act = act_of(_kept(text, start, end, governed_words(cue_token, parties), blanks))
            if act is None:
                # a confession's sentence beyond its cue tells evidence and setting, whose
                # relative clauses name no act confessed ("before a magistrate, which ...
                # matched a pistol"); an accusation's, read from a noun of the accused ("the
                # absconders", "gunmen"), may tell the act only there ("the attack that
                # killed 67")
                aside = asides(sent, cue_token, parties) if draft.kind == "confession" else []
                act = act_of(_masked(text, start, end, blanks + aside))
        else:
            act = act_of(_masked(text, start, end, blanks))
        if draft.kind == "confession":
            act = self._confessed_act(draft.cue, act)  # "such a statement": the one told
        if draft.kind == "crime":
            act = self.act_told_of_victims(draft.cue, act)  # "shot the guards" told killed
        if draft.kind == "crime" and act is None and self._doers_written(draft):
            # "X claimed responsibility for the attack": the act told before; only of doers
            # the sentence names ("the four militants who carried out the attack" may be
            # others than the accused the report follows)
            act = self.act_told if self.the_act_told(draft.cue) else None
        return Claim(
            kind=draft.kind,
            start=start,
            end=end,
            cue=cue,
            participants=participants,
            outcome=outcome,
            setting=setting,
            act=act,
            described=tuple(
                DescribedParty(str(untied_noun(n.name)), n.start, n.end) for n in draft.described
            ),
        )


def _kept(text: str, start: int, end: int, kept: list[Range], blanks: list[Range]) -> str:
    """The sentence with only the ``kept`` ranges left, less ``blanks`` (``_masked``)."""
    chars = [" "] * (end - start)
    for k_start, k_end in kept:
        lo, hi = max(k_start - start, 0), min(k_end - start, len(chars))
        chars[lo:hi] = text[start + lo : start + hi]
    return _masked("".join(chars), 0, len(chars), [(b - start, e - start) for b, e in blanks])


def _masked(text: str, start: int, end: int, blanks: list[Range]) -> str:
    """The sentence with ``blanks`` blanked - the parties' names (a name never decides the
    act) and crime words in an everyday sense (``everyday_senses``)."""
    chars = list(text[start:end])
    for b_start, b_end in blanks:
        lo, hi = max(b_start - start, 0), min(b_end - start, len(chars))
        if hi > lo:  # a party outside the clause ("helped X to kill Y": X) blanks nothing
            chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)
