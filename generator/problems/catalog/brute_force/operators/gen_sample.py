"""brute_force.operators: the first sample (testlib style): python gen_sample.py SEED sample [key=value ...].

The shared gen.py drew three numbers 1..9 and two operators at random: at some seeds both were subtractions, so
every order gives the same expression and the largest result equals the smallest (nothing shows that the order of
the operators matters). This draws four numbers and three operators, among them a subtraction and a division,
redrawn until the sample's maximum and minimum differ and one of them divides a negative value.
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
    return abs(x) // y * (1 if x >= 0 else -1)  # division toward zero (the divisor is a positive number)


def floored(x, op, y):
    return x // y if op == 3 else apply(x, op, y)  # Python's // rounds down: -5 // 3 is -2, not -1


def extremes(a, ops, step):
    results = set()
    for order in set(itertools.permutations(ops)):
        value = a[0]
        for op, x in zip(order, a[1:]):
            value = step(value, op, x)
        results.add(value)
    return max(results), min(results)


# Four numbers, a subtraction, a division and one more operator; redrawn until the largest and smallest results
# differ, and until dividing a negative value rounds toward zero in one of them where rounding down
# (wa_floor_division) gives another: the rule the statement spells out is then shown, not only stated.
while True:
    a = [rng.randint(1, 9) for _ in range(4)]
    ops = [1, 3, rng.randrange(4)]
    best = extremes(a, ops, apply)
    if best[0] != best[1] and best != extremes(a, ops, floored):
        break
counts = [ops.count(op) for op in range(4)]
print(4)
print(" ".join(map(str, a)))
print(" ".join(map(str, counts)))
