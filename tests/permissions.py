"""Running a program that cannot bypass file permissions, though the tests run as root.

CI runs as root, and root reads a file of mode 000 and writes into a folder of mode 555: a
test of what an ordinary user meets must drop that power. ``unprivileged()`` is a command
prefix that does: nothing for an ordinary user; for root, ``setpriv`` with every capability
dropped (CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH are what let root ignore permissions), so
the program keeps root's user id, and with it access to the test's own temporary folders.
"""

from __future__ import annotations

import os
import shutil

import pytest

__all__ = ["unprivileged"]


def unprivileged() -> list[str]:
    """The prefix to put before a command so that file permissions bind it."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        if os.environ.get("CI"):
            pytest.fail("setpriv (util-linux) is missing: CI runs as root and needs it")
        pytest.skip("running as root without setpriv to drop the capabilities")
    return [setpriv, "--bounding-set=-all", "--inh-caps=-all", "--"]
