"""The matcher's cheap text test before a phrase's pattern (matching._contains) never changes an answer: for every
catalog, area, focus and unsupported phrase, on the routing table's prompts, it says what the compiled pattern says.
(It exists so that a cold start's first prompt does not compile thousands of patterns.)"""
from __future__ import annotations

import random

from generator.problems import matching
from generator.problems.catalog import areas, focuses, topics
from tests.unit.test_routing import HELDOUT


def test_the_text_test_before_a_pattern_agrees_with_the_pattern() -> None:
    phrases = sorted({k for t in (*topics(), *areas(), *focuses()) for k in t.keywords}
                     | {k for u in matching.unsupported_techniques() for k in u.keywords})
    prompts = random.Random(7).sample([row[0] for row in HELDOUT], min(120, len(HELDOUT)))
    prompts += ["위상정렬 3문제", "위상 정 렬", "dfs bfs 둘다", "백준 1753번", "0-1 bfs", "union_find 쉬움", "라빈-카프"]
    hits = 0
    for prompt in prompts:
        padded = matching.normalise(prompt)
        for phrase in phrases:
            expected = matching._pattern_hit(padded, phrase.lower())
            assert matching._contains(padded, phrase) == expected, (prompt, phrase)
            hits += expected
    assert hits > len(prompts)  # the prompts do name things: the agreement is not all "no"
