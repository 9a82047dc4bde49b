"""What every benchmark script does with a user's mistake: one line on stderr, exit status 1.

The same promise as the ``corroborate`` commands: a missing file, a bad line or a model that
will not load is reported as ``error: FILE:LINE: what is wrong; what to do``, not a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from corroborate.errors import CorroborateError


def run(main: Callable[[], int]) -> int:
    """``main()``'s exit status, or 1 after printing the error it raised for the user."""
    try:
        return main()
    except CorroborateError as err:
        print("error: " + " ".join(str(err).split()), file=sys.stderr)
        return 1
