"""A remand a court grants the police without naming whom it holds, or grants again.

"An anti-terrorism court granted police five days' physical remand to recover the weapon",
"the magistrate granted a seven-day remand": a remand noun given to the police or to no
one, with no owner, holds the accused the report follows (the man arrested the sentence
before) - the court keeps in custody whom the police brought. "granted police a 10-day
extension of custody", "a seven-day custody extension", "His custody was extended by five
days": an extension (``extension_nouns``) of custody or remand, or custody extended in the
passive with no court named, is a remand of the custody's owner, else of the accused
followed. Not custody given to anyone but a custodial agent ("extended the custody of the
children to their mother"), and not a remand only asked for (the request verbs are no
remand verbs).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.courts import Courts
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import prep_objects

__all__ = ["RemandGranted"]


class RemandGranted(Courts):
    """Remands granted with no one named in the grant (``_followed_held``) and extensions of
    custody or remand (``_extended_custody``)."""

    def _extended_custody(self, verb: Token, noun: Token) -> Token | None:
        """The custody or remand noun ``noun`` lengthens, where a remand verb grants or
        extends it: "an extension of custody" (the "of" object), "a custody extension" (the
        compound), "His custody was extended by five days" (the passive's subject itself,
        extended by no court named - a length is no doer). None when it is no such grant."""
        lex = self.lex
        held = lex.custody_nouns | lex.remand_nouns
        if verb.lemma_.lower() not in lex.remand_verbs or not self._to_custodians(verb, noun):
            return None
        lemma = noun.lemma_.lower()
        if lemma in lex.extension_nouns:
            extended = [c for c in noun.children if c.dep_ == "compound"]
            extended += prep_objects(noun, ("of",))
            return next((t for t in extended if t.lemma_.lower() in held), None)
        if lemma not in lex.custody_nouns or noun.dep_ != "nsubjpass":
            return None
        # only "extended": custody "granted" or "handed" in the passive is given to someone
        if verb.lemma_.lower() != "extend":
            return None
        agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children]
        if any(o.ent_type_ != "DATE" and not self._a_court_word(o) for o in agents):
            return None
        return noun

    def _to_custodians(self, verb: Token, noun: Token) -> bool:
        """Whether the grant goes to no one or to the police only ("granted police a remand";
        not "granted custody of the children to their mother")."""
        givers = [c for c in verb.children if c.dep_ == "dative"]
        givers += [o for h in (verb, noun) for o in prep_objects(h, ("to",))]
        return all(any(is_custodian(t) for t in g.subtree) for g in givers)

    def _followed_held(self, verb: Token, noun: Token, by_court: bool) -> list[Named]:
        """Whom a remand granted with no owner holds: the accused the report follows, where
        the grant goes to the police or no one and a court makes it (``by_court``: the
        draft has a court, "An ATC granted ..."; or no one in the passive: "a seven-day
        remand was granted"). Told at the remand noun."""
        if not self._to_custodians(verb, noun):
            return []
        if not (by_court or self._by_a_court(verb) or self._passive(verb)):
            return []
        end = noun.idx + len(noun.text)
        return [Named(n.name, noun.idx, end, n.members) for n in self.last_accused]
