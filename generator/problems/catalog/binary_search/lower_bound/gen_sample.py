"""binary_search.lower_bound: the samples (testlib style): python gen_sample.py SEED sample [key=value ...] prints one
input.

The shared gen.py's sample drew 1 to 5 questions, and at seed 5 both samples held a single question whose answer was
2, so a program printing 2 passed them and neither showed a repeated value or the answer N + 1. This draws 6-8 sorted
values from 1..20 with one value repeated three times and asks 5 distinct questions: that repeated value (the answer is
its first position), a value between two entries, one at most the smallest (answer 1), one above the largest
(answer N + 1) and one more value from the list, in a random order.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
assert mode == "sample", mode
rng = random.Random(seed)

while True:
    n = rng.randint(6, 8)
    rep = rng.randint(4, 16)
    a = sorted([rep] * 3 + [rng.randint(2, 19) for _ in range(n - 3)])
    values = set(a)
    gaps = [x for x in range(a[0] + 1, a[-1]) if x not in values]
    others = sorted(values - {rep, a[0], a[-1]})
    if not gaps or not others:
        continue
    xs = [rep, rng.choice(gaps), rng.randint(1, a[0]), rng.randint(a[-1] + 1, 20), rng.choice(others)]
    if len(set(xs)) == 5:
        break
rng.shuffle(xs)
print(f"{n} {len(xs)}")
print(" ".join(map(str, a)))
print(" ".join(map(str, xs)))
