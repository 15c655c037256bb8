"""Obviously correct: every order of a_2..a_N after a_1 (small N), checked all around the circle."""
import sys
from itertools import permutations

data = list(map(int, sys.stdin.read().split()))
n, a = data[0], data[1:1 + data[0]]


def is_prime(v):
    return v > 1 and all(v % d for d in range(2, int(v ** 0.5) + 1))


print(sum(1 for rest in permutations(a[1:])
          if all(is_prime(x + y) for x, y in zip((a[0], *rest), (*rest, a[0])))))
