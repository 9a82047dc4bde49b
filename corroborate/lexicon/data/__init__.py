"""Data files of the lexicon (JSON), read by ``corroborate.lexicon.load_data``."""
