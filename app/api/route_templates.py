"""The route template a path matches (``/v1/points/{code}``): a label that stays few.

Logs and metrics name requests by template, whatever answered them: a route, the response
cache (which answers before routing), a guard that refused the request, or nothing at all.
"""

from collections.abc import Sequence
from re import Pattern

from fastapi.routing import RouteContext, iter_route_contexts
from starlette.routing import BaseRoute

UNMATCHED = "(unmatched)"
MAX_REMEMBERED_PATHS = 10_000


class RouteTemplates:
    def __init__(self, routes: Sequence[BaseRoute | RouteContext]) -> None:
        self._routes = routes  # the app's own list: routes included later are found too
        self._patterns: list[tuple[Pattern[str], str]] | None = None
        self._known: dict[str, str] = {}

    def __call__(self, path: str) -> str:
        template = self._known.get(path)
        if template is None:
            template = self._match(path)
            if len(self._known) >= MAX_REMEMBERED_PATHS:
                self._known.clear()
            self._known[path] = template
        return template

    def _match(self, path: str) -> str:
        if self._patterns is None:  # on the first request, when every route is in place
            self._patterns = [
                (context.path_regex, context.path)
                for context in iter_route_contexts(self._routes)
                if context.path is not None
            ]
        for pattern, template in self._patterns:
            if pattern.match(path):
                return template
        return UNMATCHED
