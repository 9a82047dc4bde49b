"""An accused told only by "the NOUN" for a person that its report ties to no name.

"The agent withdrew his confession", "the court sentenced the agent and the clerk": the
report tells the step by a description and never writes that noun beside a name (another
report of the case does: "The agent, X"). ``DescribedPeople`` ties "the NOUN" to the one
person the report introduced with it; where there is none, the reader used to drop the party,
and with it the claim. It now stands for a mark (``untied_named``: a name no mention can
have), read like any party while the sentence is read, and set apart from the draft's parties
before anything is remembered (``set_untied_apart``): it never becomes a name the reader
follows, a pronoun's antecedent or an entity. The claim keeps it as a ``DescribedParty`` for
the ledger's inference across the reports of a case (``ledger.described_elsewhere``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.described_people import DescribedPeople, noun_key
from corroborate.nlp.claims.draft import UNTIED_MARK, Draft, Named, untied_noun
from corroborate.nlp.mentions.persons_places import a_persons_word

__all__ = ["UntiedDescriptions"]

# A clause someone says, thinks or notes ("said the chief had rented the land"): where its
# speaker may speak for an accused, its "the NOUN" stays with the readings that tie such a
# clause to the one the speaker stands for (``_told_by_his_side``).
_TOLD = frozenset({"ccomp", "parataxis"})
# The parts that speak for an accused: counsel and kin (``ParticipantRole``).
_SIDE = frozenset({"defence", "relative"})


class UntiedDescriptions(DescribedPeople):
    """What "the NOUN" stands for where the report ties it to no one, and the drafts' untied
    parties set apart; the state is ``Naming``'s."""

    clients_of: dict[str, list[Named]]  # whom each lawyer named acts for (``Naming``)

    def untied_named(self, noun: Token) -> Named | None:
        """The mark for "the NOUN" (``noun``) where it is a description of one person
        (``_a_description``: singular, lower case, no other part of the case, none set apart
        as "the second driver"), a noun for a person (``a_persons_word``: "agent",
        "storekeeper"; never "statement" or "van"), with "the" alone before it, no "of"
        phrase and no name of its own, that no one in the report was introduced with
        (``noun_named``, the lede's later names): a description the report leaves untied
        because it never names its bearer. Where two bear it, it stays no one."""
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not self._a_description(noun):
            return None
        key = noun_key(noun)
        if not a_persons_word(key) or self.noun_named.get(key) or self._named_later(noun):
            return None
        marks = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
        own = {c.dep_ for c in noun.children}
        if marks != ["the"] or own & {"prep", "appos", "acl", "relcl"}:
            return None  # "a driver", "his driver"; "the owner of the van", "the driver, X"
        if any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in noun.children):
            return None  # "the Lahore agent": a name's word, not a description alone
        if any(self._told_by_his_side(a) for a in noun.ancestors if a.dep_ in _TOLD):
            # "his lawyer said the doctor was being framed": what the accused's side says of
            # "the NOUN" is read for whom the speaker stands for (the client), as before
            return None
        return Named(UNTIED_MARK + key, noun.idx, noun.idx + len(noun.text))

    def _told_by_his_side(self, clause: Token) -> bool:
        """Whether the clause is said by one who may speak for an accused: a lawyer or kin
        ("his counsel insisted", "her brother said"), a lawyer the report names as such, or
        a pronoun (whose speaker the reader resolves later) - not the police, a prosecutor or
        the court ("SHO X said the driver had admitted")."""
        subjects = [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        for subject in subjects:
            if subject.pos_ == "PRON" or self.lex.role_nouns.get(subject.lemma_.lower()) in _SIDE:
                return True
            m = self.by_token.get(subject.i)
            if m is not None and self._person_full_name(m) in self.clients_of:
                return True  # "Khanna said ...", after "his lawyer, Arvind Khanna"
        return not subjects  # (a clause whose speaker the parse does not show)

    def set_untied_apart(self, drafts: list[Draft]) -> None:
        """Move each draft's untied accused into its ``described`` and drop its untied
        parties of any other part (a victim told by a description accuses no one): the
        parties the reader remembers are the ones it read before."""
        for d in drafts:
            untied = {k: v for k, v in d.parties.items() if untied_noun(k[0]) is not None}
            if not untied:
                continue
            d.parties = {k: v for k, v in d.parties.items() if k not in untied}
            d.described = [n for role, n in untied.values() if role == "accused"]
