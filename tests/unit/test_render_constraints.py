"""The constraint lines a statement shows: an absolute value's or a length's bound starting at 0 is shown as an upper
bound alone ("|w| ≤ 10000"); "0 ≤ |w| ≤ 10^4" made a blind solver read the bound as w ≥ 0."""
from __future__ import annotations

from generator.problems.family import render_constraints
from generator.problems.schema import Constraint


def line(symbol: str, low: int, high: int) -> str:
    return render_constraints([Constraint(symbol=symbol, low=low, high=high, meaning={"en": "x"})], "en")


def test_absolute_value_from_zero_shows_only_its_upper_bound() -> None:
    assert line("|w|", 0, 10_000) == "- |w| ≤ 10000 (x)"
    assert line("|x_i|, |y_i|", 0, 10**9) == "- |x_i|, |y_i| ≤ 10^9 (x)"
    # a subscript's comma separates indices, not symbols (prefix_sums.submatrix_k showed "0 ≤ |A_{i,j}| ≤ 100")
    assert line("|A_{i,j}|", 0, 100) == "- |A_{i,j}| ≤ 100 (x)"
    assert line("|A_{i,j}|, |K|", 0, 100) == "- |A_{i,j}|, |K| ≤ 100 (x)"


def test_other_bounds_keep_both_ends() -> None:
    assert line("|S|", 1, 200_000) == "- 1 ≤ |S| ≤ 2·10^5 (x)"  # a length that cannot be empty says so
    assert line("N", 0, 10) == "- 0 ≤ N ≤ 10 (x)"
    assert line("|a| + |b|", 0, 10) == "- 0 ≤ |a| + |b| ≤ 10 (x)"  # not one bar pair: the 0 stays
    assert line("|r|, c", 0, 10) == "- 0 ≤ |r|, c ≤ 10 (x)"
    assert line("|A_{i,j}|, c", 0, 10) == "- 0 ≤ |A_{i,j}|, c ≤ 10 (x)"
