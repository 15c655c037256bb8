"""brute_force.operators: the first sample (testlib style): python gen_sample.py SEED sample [key=value ...].

The shared gen.py drew three numbers 1..9 and two operators at random: at some seeds both were subtractions, so
every order gives the same expression and the largest result equals the smallest (nothing shows that the order of
the operators matters). This draws three numbers and two different operators, redrawn until the two orders give
different results, so the sample's maximum and minimum differ.
"""
import itertools
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
assert mode == "sample", mode
rng = random.Random(seed)


def apply(x, op, y):
    if op == 0:
        return x + y
    if op == 1:
        return x - y
    if op == 2:
        return x * y
    return abs(x) // y * (1 if x >= 0 else -1)  # division toward zero (every number is positive here)


while True:
    a = [rng.randint(1, 9) for _ in range(3)]
    first, second = rng.sample(range(4), 2)
    results = {apply(apply(a[0], p, a[1]), q, a[2]) for p, q in itertools.permutations((first, second))}
    if len(results) == 2:
        break
counts = [0, 0, 0, 0]
counts[first] += 1
counts[second] += 1
print(3)
print(" ".join(map(str, a)))
print(" ".join(map(str, counts)))
