"""Checker (Kattis output validator) for lis.show_one:
python checker.py input_file answer_file feedback_dir < contestant_output; exit 42 accept, 43 reject.

The optimal length is computed here (patience sorting), not taken from the jury; a jury answer of another length is
a jury defect (exit 1). The contestant must print that length and then that many values that strictly increase
and occur in A in this order (matched greedily, which finds a match whenever one exists)."""
import re
import sys
from bisect import bisect_left

INTEGER = re.compile(r"-?[0-9]{1,12}")


def reject(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


def main():
    data = open(sys.argv[1]).read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    tails = []
    for x in a:
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    best = len(tails)
    jury = open(sys.argv[2]).read().split()
    if not jury or jury[0] != str(best):
        print("jury length differs from the optimum", file=sys.stderr)
        sys.exit(1)

    tokens = sys.stdin.read().split()
    if not tokens:
        reject("empty output")
    if not all(INTEGER.fullmatch(t) for t in tokens):
        reject("output must consist of integers")
    values = [int(t) for t in tokens]
    if values[0] != best:
        reject(f"length {values[0]} is not the longest ({best})")
    chosen = values[1:]
    if len(chosen) != best:
        reject(f"expected {best} values after the length, got {len(chosen)}")
    for left, right in zip(chosen, chosen[1:]):
        if not left < right:
            reject(f"{left} followed by {right} does not strictly increase")
    position = 0
    for v in chosen:
        while position < n and a[position] != v:
            position += 1
        if position == n:
            reject(f"the values are not a subsequence of A (from {v} on)")
        position += 1
    sys.exit(42)


main()
