"""Free text in a query, bounded in characters and in words.

Matching costs time for every word, so the word bound is what keeps the worst query
cheap; a longer text is refused (422 naming the parameter) rather than cut short, so
that the answer never covers less than was asked without saying so.
"""

from typing import Annotated

from pydantic import AfterValidator, StringConstraints
from pydantic_core import PydanticCustomError

from app.core.limits import MAX_QUERY_LENGTH, MAX_QUERY_WORDS
from app.text.words import word_count


def _few_words(text: str) -> str:
    words = word_count(text)
    if words > MAX_QUERY_WORDS:
        raise PydanticCustomError(
            "too_many_words",
            "{words} words, more than the {limit} allowed",
            {
                "words": words,
                "limit": MAX_QUERY_WORDS,
                "hint": f"Shorten the text to at most {MAX_QUERY_WORDS} words: keep the "
                "symptom and where it is (`sore calves after running`).",
            },
        )
    return text


FreeText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_QUERY_LENGTH),
    AfterValidator(_few_words),
]
"""Free text of 1–200 characters and at most 12 words."""
