"""A package's explain.py receives the theme's named texts ("texts": the words the statement was filled with), so a
sample explanation speaks of villages where the statement does; it used to say 정점 (vertex) for every theme."""
from __future__ import annotations

import random
import re
from pathlib import Path

from generator.problems.catalog import all_packages, package_by_id
from generator.problems.packages import build_draft
from generator.problems.sandbox import run_many
from generator.problems.textkit import korean_ordinals


def test_a_sample_explanation_uses_the_word_of_the_drawn_theme() -> None:
    package = package_by_id("tree_dp.heights")
    words_seen: set[str] = set()
    for seed in range(12):
        draft = build_draft(package, random.Random(seed), package.spec.difficulty, "ko", with_stress=False).draft
        node = package.themes()[draft.theme]["ko"]["node"]
        sample = next(t for t in draft.tests if t.category == "sample")
        answer = run_many(draft.reference, [sample.input])[0].stdout
        assert draft.explain is not None
        text = draft.explain(sample.input, answer)
        assert f"{node} 1" in text and "정점" not in text, (draft.theme, text)
        words_seen.add(node)
        if len(words_seen) >= 2:
            break
    assert len(words_seen) >= 2, "the draws never changed the theme: the test would not show the word follows it"


# The host resolves particle marks ("3을(를)") in what explain.py prints (textkit.resolve_particles); a program
# choosing 을 or 를 itself is a copy of that rule, and the copies drifted: one forgot numbers, one ㄹ before 로,
# one printed the particle without its word ("예를 들어 을 뒤집으면"). These are the signs of such a copy: the
# Hangul syllable arithmetic, and the classes of last digits that a number read aloud ends with.
_OWN_PARTICLE_RULE = re.compile(r"0xAC00|44032|힣|[\"'](2459|036|013678|178|0369)[\"']")


def test_no_catalog_program_chooses_korean_particles_itself() -> None:
    catalog = Path(all_packages()[0].path).parent.parent
    copies = [f"{path.relative_to(catalog)}:{number}: {line.strip()}"
              for path in sorted(catalog.rglob("*.py")) if "__pycache__" not in path.parts
              for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if _OWN_PARTICLE_RULE.search(line)]
    assert not copies, "print a particle mark (3을(를), 길(으)로) and let the host choose:\n" + "\n".join(copies)


def test_a_marked_particle_reaches_the_statement_resolved_and_after_its_word() -> None:
    package = package_by_id("brute_force.coin_flip")
    draft = build_draft(package, random.Random(0), package.spec.difficulty, "ko", with_stress=False,
                        only=("sample",)).draft
    assert draft.explain is not None
    texts = [draft.explain(t.input, run_many(draft.reference, [t.input])[0].stdout)
             for t in draft.tests if t.category == "sample"]
    flipped = [re.search(r"예를 들어 (.*?)(을|를) 뒤집으면", text) for text in texts]
    assert all(flipped), texts
    for found in flipped:
        assert found is not None and re.fullmatch(r"(행|열) [0-9, ]+(, 열 [0-9, ]+)?", found.group(1)), texts
        assert found.group(2) == ("를" if found.group(1)[-1] in "2459" else "을"), texts
    assert not any("(를)" in text or "(가)" in text for text in texts), texts


# Korean ordinals likewise: a program prints the position in digits ("3번째") and the host spells 1-10 out
# (textkit.korean_ordinals: "세 번째"), so no explain.py needs a table of the native numerals.
def test_a_printed_ordinal_reaches_the_statement_spelled_out() -> None:
    package = package_by_id("stack.remove_k_digits")  # "1번째, 3번째, ... 숫자를 지우면": one ordinal per erased digit
    draft = build_draft(package, random.Random(0), package.spec.difficulty, "ko", with_stress=False,
                        only=("sample",)).draft
    assert draft.explain is not None
    texts = [draft.explain(t.input, run_many(draft.reference, [t.input])[0].stdout)
             for t in draft.tests if t.category == "sample"]
    assert any(re.search(r"(첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열) 번째", text) for text in texts), texts
    assert all(korean_ordinals(text) == text for text in texts), texts  # nothing left for the host to spell
