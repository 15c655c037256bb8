"""An article written before a theme word in an English template ("a {item}", "An {item}") must fit every English
theme of that task: "an sauce" (two_pointers.closest_to_zero, found blind) or "a apple" read as a typo. A slot whose
themes start with both sounds takes the article from a filter ({item|a}), which this leaves alone."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

from generator.problems.catalog import CATALOG_DIR

ARTICLE_SLOT = re.compile(r"\b([Aa]n?) \{(\w+)\}")
# Words whose first letter is a vowel but whose sound is not (a unit, a one-way road), and the reverse (an hour).
CONSONANT_SOUND = re.compile(r"^(?:uni|use|usu|uti|eu|one\b|once\b|ur[aeiou])", re.IGNORECASE)
VOWEL_SOUND = re.compile(r"^(?:hour|honest|honou?r|heir)", re.IGNORECASE)


def starts_with_vowel_sound(word: str) -> bool:
    word = word.strip()
    if VOWEL_SOUND.match(word):
        return True
    if CONSONANT_SOUND.match(word):
        return False
    return word[:1].lower() in "aeiou"


def _templates(task: Path) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(task.glob("*.en.md"))]
    if (task / "task.toml").exists():
        texts.append((task / "task.toml").read_text(encoding="utf-8"))
    return "\n".join(texts)


def test_every_article_before_a_theme_word_fits_every_theme() -> None:
    found = []
    for themes_file in sorted(CATALOG_DIR.glob("*/*/themes.toml")):
        task = themes_file.parent
        uses = set(ARTICLE_SLOT.findall(_templates(task)))
        if not uses:
            continue
        themes = tomllib.loads(themes_file.read_text(encoding="utf-8"))
        for article, slot in sorted(uses):
            for theme, languages in themes.items():
                word = languages.get("en", {}).get(slot) if isinstance(languages, dict) else None
                if not isinstance(word, str) or not word.strip():
                    continue
                wants_an = starts_with_vowel_sound(word)
                if wants_an != (article.lower() == "an"):
                    found.append(f"{task.parent.name}.{task.name} theme {theme}: '{article} {{{slot}}}' makes "
                                 f"'{article} {word.strip()}'")
    assert not found, "\n".join(found)


def test_the_sound_rule_knows_the_usual_exceptions() -> None:
    assert [starts_with_vowel_sound(w) for w in ("apple", "sauce", "unit", "one-way road", "hour", "island", "user",
                                                 "umbrella", "hill")] == [True, False, False, False, True, True, False,
                                                                          True, False]
