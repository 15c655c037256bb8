"""Output comparison used by the gate (and by anyone judging submissions against the artifact)."""
from __future__ import annotations

import math

from generator.problems.schema import Checker, CheckerType


def outputs_match(checker: Checker, expected: str, actual: str) -> bool:
    if checker.type is CheckerType.exact:
        return _normalise_lines(expected) == _normalise_lines(actual)
    want, got = expected.split(), actual.split()
    if checker.type is CheckerType.tokens:
        return want == got
    if len(want) != len(got):
        return False
    eps = checker.epsilon if checker.epsilon is not None else 1e-6
    return all(_float_token_equal(w, g, eps) for w, g in zip(want, got))


def _normalise_lines(text: str) -> list[str]:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _float_token_equal(want: str, got: str, eps: float) -> bool:
    try:
        a, b = float(want), float(got)
    except ValueError:
        return want == got
    if not (math.isfinite(a) and math.isfinite(b)):
        return a == b
    return abs(a - b) <= eps * max(1.0, abs(a))
