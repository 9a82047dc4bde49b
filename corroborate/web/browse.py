"""``/allegations`` and ``/entities``: every row, with facets, sorting and pages, as a page,
as ``.json`` and as ``.csv`` (Datasette's convention: the same list, another suffix).

The page and the JSON show one page of rows (``page``, ``size``); the CSV holds every row the
filters keep, for a spreadsheet. Facet values and their counts come with the JSON as they do
beside the page's list (``web.listing``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from corroborate.records import ENTITY_TYPES, STATUSES
from corroborate.web import listing as lists
from corroborate.web.listing import AllegationRow, EntityRow, Listing
from corroborate.web.problems import ApiError
from corroborate.web.snapshot import Snapshot
from corroborate.web.source import LedgerSource

__all__ = ["router"]

router = APIRouter(tags=["browse"])
MAX_SIZE = 500
Year = Annotated[str | None, Query(pattern=r"^\d{4}$", description="Events dated that year.")]
Page = Annotated[int, Query(ge=1, description="1-based page number.")]
Size = Annotated[int, Query(ge=1, le=MAX_SIZE, description="Rows per page.")]
Words = Annotated[str, Query(max_length=200, description="Whole words the row must hold.")]


@dataclass(frozen=True)
class AllegationQuery:
    status: str | None
    act: str | None
    confession_only: bool | None
    outlet: str | None
    year: str | None
    q: str
    sort: str
    page: int
    size: int

    def filters(self) -> dict[str, str | None]:
        flag = None if self.confession_only is None else str(self.confession_only).lower()
        return {
            "status": self.status,
            "act": self.act,
            "confession_only": flag,
            "outlet": self.outlet,
            "year": self.year,
        }


@dataclass(frozen=True)
class EntityQuery:
    type: str | None
    status: str | None
    outlet: str | None
    q: str
    sort: str
    page: int
    size: int

    def filters(self) -> dict[str, str | None]:
        return {"type": self.type, "status": self.status, "outlet": self.outlet}


def allegation_query(
    status: Annotated[str | None, Query(description="One of " + ", ".join(STATUSES))] = None,
    act: Annotated[str | None, Query(max_length=200)] = None,
    confession_only: bool | None = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    year: Year = None,
    q: Words = "",
    sort: Literal["-date", "date", "act", "status", "-events", "accused"] = "-date",
    page: Page = 1,
    size: Size = 50,
) -> AllegationQuery:
    if status is not None and status not in STATUSES:
        raise ApiError(422, "invalid_request", f"status: use one of {', '.join(STATUSES)}")
    return AllegationQuery(status, act, confession_only, outlet, year, q, sort, page, size)


def entity_query(
    type: Annotated[str | None, Query(description="One of " + ", ".join(ENTITY_TYPES))] = None,
    status: Annotated[
        str | None, Query(description="Entities with an allegation of this status against them")
    ] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    q: Words = "",
    sort: Literal["-allegations", "name", "type"] = "-allegations",
    page: Page = 1,
    size: Size = 50,
) -> EntityQuery:
    if type is not None and type not in ENTITY_TYPES:
        raise ApiError(422, "invalid_request", f"type: use one of {', '.join(ENTITY_TYPES)}")
    if status is not None and status not in STATUSES:
        raise ApiError(422, "invalid_request", f"status: use one of {', '.join(STATUSES)}")
    return EntityQuery(type, status, outlet, q, sort, page, size)


def _source(request: Request) -> LedgerSource:
    source: LedgerSource = request.app.state.source
    return source


def allegations_listing(
    source: LedgerSource, snapshot: Snapshot, query: AllegationQuery, *, everything: bool = False
) -> Listing[AllegationRow]:
    rows = source.cached(snapshot, ("rows", "allegations"), lambda: lists.allegation_rows(snapshot))
    key, reverse = lists.allegation_sort(query.sort)
    return lists.listing(
        rows,
        query.filters(),
        lists.ALLEGATION_FACETS,
        sort_key=key,
        reverse=reverse,
        q=query.q,
        text_of=lambda r: " | ".join(
            [r.allegation.act, *r.accused, *r.allegation.alleged_by, *r.outlets]
        ),
        page=1 if everything else query.page,
        size=max(len(rows), 1) if everything else query.size,
    )


def entities_listing(
    source: LedgerSource, snapshot: Snapshot, query: EntityQuery, *, everything: bool = False
) -> Listing[EntityRow]:
    rows = source.cached(snapshot, ("rows", "entities"), lambda: lists.entity_rows(snapshot))
    key, reverse = lists.entity_sort(query.sort)
    return lists.listing(
        rows,
        query.filters(),
        lists.ENTITY_FACETS,
        sort_key=key,
        reverse=reverse,
        q=query.q,
        text_of=lambda r: " | ".join([r.entity.name, *(a.name for a in r.entity.aliases)]),
        page=1 if everything else query.page,
        size=max(len(rows), 1) if everything else query.size,
    )


def _listing_page(
    request: Request, name: str, query: Any, listing: Callable[..., Any], sorts: Any
) -> HTMLResponse:
    """The HTML page of one list ("allegations", "entities"), cached per snapshot and query."""
    from corroborate.web.pages import render

    source = _source(request)
    snapshot = source.current()

    def make() -> str:
        return render(
            f"{name}.html",
            listing=listing(source, snapshot, query),
            query=query,
            s=snapshot,
            link=_linker(query, f"/{name}"),
            sorts=sorts,
        )

    return HTMLResponse(source.cached(snapshot, ("page", name, query), make))


# --- allegations ------------------------------------------------------------------------


@router.get("/allegations", response_class=HTMLResponse, include_in_schema=False)
def allegations_page(
    request: Request, query: Annotated[AllegationQuery, Depends(allegation_query)]
) -> HTMLResponse:
    return _listing_page(request, "allegations", query, allegations_listing,
                         lists.ALLEGATION_SORTS)  # fmt: skip


@router.get("/allegations.json", summary="Every allegation: facets, sorting, pages")
def allegations_json(
    request: Request, query: Annotated[AllegationQuery, Depends(allegation_query)]
) -> dict[str, Any]:
    source = _source(request)
    snapshot = source.current()
    found = allegations_listing(source, snapshot, query)
    return {
        **_paging(found),
        "allegations": [allegation_json(r) for r in found.rows],
    }


@router.get(
    "/allegations.csv",
    summary="Every allegation the filters keep, as CSV (all pages)",
    response_class=Response,
)
def allegations_csv(
    request: Request, query: Annotated[AllegationQuery, Depends(allegation_query)]
) -> Response:
    source = _source(request)
    snapshot = source.current()
    found = allegations_listing(source, snapshot, query, everything=True)
    rows = [allegation_json(r) for r in found.rows]
    return _csv(rows, "allegations.csv")


def allegation_json(row: AllegationRow) -> dict[str, Any]:
    a = row.allegation
    return {
        "id": a.id,
        "act": a.act,
        "accused": row.accused,
        "accused_ids": list(a.accused),
        "status": a.status,
        "confession_only": a.confession_only,
        "alleged_by": list(a.alleged_by),
        "events": len(a.events),
        "first_date": row.first_date,
        "last_date": row.last_date,
        "outlets": row.outlets,
        "url": f"/allegations/{a.id}",
    }


# --- entities ---------------------------------------------------------------------------


@router.get("/entities", response_class=HTMLResponse, include_in_schema=False)
def entities_page(
    request: Request, query: Annotated[EntityQuery, Depends(entity_query)]
) -> HTMLResponse:
    return _listing_page(request, "entities", query, entities_listing, lists.ENTITY_SORTS)


@router.get("/entities.json", summary="Every person and organisation: facets, sorting, pages")
def entities_json(
    request: Request, query: Annotated[EntityQuery, Depends(entity_query)]
) -> dict[str, Any]:
    source = _source(request)
    snapshot = source.current()
    found = entities_listing(source, snapshot, query)
    return {**_paging(found), "entities": [entity_json(r) for r in found.rows]}


@router.get(
    "/entities.csv",
    summary="Every entity the filters keep, as CSV (all pages)",
    response_class=Response,
)
def entities_csv(
    request: Request, query: Annotated[EntityQuery, Depends(entity_query)]
) -> Response:
    source = _source(request)
    snapshot = source.current()
    found = entities_listing(source, snapshot, query, everything=True)
    return _csv([entity_json(r) for r in found.rows], "entities.csv")


def entity_json(row: EntityRow) -> dict[str, Any]:
    e = row.entity
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "aliases": [a.name for a in e.aliases],
        "allegations_against": row.against,
        "statuses": dict(sorted(row.statuses.items())),
        "outlets": row.outlets,
        "url": f"/entities/{e.id}",
    }


# --- shared -----------------------------------------------------------------------------


def _paging(found: Listing[Any]) -> dict[str, Any]:
    return {
        "total": found.total,
        "page": found.page,
        "size": found.size,
        "pages": found.pages,
        "facets": {
            name: [{"value": v, "count": n} for v, n in values]
            for name, values in found.facets.items()
        },
    }


# A cell starting with one of these is a formula to a spreadsheet; a quote mark keeps it text.
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    elif isinstance(value, dict):
        value = "; ".join(f"{k}: {v}" for k, v in value.items())
    text = str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def _csv(rows: list[dict[str, Any]], name: str) -> Response:
    out = io.StringIO()
    if rows:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(list(rows[0]))
        for row in rows:
            writer.writerow([_cell(v) for v in row.values()])
    return Response(
        out.getvalue().encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'inline; filename="{name}"'},
    )


def _linker(query: Any, path: str) -> Any:
    """``link(**changes)``: this list's URL with some parameters changed (None removes one);
    a change of filter or sort goes back to page 1."""
    current = {k: v for k, v in vars(query).items()}

    def link(**changes: Any) -> str:
        params = dict(current)
        if "page" not in changes:
            params["page"] = 1
        params.update(changes)
        defaults = {"page": 1, "size": 50, "q": ""}
        shown = {
            k: (str(v).lower() if isinstance(v, bool) else v)
            for k, v in params.items()
            if v is not None and defaults.get(k, object()) != v and k != "sort"
        }
        if params.get("sort") and params["sort"] != _default_sort(path):
            shown["sort"] = params["sort"]
        return path + ("?" + urlencode(shown) if shown else "")

    return link


def _default_sort(path: str) -> str:
    return "-date" if path == "/allegations" else "-allegations"
