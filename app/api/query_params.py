"""Unknown query parameters are an error, not something to ignore silently."""

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from pydantic import BaseModel

from app.core.errors import FieldProblem, invalid_request

_allowed_by_route: dict[int, frozenset[str]] = {}


def _allowed(route: APIRoute) -> frozenset[str]:
    # Routes are neither hashable nor short-lived: key the memo by identity.
    cached = _allowed_by_route.get(id(route))
    if cached is not None:
        return cached
    names: set[str] = set()
    pending: list[Dependant] = [route.dependant]
    while pending:
        dependant = pending.pop()
        for field in dependant.query_params:
            annotation = field.field_info.annotation
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                names |= {f.alias or name for name, f in annotation.model_fields.items()}
            else:
                names.add(field.alias)
        pending.extend(dependant.dependencies)
    _allowed_by_route[id(route)] = frozenset(names)
    return _allowed_by_route[id(route)]


async def reject_unknown_query_params(request: Request) -> None:
    route = request.scope.get("route")
    if not isinstance(route, APIRoute) or not request.query_params:
        return
    allowed = _allowed(route)
    unknown = sorted({key for key in request.query_params if key not in allowed})
    if unknown:
        raise invalid_request(
            "Unknown query parameter(s): " + ", ".join(unknown) + ".",
            [
                FieldProblem(location=f"query.{name}", message="unknown parameter")
                for name in unknown
            ],
            hint=(
                "Accepted here: " + ", ".join(sorted(allowed)) + "."
                if allowed
                else "This operation takes no query parameters."
            ),
        )
