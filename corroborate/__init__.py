"""corroborate: an evidence ledger of allegations in the news."""

__version__ = "0.1.0"
