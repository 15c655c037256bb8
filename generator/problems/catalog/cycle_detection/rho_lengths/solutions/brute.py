"""Obviously correct: follow the walk from every vertex, remembering what was seen, until a vertex repeats."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
f = [0] + [int(x) for x in data[1:n + 1]]
out = []
for s in range(1, n + 1):
    seen, x = set(), s
    while x not in seen:
        seen.add(x)
        x = f[x]
    out.append(len(seen))
print(" ".join(map(str, out)))
