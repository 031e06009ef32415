"""Which spellings hold a text, and which the text holds: the same as asking each one."""

from hypothesis import given
from hypothesis import strategies as st

from app.text.containment import Containment

LETTERS = st.text(alphabet="abcnz足三", min_size=1, max_size=8)


def test_spellings_that_hold_the_text_and_that_it_holds() -> None:
    containment = Containment(["zusanli", "sanli", "li", "sanyinjiao"], min_held_length=4)
    assert containment.holding("sanli") == ["zusanli", "sanli"]
    assert containment.holding("an") == ["zusanli", "sanli", "sanyinjiao"]
    assert containment.held_by("zusanli12") == ["zusanli", "sanli"]  # "li" is too short
    assert containment.holding("") == []
    assert containment.holding("li\x00sa") == []


@given(st.lists(LETTERS, unique=True, max_size=30), st.text(alphabet="abcnz足三", max_size=12))
def test_the_indexes_agree_with_asking_every_spelling(forms: list[str], text: str) -> None:
    containment = Containment(forms, min_held_length=3)
    assert containment.holding(text) == ([form for form in forms if text in form] if text else [])
    assert containment.held_by(text) == [form for form in forms if len(form) >= 3 and form in text]
