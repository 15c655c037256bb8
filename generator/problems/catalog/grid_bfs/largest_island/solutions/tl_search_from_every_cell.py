"""Too slow: a fresh search from every '#' cell measures the size of its cluster again and again."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
g = "".join(data[2:2 + n])
best = 0
for s in range(n * m):
    if g[s] != "#":
        continue
    seen = {s}
    stack = [s]
    while stack:
        x = stack.pop()
        r, c = divmod(x, m)
        for y, ok in ((x - m, r > 0), (x + m, r < n - 1), (x - 1, c > 0), (x + 1, c < m - 1)):
            if ok and g[y] == "#" and y not in seen:
                seen.add(y)
                stack.append(y)
    best = max(best, len(seen))
print(best)
