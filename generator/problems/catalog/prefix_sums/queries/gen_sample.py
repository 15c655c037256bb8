"""queries: the samples (testlib style): python gen_sample.py SEED sample prints one input.

The shared gen.py's random sample could be tiny and repetitive (seed 5: N = 3 with the questions 1 2, 1 2, 1 1,
1 1, and N = 1 with 1 1 five times), so every question started at 1 and a program ignoring l (printing
A_1 + ... + A_r) passed both samples. This draws 5 to 7 values in -9..9 (both signs) and 4 or 5 distinct
questions, redrawn until some question starts after 1 and is longer than one number, and the answers differ
from A_1 + ... + A_r, from A_l + ... + A_{r-1}, from A_{l+1} + ... + A_r and from A_l alone on some question.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
assert mode == "sample", mode
rng = random.Random(seed)
while True:
    n = rng.randint(5, 7)
    a = [rng.randint(-9, 9) for _ in range(n)]
    qs = set()
    want = rng.randint(4, 5)
    while len(qs) < want:
        l, r = sorted(rng.randint(1, n) for _ in range(2))
        qs.add((l, r))
    qs = list(qs)
    rng.shuffle(qs)
    p = [0]
    for x in a:
        p.append(p[-1] + x)
    ans = [p[r] - p[l - 1] for l, r in qs]
    wrong = [[p[r] for l, r in qs], [p[r - 1] - p[l - 1] for l, r in qs], [p[r] - p[l] for l, r in qs],
             [a[l - 1] for l, r in qs]]
    if (any(x > 0 for x in a) and any(x < 0 for x in a) and any(1 < l < r for l, r in qs)
            and all(w != ans for w in wrong)):
        break
sys.stdout.write(f"{n} {len(qs)}\n" + " ".join(map(str, a)) + "\n" + "".join(f"{l} {r}\n" for l, r in qs))
