"""Numbers written as words (``data/numbers.json``): "twelve", "eighty", "two dozen", "5 lakh".

``nlp.quantities`` reads counts with them; the audit's readers look for a count written as a
word ("six to Hizbul", "the two X militants") with ``words``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from corroborate.lexicon import load_data

__all__ = ["NumberWords", "number_words"]


@dataclass(frozen=True)
class NumberWords:
    """``ones``: zero to nineteen (a word's value is its position); ``tens``: twenty to
    ninety; ``scales``: scale words and their factors ("dozen" 12, "lakh" 100000), and where
    each is read: ``spelled_scales`` joined to number words ("two hundred"),
    ``after_article`` after "a" ("a dozen"), ``after_figure`` after digits ("3 mn"),
    ``glued_to_money`` glued to an amount ("Rs 5m"); ``currencies``: the marks of money
    ("Rs", "Tk", "US$") and their units."""

    ones: tuple[str, ...]
    tens: tuple[str, ...]
    scales: dict[str, int]
    spelled_scales: tuple[str, ...]
    after_article: tuple[str, ...]
    after_figure: tuple[str, ...]
    glued_to_money: tuple[str, ...]
    # "first" to "twelfth": a word's value is its position from one ("a fourth suspect": 4)
    ordinals: tuple[str, ...] = ()
    # currency marks as written ("Rs", "Tk", "US$") and the unit each normalises to
    currencies: dict[str, str] = field(default_factory=dict)

    def currency_mark(self, text: str) -> bool:
        """Whether ``text`` is a currency mark as written ("Rs", "Rs.", "Tk", "$"), or one
        glued to a figure ("Rs100,000", "US$2m")."""
        if text in self.currencies:
            return True
        return any(text.startswith(m) and text[len(m) : len(m) + 1].isdigit()
                   for m in self.currencies)  # fmt: skip

    @property
    def values(self) -> dict[str, int]:
        """Every number word below a hundred with its value ("twelve" 12, "eighty" 80)."""
        out = {word: i for i, word in enumerate(self.ones)}
        out.update({word: 20 + 10 * i for i, word in enumerate(self.tens)})
        return out

    @property
    def ordinal_values(self) -> dict[str, int]:
        """Every ordinal word with its value ("first" 1, "fourth" 4)."""
        return {word: i + 1 for i, word in enumerate(self.ordinals)}

    @property
    def words(self) -> tuple[str, ...]:
        """The number words below a hundred, "zero" to "ninety"."""
        return (*self.ones, *self.tens)


@cache
def number_words() -> NumberWords:
    data = load_data("numbers")
    words = NumberWords(
        ones=tuple(data["ones"]),
        tens=tuple(data["tens"]),
        scales={str(k): int(v) for k, v in data["scales"].items()},
        spelled_scales=tuple(data["spelled_scales"]),
        after_article=tuple(data["after_article"]),
        after_figure=tuple(data["after_figure"]),
        glued_to_money=tuple(data["glued_to_money"]),
        ordinals=tuple(data["ordinals"]),
        currencies={str(k): str(v) for k, v in data["currencies"].items()},
    )
    if len(words.ones) != 20 or len(words.tens) != 8:
        raise ValueError("numbers.json: ones must run from zero to nineteen, tens twenty to ninety")
    placed = {*words.spelled_scales, *words.after_article, *words.after_figure,
              *words.glued_to_money}  # fmt: skip
    if not placed <= set(words.scales):
        raise ValueError(f"numbers.json: no factor for {sorted(placed - set(words.scales))}")
    return words
