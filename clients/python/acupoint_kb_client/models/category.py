from typing import Literal

Category = Literal[
    "back-shu",
    "eight-confluent",
    "eight-influential",
    "four-command",
    "front-mu",
    "he-sea",
    "jing-river",
    "jing-well",
    "lower-he-sea",
    "luo-connecting",
    "shu-stream",
    "xi-cleft",
    "ying-spring",
    "yuan-source",
]

CATEGORY_VALUES: set[Category] = {
    "back-shu",
    "eight-confluent",
    "eight-influential",
    "four-command",
    "front-mu",
    "he-sea",
    "jing-river",
    "jing-well",
    "lower-he-sea",
    "luo-connecting",
    "shu-stream",
    "xi-cleft",
    "ying-spring",
    "yuan-source",
}


def check_category(value: str) -> Category:
    if value in CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CATEGORY_VALUES!r}")
