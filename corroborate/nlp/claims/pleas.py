"""What a plea says (``Answering``): "pleaded guilty", "pleaded not guilty", "entered a plea
of no contest", "changed his plea to guilty" - guilty, not guilty, no contest, or none."""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["Pleas"]


class Pleas:
    """The plea a verb of pleading or of changing a plea tells; the lexicon is ``Reader``'s."""

    lex: LegalLexicon

    def _plea(self, verb: Token) -> str | None:
        """ "pleaded guilty" or "pleaded not guilty" (the negation may hang from either), or a
        plea entered: "entered a plea of not guilty", "entered a guilty plea" - "guilty" in
        the phrase of the verb's object "plea"; "no contest" for a plea on which a court
        convicts with no admission ("entered a plea of no contest", ``conviction_pleas``)."""
        if verb.lemma_.lower() in self.lex.plea_changing_verbs:
            return self._plea_changed(verb)
        guilty = next((c for c in verb.children if c.lower_ == "guilty"), None)
        if guilty is None and any(
            self.lex.verdict_adjectives.get(c.lower_) == "acquitted"
            or (c.dep_ == "dobj" and c.lemma_.lower() in self.lex.innocence_nouns)
            for c in verb.children
        ):
            # "pleaded innocent to all charges", "pleaded innocence": a plea of not guilty
            return "not guilty"
        pleas = self.lex.plea_nouns
        plea = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in pleas), None)
        told = " ".join(t.lower_ for t in verb.subtree if t.i > verb.i)
        if guilty is None and any(p in told for p in self.lex.conviction_pleas):
            return "no contest"
        if guilty is None and plea is not None:
            guilty = next((t for t in plea.subtree if t.lower_ == "guilty"), None)
        if guilty is None:
            return None
        start = min(verb.i, guilty.i) + 1
        between = verb.doc[start : max(verb.i, guilty.i)]
        # "entered not-guilty pleas": the hyphened "not" is parsed as an adverb of "guilty"
        negated = any(c.dep_ == "neg" or c.lower_ == "not" for c in guilty.children) or any(
            t.dep_ == "neg" for t in between
        )
        return "not guilty" if negated else "guilty"

    def _plea_changed(self, verb: Token) -> str | None:
        """ "changed his plea to guilty", "changed her plea from not guilty to guilty": the
        plea a changing verb tells is the one after a "to" (the parser hangs "to" on
        the verb or on the old plea), never the one it leaves ("from not guilty"); a verb
        of changing with no plea as its object ("changed his lawyer") tells none."""
        pleas = self.lex.plea_nouns
        plea = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in pleas), None)
        if plea is None:
            return None
        for to in (t for t in verb.subtree if t.i > plea.i and t.lower_ == "to"):
            # "to guilty on the second day of the trial to a reduced charge": the "to" a plea
            # follows, of the verb's several
            after = verb.doc[to.i + 1 : min(to.i + 4, len(verb.doc))]
            words = [t.lower_ for t in after]
            if any(" ".join(words).startswith(p) for p in self.lex.conviction_pleas):
                return "no contest"
            if words[:1] == ["guilty"]:
                return "guilty"
            if words[:2] == ["not", "guilty"]:
                return "not guilty"
        return None
