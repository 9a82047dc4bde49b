"""A case filed naming its accused: "X filed the case with the magistrate's court on
January 10 under the extortion sections, naming SI Y, ASI Z and an informer, W"; "police
lodged an FIR naming Y and Z". The participle "naming" carries no case noun in its own
phrase (which ``_names_offence`` asks of a verb with an everyday sense too), but the clause
it hangs on files a case: the sentence's main verb has a charge noun of the lexicon
("case", "FIR", "complaint") for its object. The participle may hang anywhere under that
verb, however the small parser attaches it (to the case, to a section noun, even to a name
of the list).

Not a filing that names anything else ("filed his nomination papers, naming Y as his
agent": no charge noun), nor a verb other than the participle ("filed the case and named
Y": a finite verb, read as ever).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["named_in_filing"]

# How the parser may mark a charge noun as what the main verb files.
_FILED = frozenset({"dobj", "nsubjpass"})


def named_in_filing(verb: Token, lex: LegalLexicon) -> bool:
    """Whether ``verb`` is a participle ("naming") under a sentence verb that files a case."""
    if verb.tag_ != "VBG" or verb.dep_ == "ROOT":
        return False
    root = verb.sent.root
    return (
        any(c.dep_ in _FILED and c.lemma_.lower() in lex.charge_nouns for c in root.children)
        and verb in root.subtree
    )
