"""Obviously correct on small graphs: an edge u-v lies on a cycle iff v is still reachable from u without it."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]


def reachable(skip, u, v):
    seen, stack = {u}, [u]
    while stack:
        x = stack.pop()
        for i, (a, b) in enumerate(edges):
            if i != skip:
                for p, q in ((a, b), (b, a)):
                    if p == x and q not in seen:
                        seen.add(q)
                        stack.append(q)
    return v in seen


print("YES" if any(reachable(i, u, v) for i, (u, v) in enumerate(edges)) else "NO")
