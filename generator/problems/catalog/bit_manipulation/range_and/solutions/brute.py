"""Obviously correct: AND every code of the run, one after another (tiny runs only)."""
import sys

data = sys.stdin.read().split()
q = int(data[0])
out = []
for i in range(q):
    low, high = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    acc = low
    for x in range(low, high + 1):
        acc &= x
    out.append(acc)
print("\n".join(map(str, out)))
