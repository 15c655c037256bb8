"""Obviously correct for small N: lists every sequence of lengths 1, 2, 3 that adds up to N, one by one."""
import sys


def fillings(left):
    if left == 0:
        yield ()
    for piece in (1, 2, 3):
        if piece <= left:
            for rest in fillings(left - piece):
                yield (piece,) + rest


data = sys.stdin.read().split()
t = int(data[0])
for k in range(1, t + 1):
    n = int(data[k])
    print(sum(1 for _ in fillings(n)) % 1_000_000_007)
