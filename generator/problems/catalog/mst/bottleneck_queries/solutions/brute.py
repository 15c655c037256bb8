"""Obviously correct on tiny inputs: for each query try every edge weight as a limit, in increasing order, and
search for a path that uses only edges within the limit; the first limit that works is the answer."""
import sys

data = sys.stdin.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
edges = [(int(data[3 + 3 * i]), int(data[4 + 3 * i]), int(data[5 + 3 * i])) for i in range(m)]
base = 3 + 3 * m


def reaches(s, t, limit):
    seen, stack = {s}, [s]
    while stack:
        x = stack.pop()
        for u, v, w in edges:
            if w <= limit:
                for a, b in ((u, v), (v, u)):
                    if a == x and b not in seen:
                        seen.add(b)
                        stack.append(b)
    return t in seen


for i in range(q):
    s, t = int(data[base + 2 * i]), int(data[base + 2 * i + 1])
    if s == t:
        print(0)
        continue
    print(next((limit for limit in sorted({w for _, _, w in edges}) if reaches(s, t, limit)), -1))
