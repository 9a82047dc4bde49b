"""A lawyer's clients told by the family's name: "Appearing for the Negis, Advocate Y
submitted that ...", "Y, who appeared for the Thakurs, said her clients ..." - a surname
in the plural, naming no one itself, stands for the people the report accuses under that
surname ("X Negi and his son Z Negi"). Asked by ``Counsel`` of whom a lawyer acts for, so
that what the lawyer says of "my clients" or "the petitioners" reaches each of them.
"""

from __future__ import annotations

from corroborate.nlp.claims.draft import Named

__all__ = ["FamilyClients"]

# The plural endings of a surname: "the Negis", "the Bhoyroos", "the Joneses".
_PLURAL_ENDINGS = ("es", "s")


class FamilyClients:
    """Whom "the Negis" a lawyer acts for are: the accused of that surname."""

    accused_so_far: set[str]

    def _families_told(self, named: list[Named]) -> list[Named]:
        """``named`` with each one-word plural surname replaced by the accused (two or
        more) whose last name it is; a name that is no such plural is kept as it is."""
        out: list[Named] = []
        for n in named:
            members = self._bearers_of(n.name) if " " not in n.name else []
            out += [Named(m, n.start, n.end) for m in members] if len(members) >= 2 else [n]
        return out

    def _bearers_of(self, plural: str) -> list[str]:
        """The accused whose last name ``plural`` is the plural of ("Negis": X Negi)."""
        for ending in _PLURAL_ENDINGS:
            if not plural.endswith(ending) or len(plural) <= len(ending) + 1:
                continue
            surname = plural[: -len(ending)]
            bearers = sorted(a for a in self.accused_so_far if a.split()[-1] == surname)
            if bearers:
                return bearers
        return []
