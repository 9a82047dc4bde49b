"""What a sentence's drafts tell together, beyond each claim: whom the report follows next.

An accusation that puts people in the case's papers ("named in the indictment":
``_in_the_case``) or says who stands accused ("X and Y are accused of killing Z":
``_stands_accused``), a plea entered in court (``_pleads``), a ruling that adds its people to
those told before ("police also arrested Y": ``_added``); the dead the sentence accuses who
fell in an armed clash with the police, no victims (``_no_victims_in_encounters``); the
ranks that name an unnamed lede's officer, no other party (``_not_their_rank``); a body the
sentence gives an investigator's or a court's part, never its accused (``_no_body_on_the_case``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.lexicon.name_words import name_words
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.ledes import Ledes
from corroborate.nlp.grammar import has_agent, prep_objects

__all__ = ["SentenceDrafts"]

_NAME_WORDS = name_words()


class SentenceDrafts(Ledes):
    """Whom a sentence's drafts make the accused the report follows, and the parties they
    rule out together."""

    def _added(self, draft: Draft) -> bool:
        """Whether a ruling, charge or arrest adds its people to those told before: its verb
        has an additive adverb ("police also arrested Y", "Y was arrested too")."""
        cue, words = draft.cue, self.lex.additive_adverbs
        return cue.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "advmod" and c.lower_ in words for c in cue.children
        )

    def _no_victims_in_encounters(self, drafts: list[Draft]) -> None:
        """ "Two suspected robbers, X and Y, were killed in an exchange of fire with police":
        the dead the sentence itself accuses (a description, an accusation) fell in an armed
        clash with the law (``encounter_nouns``), as the police tell it - accused, not the
        victims of a crime. A policeman killed there, whom nothing accuses, stays a victim."""
        accused = {n.name for d in drafts if d.kind != "crime" for n in d.accused}  # fmt: skip
        for d in drafts:
            if d.kind != "crime" or not self._in_an_encounter(d.cue):
                continue
            d.parties = {
                k: (role, n) for k, (role, n) in d.parties.items()
                if not (role == "victim" and n.name in accused)
            }  # fmt: skip

    def _in_an_encounter(self, verb: Token) -> bool:
        """Whether a killing verb's "in" or "during" phrase is an armed clash ("killed in an
        encounter", "in an exchange of fire")."""
        places = prep_objects(verb, ("in", "during"))
        return any(o.lemma_.lower() in self.lex.encounter_nouns for o in places)

    def _in_the_case(self, draft: Draft) -> bool:
        """Whether an accusation puts people in the case's papers: "X and Y are named in the
        indictment", "named as accused in the charge sheet" - a verb of accusing whose own
        phrase names a charge or case, as a charge would. They become the parties the
        report follows ("They were remanded", "his clients pleaded not guilty")."""
        cue = draft.cue
        nouns = self.lex.charge_nouns
        if draft.kind == "accusation" and cue.pos_ == "NOUN" and cue.lemma_.lower() in nouns:
            # "the prosecution had made out a case against X, Y and Z": the case's own
            # "against" - whom "The three were remanded" stands for next; not "the charges
            # against him", which names no one the report has not followed already
            against = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "against"]
            return any(o.pos_ != "PRON" for p in against for o in p.children if o.dep_ == "pobj")
        if draft.kind != "accusation" or cue.pos_ not in ("VERB", "AUX"):
            return False
        return any(t.lemma_.lower() in nouns for t in cue.subtree if t.i > cue.i)

    def _no_body_on_the_case(self, drafts: list[Draft]) -> None:
        """ "Police have arrested a porter ..., the District Police Office said"; "his client
        had been assaulted by CID officers": a body (an organisation's name, not a group of
        its members) that the sentence gives the part of an investigator or a court works the
        case, whatever clause the parse also hangs it on as the accused. A person may be
        both ("Inspector X was arrested"): only a body is left out."""
        working = {
            n.name for d in drafts for role, n in d.parties.values()
            if role in ("investigator", "court") and n.members is None
        }  # fmt: skip
        for d in drafts:
            d.parties = {
                k: (role, n) for k, (role, n) in d.parties.items()
                if not (role == "accused" and n.members is None and n.name in working
                        and self._a_body(n.start))
            }  # fmt: skip

    def _a_body(self, start: int) -> bool:
        """Whether the name at character ``start`` is a body's by its own words: an acronym
        ("CID") or a name holding an organisation's head word ("District Police Office")
        and no title. NER types many a titled person an organisation ("Sub-Inspector X",
        "Police Constable X"), who may be the accused as well as the officer."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        m = self.by_token.get(span.root.i) if span is not None and len(span) else None
        if m is None or m.type != "organization":
            return False
        words = {w.lower() for w in m.name.split()}
        words |= {part for w in words for part in w.split("-")}  # "sub-inspector"
        titled = words & (_NAME_WORDS.titles | _NAME_WORDS.personal_titles)
        return (
            m.name.isupper()
            and " " not in m.name
            or bool(words & _NAME_WORDS.organisation_heads and not titled)
        )

    def _not_their_rank(
        self, others: set[str], drafts: list[Draft], ledes: list[tuple[Span, Draft]]
    ) -> set[str]:
        """The names a sentence gives another part, less the ranks of the officers an unnamed
        lede told of ("A police officer has been charged ... Constable X appeared"): the
        rank names the lede's own one, no other part."""
        if not any(self._counts_office_holders(d) for _, d in ledes):
            return others
        ranked = {
            n.name for d in drafts for role, n in d.parties.values() if role == "investigator"
        }
        return others - ranked

    def _stands_accused(self, draft: Draft) -> bool:
        """Whether an accusation says who stands accused, as a charge does: "X and Y are
        accused of killing Z", "X, accused of fraud, ..." - the passive participle with no
        one named as the accuser ("accused by his rival of lying" is one party's word).
        They become the parties the report follows ("Both the accused denied the charges")."""
        cue = draft.cue
        if draft.kind != "accusation" or cue.tag_ != "VBN":
            return False
        if cue.lemma_.lower() not in self.lex.accuse_verbs:
            return False
        # "after being accused of blasphemy" tells why something befell them, not a case
        being = any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBG" for c in cue.children)
        return not being and not has_agent(cue)

    def _pleads(self, draft: Draft) -> bool:
        """Whether a denial or confession is a plea entered in court ("pleaded not guilty")."""
        cue = draft.cue
        return draft.kind in ("denial", "confession") and (
            cue.lemma_.lower() in self.lex.guilty_pleas and self._plea(cue) is not None
        )
