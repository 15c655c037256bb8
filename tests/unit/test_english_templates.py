"""English templates that put a theme's word into a sentence must read right under every English theme of the task.

* Plurals made by appending "s" to a slot ("their {value}s"): every theme's word must take a plain "s" (not mass ->
  "masss", bonus -> "bonuss", box -> "boxs", city -> "citys"). The tenth blind-solving audit found five tasks that
  printed such words; a theme carrying its own plural ({values}) is the fix.
* An article written before a slot ("a {item}", "An {item}"): "an sauce" (two_pointers.closest_to_zero, found blind)
  or "a apple" read as a typo. A slot whose themes start with both sounds takes the article from a filter
  ({item|a}), which this leaves alone."""
from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

from generator.problems.catalog import CATALOG_DIR

SLOT_PLUS_S = re.compile(r"\{(?P<slot>\w+)(?:\|[^}]*)?\}s\b")
NEEDS_ES_OR_IES = re.compile(r"(?:s|x|z|ch|sh|[^aeiou]y)$")
ARTICLE_SLOT = re.compile(r"\b(?P<article>[Aa]n?) \{(?P<slot>\w+)\}")
# Words whose first letter is a vowel but whose sound is not (a unit, a one-way road), and the reverse (an hour).
CONSONANT_SOUND = re.compile(r"^(?:uni|use|usu|uti|eu|one\b|once\b|ur[aeiou])", re.IGNORECASE)
VOWEL_SOUND = re.compile(r"^(?:hour|honest|honou?r|heir)", re.IGNORECASE)


def _templates(task: Path) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(task.glob("*.en.md"))]
    if (task / "task.toml").exists():
        texts.append((task / "task.toml").read_text(encoding="utf-8"))
    return "\n".join(texts)


def theme_words(pattern: re.Pattern[str]) -> Iterator[tuple[str, str, tuple[str, ...], str]]:
    """(task id, theme, the use's groups, that theme's English word for the use's slot) for every distinct use of
    `pattern` (with a group named "slot") in each task's English templates, under each theme that gives the slot a
    word."""
    for themes_file in sorted(CATALOG_DIR.glob("*/*/themes.toml")):
        task = themes_file.parent
        uses = sorted({(match.groups(), match.group("slot")) for match in pattern.finditer(_templates(task))})
        if not uses:
            continue
        for theme, languages in tomllib.loads(themes_file.read_text(encoding="utf-8")).items():
            english = languages.get("en", {}) if isinstance(languages, dict) else {}
            for groups, slot in uses:
                word = english.get(slot)
                if isinstance(word, str) and word.strip():
                    yield f"{task.parent.name}.{task.name}", theme, groups, word.strip()


def starts_with_vowel_sound(word: str) -> bool:
    word = word.strip()
    if VOWEL_SOUND.match(word):
        return True
    if CONSONANT_SOUND.match(word):
        return False
    return word[:1].lower() in "aeiou"


def test_no_english_template_adds_s_to_a_theme_word_that_needs_es_or_ies() -> None:
    found = [f"{task} theme {theme}: {{{slot}}}s makes {word}s"
             for task, theme, (slot,), word in theme_words(SLOT_PLUS_S) if NEEDS_ES_OR_IES.search(word)]
    assert not found, "\n".join(found)


def test_every_article_before_a_theme_word_fits_every_theme() -> None:
    found = [f"{task} theme {theme}: '{article} {{{slot}}}' makes '{article} {word}'"
             for task, theme, (article, slot), word in theme_words(ARTICLE_SLOT)
             if starts_with_vowel_sound(word) != (article.lower() == "an")]
    assert not found, "\n".join(found)


def test_the_sound_rule_knows_the_usual_exceptions() -> None:
    assert [starts_with_vowel_sound(w) for w in ("apple", "sauce", "unit", "one-way road", "hour", "island", "user",
                                                 "umbrella", "hill")] == [True, False, False, False, True, True, False,
                                                                          True, False]
