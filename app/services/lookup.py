"""Finding one record by what a client called it: found, ambiguous (300) or unknown (404)."""

from app.core.errors import ApiProblem, FieldProblem, Suggestion
from app.readmodel.snapshot import Snapshot
from app.text.names import NameIndex
from app.text.point_refs import Match, Resolution


def find_key(index: NameIndex, ref: str, *, kind: str, noun: str, example: str) -> str:
    """The one key ``ref`` means, or a 300 (ambiguous) or 404 (unknown, with close names)."""
    keys = index.resolve(ref)
    if len(keys) == 1:
        return keys[0]
    if keys:
        raise ApiProblem(
            300,
            f"ambiguous-{kind}",
            f"Ambiguous {noun} identifier",
            f"{ref!r} may mean {len(keys)} {noun}s: "
            + "; ".join(index.label(key) for key in keys)
            + ".",
            hint=f"Ask again with one of them: {', '.join(keys)}.",
        )
    close = index.suggest(ref)
    raise ApiProblem(
        404,
        f"{kind}-not-found",
        f"{noun.capitalize()} not found",
        f"No {noun} is known as {ref!r}.",
        hint=(
            "Did you mean " + " or ".join(index.label(key) for key in close) + "?"
            if close
            else f"Use a slug or name such as {example!r}."
        ),
    )


def find_point(snapshot: Snapshot, ref: str) -> str:
    """The code of the one point ``ref`` means, or a 300 with candidates or a 404."""
    resolution = snapshot.points.resolver.resolve(ref)
    if resolution.code is not None:
        return resolution.code
    if resolution.candidates:
        candidates = [_suggestion(snapshot, match) for match in resolution.candidates]
        raise ApiProblem(
            300,
            "ambiguous-point",
            "Ambiguous point identifier",
            f"{ref!r} may mean {len(candidates)} points: "
            + ", ".join(c.display_code for c in candidates)
            + ".",
            hint="Ask again with one of the candidates' codes, or pinyin with tone marks.",
            candidates=candidates,
        )
    suggestions = [_suggestion(snapshot, match) for match in resolution.suggestions]
    raise ApiProblem(
        404,
        "point-not-found",
        "Point not found",
        f"No point is known as {ref!r}.",
        hint=(
            "Did you mean " + " or ".join(s.display_code for s in suggestions[:3]) + "?"
            if suggestions
            else "Use a code such as ST36, a pinyin name such as Zusanli, or hanzi."
        ),
        suggestions=suggestions,
    )


def point_ref_problem(location: str, ref: str, resolution: Resolution) -> FieldProblem:
    """Why a point reference inside a body was not understood."""
    if resolution.candidates:
        message = f"{ref!r} is ambiguous: " + ", ".join(m.code for m in resolution.candidates)
    else:
        close = ", ".join(m.code for m in resolution.suggestions[:3])
        message = f"no point is known as {ref!r}" + (f"; did you mean {close}?" if close else "")
    return FieldProblem(location=location, message=message)


def _suggestion(snapshot: Snapshot, match: Match) -> Suggestion:
    point = snapshot.points.details[match.code]
    return Suggestion(
        code=point.code,
        display_code=point.display_code,
        name=point.names.pinyin,
        matched=match.matched,
        score=match.score,
    )
