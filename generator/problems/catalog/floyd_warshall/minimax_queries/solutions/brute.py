"""Brute force: for each query, try the heights in increasing order and search with only the edges not higher."""
import sys

data = sys.stdin.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
edges = [(int(data[3 + 3 * e]), int(data[4 + 3 * e]), int(data[5 + 3 * e])) for e in range(m)]
heights = sorted({h for _, _, h in edges})
base = 3 + 3 * m
for t in range(q):
    a, b = int(data[base + 2 * t]), int(data[base + 2 * t + 1])
    answer = -1
    for limit in heights:
        seen, stack = {a}, [a]
        while stack:
            x = stack.pop()
            for u, v, h in edges:
                if u == x and h <= limit and v not in seen:
                    seen.add(v)
                    stack.append(v)
        if b in seen:
            answer = limit
            break
    print(answer)
