"""The API's JSON responses: strict JSON (RFC 8259), as every CLI writer writes it.

FastAPI's default refuses a float that JSON cannot hold with a 500; this writes it as text
(``corroborate.write.strict``), so one absurd figure in a stored document cannot take a whole
endpoint down.
"""

from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse

from corroborate.write import json_text

__all__ = ["StrictJSONResponse"]


class StrictJSONResponse(JSONResponse):
    def render(self, content: Any) -> bytes:
        return json_text(content).encode("utf-8")
