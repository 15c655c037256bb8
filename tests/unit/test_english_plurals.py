"""English plurals that a template makes by appending "s" to a theme's word ("their {value}s"): every English theme
of that task must give a word that takes a plain "s" (not mass -> "masss", bonus -> "bonuss", box -> "boxs",
city -> "citys"). The tenth blind-solving audit found five tasks that printed such words; a theme carrying its own
plural ({values}) is the fix."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

from generator.problems.catalog import CATALOG_DIR

SLOT_PLUS_S = re.compile(r"\{(\w+)(?:\|[^}]*)?\}s\b")
NEEDS_ES_OR_IES = re.compile(r"(?:s|x|z|ch|sh|[^aeiou]y)$")


def _templates(task: Path) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(task.glob("*.en.md"))]
    toml = task / "task.toml"
    if toml.exists():
        texts.append(toml.read_text(encoding="utf-8"))
    return "\n".join(texts)


def test_no_english_template_adds_s_to_a_theme_word_that_needs_es_or_ies() -> None:
    found = []
    for themes_file in sorted(CATALOG_DIR.glob("*/*/themes.toml")):
        task = themes_file.parent
        slots = set(SLOT_PLUS_S.findall(_templates(task)))
        if not slots:
            continue
        for theme, languages in tomllib.loads(themes_file.read_text(encoding="utf-8")).items():
            english = languages.get("en", {}) if isinstance(languages, dict) else {}
            for slot in slots:
                word = english.get(slot)
                if isinstance(word, str) and NEEDS_ES_OR_IES.search(word.strip()):
                    found.append(f"{task.parent.name}.{task.name} theme {theme}: {{{slot}}}s makes {word.strip()}s")
    assert not found, "\n".join(found)
