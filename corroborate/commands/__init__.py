"""The CLI's commands, one module each, registered on ``commands.app.app``.

Each module imports ``app`` from ``commands.app`` and its shared options and helpers from
``commands.options`` and ``commands.terminal`` (leaf modules: none imports a command), and
decorates its commands; ``corroborate.cli`` imports every module so that ``corroborate
--help`` lists them all.
"""
