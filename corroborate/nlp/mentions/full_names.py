"""Short names to the full name they stand for in one document: a one-word person name (or a
first part) becomes the latest full name before it that has it, else the first after (where
no full name has it, the one whose compound given name it opens: "Mizan", "Mizanur Rahman",
``mentions.given_stems``), never a relative's the report names in full to tell them apart,
and no one's where two people named together bear it as their surname (``mentions.kin``), a
bearer of the sex a title before it tells (``mentions.titled_sex``) or the he or she its own
clause speaks of (``mentions.said_sex``); a surname of several words the one full name it
ends (``mentions.surname_tails``); a one-word organisation name the one longer organisation
name ending with it.
"""

from __future__ import annotations

from corroborate.nlp.mentions.given_stems import compound_bearers
from corroborate.nlp.mentions.harmed import unharmed_bearers
from corroborate.nlp.mentions.kin import introduced_as_kin, surname_bearer
from corroborate.nlp.mentions.said_sex import agreeing_with_said_pronoun
from corroborate.nlp.mentions.same_title import titled_alike
from corroborate.nlp.mentions.state import _FinderState, _with
from corroborate.nlp.mentions.surname_tails import tail_bearer
from corroborate.nlp.mentions.titled_rank import given_the_rank, the_ranked_one
from corroborate.nlp.mentions.titled_sex import agreeing_with_title
from corroborate.records import Mention

__all__ = ["_FullNames"]


class _FullNames(_FinderState):
    def _full_names(self) -> None:
        """A one-word person name becomes the full name it stands for in this document."""
        fulls = [m for m in self.out if m.type == "person" and len(m.name.split()) >= 2]
        # the full names of relatives told apart from the one the report follows
        kin = {f.name for f in fulls if introduced_as_kin(self.doc, f.start, f.end)}
        chosen_for: dict[int, Mention] = {}
        for i, m in enumerate(self.out):
            if m.type != "person":
                continue
            ws = [w.lower() for w in m.name.split()]
            if len(ws) == 1:
                fits = [f for f in fulls if ws[0] in (w.lower() for w in f.name.split())]
                # "Mizan" after "Mizanur Rahman": a compound given name's first part
                # (``given_stems``), when no full name has the word itself
                fits = fits or compound_bearers(ws[0], fulls, lambda f: f.name)
                fits = self._ranked(m, fits, fulls)
                # "Mrs Pryce" after "Keith Pryce" and "Carol Pryce": her (``titled_sex``)
                fits = agreeing_with_title(self.doc, m.start, fits, lambda f: f.name)
                # "Mahato admitted that he ..." after "Raju Mahato" and "Gita Mahato": him
                # (``said_sex``)
                fits = agreeing_with_said_pronoun(self.doc, m.start, fits, lambda f: f.name)
                # "Haji Mushtaq" after "Haji Mushtaq Ahmad Bhatti" and his sons "Adnan
                # Mushtaq", "Rizwan Mushtaq": the one given that title (``same_title``)
                fits = titled_alike(self.doc, m.start, fits, fulls, lambda f: (f.start, f.name))
                # "remanded Blake" after the attacked "Osbert Blake": not him (``harmed``)
                fits = unharmed_bearers(self.doc, m.start, fits, lambda f: (f.start, f.name))
                # "Marri" after "Karim Baksh Marri" and "his wife, Shabana Marri": him;
                # after "Karim Baig and Jawad Baig" named together, neither (``mentions.kin``)
                fits = surname_bearer(
                    self.doc, ws[0], m.start, fits, lambda f: (f.start, f.name), kin
                )
            else:  # "Khalid Maqbool" for "Khalid Maqbool Siddiqui"
                fits = [
                    f
                    for f in fulls
                    if len(f.name.split()) > len(ws)
                    and [w.lower() for w in f.name.split()][: len(ws)] == ws
                ]
                fits = self._ranked(m, fits, fulls)
                if not fits and not introduced_as_kin(self.doc, m.start, m.end):
                    # "Thapa Magar" for "Dil Bahadur Thapa Magar": a surname of two words,
                    # the one full name of the report it ends (``mentions.surname_tails``)
                    bearer = tail_bearer(ws, fulls, lambda f: f.name, kin)
                    fits = [bearer] if bearer is not None else []
            earlier = [(e.start, e.name) for e in self.out[:i] if e.type == "person"]
            if len(ws) == 1 and the_ranked_one(self.doc, ws[0], earlier):
                fits = []  # "Sergeant Mensah told the court ... Mensah said": the officer
            before = [f for f in fits if f.start < m.start]
            chosen = before[-1] if before else (fits[0] if fits else None)
            if chosen is not None:
                chosen_for[i] = chosen
                self.out[i] = _with(m, name=chosen.name)
        self._through_shorter_fulls(chosen_for)
        self._short_organisations()

    def _through_shorter_fulls(self, chosen_for: dict[int, Mention]) -> None:
        """ "Jalal" after "Jalal Uddin Howlader ... Jalal Uddin": the full name chosen may
        itself be a short form of a longer one ("Jalal Uddin", a first part), so the word
        stands for what that mention became - not for its own words, which would make a
        second person of the one the report follows."""
        became = {_span(m): m.name for m in self.out if m.type == "person"}
        for i, chosen in chosen_for.items():
            name = became.get(_span(chosen), chosen.name)
            if name != self.out[i].name:
                self.out[i] = _with(self.out[i], name=name)

    def _ranked(self, m: Mention, fits: list[Mention], fulls: list[Mention]) -> list[Mention]:
        """ "Sergeant Mensah" is not the victim Kofi Mensah, nor "Constable Ali Raza" the
        accused Ali Raza Shah: a name after a rank fits only a full name given one
        (``mentions.titled_rank``), whatever else would choose among the fits."""
        return given_the_rank(self.doc, m.start, fits, fulls, _span, lambda f: f.name)

    def _short_organisations(self) -> None:
        """ "the Guard" after "the Coastal Guard": a one-word organisation name is the one
        longer organisation name of the document that ends with that word."""
        fulls = {m.name for m in self.out if m.type == "organization" and " " in m.name}
        for i, m in enumerate(self.out):
            if m.type != "organization" or " " in m.name or m.alias:
                continue
            fits = {f for f in fulls if f.split()[-1].lower() == m.name.lower()}
            if len(fits) == 1:
                self.out[i] = _with(m, name=fits.pop())


def _span(m: Mention) -> tuple[int, int]:
    return m.start, m.end
