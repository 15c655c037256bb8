"""Checker (Kattis output validator) for knapsack.balanced_split:
python checker.py input_file answer_file feedback_dir < contestant_output; exit 42 accept, 43 reject.

The smallest difference is computed here (every reachable subset sum as the bits of one integer), not read from
the jury: the printed difference must equal it, and the printed group (distinct indices 1..N, either side) must
achieve it. A jury difference that disagrees is a jury defect (exit 1, a judge error)."""
import re
import sys

INTEGER = re.compile(r"-?[0-9]{1,12}")


def reject(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


def main():
    data = open(sys.argv[1]).read().split()
    n = int(data[0])
    values = [int(t) for t in data[1:1 + n]]
    total = sum(values)
    reach = 1
    for a in values:
        reach |= reach << a
    best = min(abs(total - 2 * s) for s in range(total + 1) if reach >> s & 1)
    jury = open(sys.argv[2]).read().split()
    if not jury or jury[0] != str(best):
        print(f"jury difference {jury[:1]} differs from the optimum {best}", file=sys.stderr)
        sys.exit(1)

    tokens = sys.stdin.read().split()
    if not tokens:
        reject("empty output")
    if not all(INTEGER.fullmatch(t) for t in tokens):
        reject("output must consist of integers")
    numbers = [int(t) for t in tokens]
    if numbers[0] != best:
        reject(f"printed difference {numbers[0]}, the smallest difference is {best}")
    if len(numbers) < 2:
        reject("the size of the group is missing")
    k = numbers[1]
    if not 0 <= k <= n:
        reject(f"group size {k} out of range")
    if len(numbers) != 2 + k:
        reject(f"expected {k} indices after the group size, got {len(numbers) - 2}")
    group = numbers[2:]
    if any(not 1 <= i <= n for i in group):
        reject("an index is out of range")
    if len(set(group)) != k:
        reject("an index appears twice")
    side = sum(values[i - 1] for i in group)
    if abs(total - 2 * side) != best:
        reject(f"the printed group gives difference {abs(total - 2 * side)}, not {best}")
    sys.exit(42)


main()
