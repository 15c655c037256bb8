"""lis.count: the second sample (testlib style): python gen_sample.py SEED sample [key=value ...] prints one input.

The shared gen.py's random samples drew distinct values for seed 5 and both samples answered `3 2`, so a reader
never saw that equal values at different positions make different subsequences. This draws 7 to 9 values from
1..6 and redraws until there are at least 3 longest strictly increasing subsequences and counting them by
positions gives more than counting their distinct value lists, and more than counting the positions that end
one (so counting ends instead of subsequences fails it too).
"""
import random
import sys
from itertools import combinations

seed, mode = int(sys.argv[1]), sys.argv[2]
assert mode == "sample", mode
rng = random.Random(seed)


def longest(values):
    """(length, subsequences by positions, distinct value lists, distinct last positions) by brute force over all
    position sets."""
    for size in range(len(values), 0, -1):
        picks = [c for c in combinations(range(len(values)), size)
                 if all(values[a] < values[b] for a, b in zip(c, c[1:]))]
        if picks:
            return size, len(picks), len({tuple(values[i] for i in c) for c in picks}), len({c[-1] for c in picks})
    return 0, 0, 0, 0


while True:
    values = [rng.randint(1, 6) for _ in range(rng.randint(7, 9))]
    size, by_position, by_value, ends = longest(values)
    if size >= 3 and by_position >= 3 and by_position > by_value and by_position != ends:
        break
print(len(values))
print(" ".join(map(str, values)))
