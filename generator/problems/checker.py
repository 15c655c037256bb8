"""Output comparison used by the gate (and by anyone judging submissions against the artifact)."""
from __future__ import annotations

import math

from generator.problems.schema import Checker, CheckerType

# Whitespace as the exported package's judge has it (Kattis's default output validator: C's isspace, which is what
# bytes.split() splits on), not str.split()'s, which also takes NBSP, U+3000, U+001C-U+001F, U+0085 and U+2028 for it:
# a reference printing "3\u00a04" agreed with a brute force printing "3 4", and its answer, published, made every
# honest "3 4" wrong on the judge. (bytes.split() is also faster than str.split() on a 10 MB output: 185 vs 237 ms.)
_SPACE = " \t\n\r\x0b\x0c"


def _tokens(text: str) -> list[bytes]:
    return text.encode("utf-8", "surrogatepass").split()


def outputs_match(checker: Checker, expected: str, actual: str) -> bool:
    if checker.type is CheckerType.exact:
        return _normalise_lines(expected) == _normalise_lines(actual)
    want, got = _tokens(expected), _tokens(actual)
    if checker.type is CheckerType.tokens:
        return want == got
    if len(want) != len(got):
        return False
    eps = checker.epsilon if checker.epsilon is not None else 1e-6
    return all(_float_token_equal(w, g, eps) for w, g in zip(want, got))


def judge_accepts(checker: Checker, expected: str, actual: str) -> bool:
    """Whether the judge the Kattis export sets up accepts `actual` against the answer `expected`: for tokens and
    exact, problemtools' default output validator without flags (the export gives it none), which splits on ASCII
    whitespace, reads each token as a C string (up to its first NUL: "2\\0junk" is "2") and compares strings
    case-insensitively ("pass" is "PASS"); the exact checker's lines are not its business at all. A float checker is
    exported as a program that compares as `outputs_match` does. A verdict the gate publishes (a known-wrong
    solution's) must be one this judge gives too: "wrong" solutions that printed the answer in lower case, with a NUL
    after a token or on other lines were filed under wrong_answer/ and got AC from verifyproblem."""
    if checker.type is CheckerType.float_eps:
        return outputs_match(checker, expected, actual)

    def read(text: str) -> list[bytes]:
        return [token.split(b"\0", 1)[0].lower() for token in _tokens(text)]

    return read(expected) == read(actual)


def _normalise_lines(text: str) -> list[str]:
    lines = [line.rstrip(_SPACE) for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _float_token_equal(want: bytes, got: bytes, eps: float) -> bool:
    try:
        a, b = float(want), float(got)
    except ValueError:
        return want == got
    if not (math.isfinite(a) and math.isfinite(b)):
        return a == b
    return abs(a - b) <= eps * max(1.0, abs(a))
