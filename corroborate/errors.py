"""Every error corroborate raises on purpose, so that callers can catch one base class.

The tree::

    CorroborateError            anything corroborate reports to a user
    ├── InputError              a bad input file or line: names the file and the line
    ├── OutputError             an output file that cannot be written
    ├── ModelNotFoundError      the spaCy pipeline or a tagger is missing or will not load
    ├── ScorerNotFoundError     the official attribution scorer cannot be found or imported
    ├── StoreError              the evidence store: cannot open, connect, upgrade or write
    │   └── ReadOnlyStoreError  the database refuses writes (file or folder permissions)
    ├── UnknownDocumentError    document ids the store does not hold (``corroborate remove``)
    └── WorkerError             worker processes or a Dask cluster cannot run the extraction

Messages are one line and say what to do next: the command line prints ``str(error)`` as it is,
without a traceback, and exits with status 1.
"""

from __future__ import annotations


class CorroborateError(Exception):
    """Base class: an error a user can act on, with a message that says how."""


class InputError(CorroborateError):
    """A bad input file or line.

    ``path`` is the file as the user named it ("<stdin>" for standard input), ``line`` the
    1-based line number (None when the whole file is at fault), ``message`` what is wrong and
    ``hint`` what to do about it.
    """

    def __init__(self, path: str, line: int | None, message: str, hint: str = "") -> None:
        self.path = path
        self.line = line
        self.message = message
        self.hint = hint
        super().__init__(str(self))

    @property
    def location(self) -> str:
        """``file:line`` (or just ``file``), the form editors and grep understand."""
        return self.path if self.line is None else f"{self.path}:{self.line}"

    def __str__(self) -> str:
        # Newlines in a message (from a JSON decoder, say) would break the one-line promise.
        text = f"{self.location}: {self.message}"
        if self.hint:
            text += f"; {self.hint}"
        return " ".join(text.split())

    def __reduce__(self) -> tuple[type[InputError], tuple[str, int | None, str, str]]:
        # Picklable with all four fields, for errors crossing process boundaries.
        return (type(self), (self.path, self.line, self.message, self.hint))


class OutputError(CorroborateError):
    """An output file that cannot be written (missing folder, no permission, ...)."""


class ModelNotFoundError(CorroborateError):
    """The spaCy pipeline or the attribution tagger is not installed or fails to load."""


class ScorerNotFoundError(CorroborateError):
    """The official scorer script (score_attributions.py) cannot be found or imported."""


class StoreError(CorroborateError):
    """The evidence store cannot be opened, reached, upgraded or written.

    The message names the database (any password replaced by ***) and what to do.
    """


class ReadOnlyStoreError(StoreError):
    """The database refuses writes: this user cannot write its file or its folder.

    Commands that only read open such a store read-only instead (``store.open_for_reading``).
    """


class UnknownDocumentError(CorroborateError):
    """Document ids the store does not hold, asked to be removed (``corroborate remove``).

    Raised before anything is removed: with several ids, none is removed when one is unknown.
    ``ids`` are the unknown ones, in the order given; ``store`` the database as shown to users.
    """

    def __init__(self, ids: list[str], store: str) -> None:
        self.ids = list(ids)
        self.store = store
        super().__init__(str(self))

    def __str__(self) -> str:
        # One line whatever the ids hold (a pasted id may carry a newline).
        shown = ", ".join(repr(i) for i in self.ids[:5])
        if len(self.ids) > 5:
            shown += f" and {len(self.ids) - 5} more"
        noun = "document" if len(self.ids) == 1 else "documents"
        text = (
            f"no {noun} {shown} in {self.store}; nothing was removed;"
            f" corroborate documents --db {self.store} lists the stored ids"
        )
        return " ".join(text.split())

    def __reduce__(self) -> tuple[type[UnknownDocumentError], tuple[list[str], str]]:
        return (type(self), (self.ids, self.store))


class WorkerError(CorroborateError):
    """Where the per-document stage runs failed: a worker process died (``ingest --workers``),
    or a Dask cluster (``ingest --dask``) cannot be reached, has no workers, or its workers
    cannot run this corroborate (not installed, another version, lost mid-run).

    Raised before a document is stored, or between two documents: what is stored stays.
    """
