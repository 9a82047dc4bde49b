"""``python -m corroborate``: the same command line as the ``corroborate`` script."""

from corroborate.cli import app

app(prog_name="corroborate")
