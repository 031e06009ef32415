"""Small pieces every resource builder shares: point order and narrowed copies."""

import re
from typing import TypeVar

from pydantic import BaseModel

_CODE_PARTS = re.compile(r"^(.*?)(\d+)$")
ModelT = TypeVar("ModelT", bound=BaseModel)


def code_order(code: str) -> tuple[str, int]:
    """Natural order of codes: BL9 before BL10."""
    match = _CODE_PARTS.match(code)
    return (match.group(1), int(match.group(2))) if match else (code, 0)


def narrowed(model: type[ModelT], instance: BaseModel) -> ModelT:
    """A ``model`` copy of an instance of a subclass, without the subclass's extra fields.

    Validating a subclass instance would keep it whole, and list pages serialise what
    they hold.
    """
    return model.model_validate({name: getattr(instance, name) for name in model.model_fields})
