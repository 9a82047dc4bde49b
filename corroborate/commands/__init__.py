"""CLI commands beyond the core three, one module each, registered on ``corroborate.cli.app``.

Each module imports ``app`` from ``corroborate.cli`` and decorates its commands; ``cli.py``
imports the modules at its end so that ``corroborate --help`` lists them all.
"""
