"""Obviously correct: for every element, add every update that covers it."""
import sys

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
a = [int(v) for v in data[2:2 + n]]
ups = [tuple(int(v) for v in data[2 + n + 3 * j: 5 + n + 3 * j]) for j in range(q)]
print(" ".join(str(a[i] + sum(x for l, r, x in ups if l <= i + 1 <= r)) for i in range(n)))
