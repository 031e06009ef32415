"""How many words a free text has, counted as the matchers split it."""

import re

from app.text.identifiers import strip_tones

# Runs of Latin letters or digits (what the matchers read), and runs of any other letters
# (a hanzi phrase is one word).
_WORDS = re.compile(r"[a-z0-9]+|[^\W\da-z_]+")


def word_count(text: str) -> int:
    """Runs of letters or digits: `sore calves` is two words, so is `ST-36`."""
    return len(_WORDS.findall(strip_tones(text).casefold().replace("ü", "u")))
