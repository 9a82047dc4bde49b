"""``corroborate serve``: the ledger as pages to read, search, link to and cite, and as a
JSON API for scripts.

- ``app``: ``create_app(ServerConfig(...))``, the error shape, security headers;
- ``api``: ``/api/...`` (JSON); ``writes``: ``POST /api/documents`` and the token rule;
- ``pages``: the HTML pages (Jinja2, autoescaped), ``templates/`` and ``static/``;
- ``source``: the server's store connection (read-only unless writes are enabled) and caches;
- ``snapshot``: the ledger indexed for requests; ``highlight``: a text cut into marked segments;
- ``audit``: the audit's JSON and chart for the audit page.
- ``limits``, ``hosts``, ``cache``, ``responses``: the request body limit, the Host allow-list,
  the byte-bounded page cache, strict JSON responses.
"""
