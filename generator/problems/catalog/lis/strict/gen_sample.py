"""lis.strict and lis.non_decreasing: the second sample (testlib style): python gen_sample.py SEED sample [key=value ...]
prints one input.

The shared gen.py's random samples drew distinct values for seed 5 (both answered 3), so a reader never saw whether
equal values may follow each other. This draws 7 to 9 values from 1..6 and redraws until the longest strictly
increasing subsequence has at least 3 values and is shorter than the longest non-decreasing one.
"""
import random
import sys
from bisect import bisect_left, bisect_right

seed, mode = int(sys.argv[1]), sys.argv[2]
assert mode == "sample", mode
rng = random.Random(seed)


def longest(values, place):
    tails = []
    for x in values:
        k = place(tails, x)
        tails[k:k + 1] = [x]
    return len(tails)


while True:
    values = [rng.randint(1, 6) for _ in range(rng.randint(7, 9))]
    strict = longest(values, bisect_left)
    if strict >= 3 and longest(values, bisect_right) > strict:
        break
print(len(values))
print(" ".join(map(str, values)))
