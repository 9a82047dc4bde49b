"""A verb of ruling said by one who cannot rule: what a party to the case tells.

The verbs that keep or give a decision ("confirm", "announce", "pass", ``verdict_verbs``)
are also verbs of telling: "Special Public Prosecutor X confirmed the verdict to the news
agency", "the defence lawyer announced the acquittal". A prosecutor, a lawyer, the police, a
witness, the victim or his family never uphold or pass a verdict; with one of them as the
verb's active subject the sentence reports the court's decision, and whatever follows the
verb ("to the news agency") is not the one it was passed on. The subject's role is the role
noun (``role_nouns``) among its head and the words of its name ("Public Prosecutor X",
"the lawyer"); a court's word anywhere there keeps it a ruling ("the judge, a former
prosecutor"). Officials are left out: a president who commutes a sentence does decide it.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["told_by_a_party"]

# The roles of those who take part in a case but never decide it.
_PARTIES = frozenset({"prosecutor", "defence", "investigator", "witness", "relative", "victim"})
# The dependents that belong to a subject's own name or title.
_OWN_WORDS = frozenset({"compound", "flat", "amod", "det"})


def told_by_a_party(verb: Token, lex: LegalLexicon) -> bool:
    """Whether ``verb``'s active subject is a party to the case by its role noun: "the
    prosecutor confirmed the verdict", "Defence counsel X announced the acquittal"."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        words = [subject, *(c for c in subject.children if c.dep_ in _OWN_WORDS)]
        roles = {lex.role_nouns.get(w.lemma_.lower()) for w in words}
        if "court" not in roles and roles & _PARTIES:
            return True
    return False
