"""The skill vocabulary: the `ambiguous` mark, and skills read as a person means them."""

from __future__ import annotations

import pytest

from ecomcareer import loader
from ecomcareer.errors import DataError
from tests.conftest import MINIMAL


def problems(text: str) -> list[str]:
    with pytest.raises(DataError) as info:
        loader.loads(text, "roles.yaml")
    return info.value.lines()


def test_ambiguous_words_are_kept_as_written() -> None:
    text = MINIMAL.replace(
        "{id: excel, name: Microsoft Excel, category: data, aliases: [ms excel]}",
        "{id: excel, name: Microsoft Excel, category: data, aliases: [ms excel, excel], ambiguous: [Excel]}",
    )
    kb = loader.loads(text)
    assert kb.skill_by_id["excel"].ambiguous == ("Excel",)
    assert kb.skill_by_id["sql"].ambiguous == ()


@pytest.mark.parametrize("word", ["excel", "EXCEL", "ms  excel", "Microsoft Excel"])
def test_ambiguous_may_name_the_id_the_name_or_an_alias(word: str) -> None:
    text = MINIMAL.replace("aliases: [ms excel]}", f"aliases: [ms excel], ambiguous: ['{word}']}}")
    assert loader.loads(text).skill_by_id["excel"].ambiguous == (word,)


def test_ambiguous_word_that_is_not_the_skills_own_is_refused_with_its_line() -> None:
    text = MINIMAL.replace("aliases: [ms excel]}", "aliases: [ms excel], ambiguous: [ms excel, sheets]}")
    assert problems(text) == [
        "roles.yaml:4:99: skills[1].ambiguous[1]: 'sheets' is not the id, name or an alias of skill "
        "'excel'; 'ambiguous' marks some of the skill's own words"
    ]


def test_ambiguous_word_of_another_skill_is_refused() -> None:
    text = MINIMAL.replace("aliases: [ms excel]}", "aliases: [ms excel], ambiguous: [sql]}")
    [problem] = problems(text)
    assert "skills[1].ambiguous[0]: 'sql' is not the id, name or an alias of skill 'excel'" in problem


def test_ambiguous_must_be_a_list_of_text() -> None:
    [problem] = problems(MINIMAL.replace("aliases: [ms excel]}", "aliases: [ms excel], ambiguous: excel}"))
    assert "skills[1].ambiguous: expected a list, got text ('excel')" in problem
