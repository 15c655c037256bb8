"""Obviously correct: repeatedly remove the smallest remaining value of either list."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
pool = [int(v) for v in data[2:2 + n + m]]
out = []
while pool:
    smallest = min(pool)
    pool.remove(smallest)
    out.append(smallest)
print(" ".join(map(str, out)))
