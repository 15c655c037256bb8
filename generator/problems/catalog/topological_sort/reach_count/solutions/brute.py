"""Obviously correct: a separate search from every vertex, counting what it visits."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
answer = []
for s in range(1, n + 1):
    seen = {s}
    stack = [s]
    while stack:
        x = stack.pop()
        for u, v in edges:
            if u == x and v not in seen:
                seen.add(v)
                stack.append(v)
    answer.append(len(seen) - 1)
print(*answer)
