"""Too slow: a fresh search from every '#' cell; a cell counts when it is the first cell of its cluster."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
g = "".join(data[2:2 + n])
count = 0
for s in range(n * m):
    if g[s] != "#":
        continue
    seen = {s}
    stack = [s]
    smallest = s
    while stack:
        x = stack.pop()
        smallest = min(smallest, x)
        r, c = divmod(x, m)
        for y, ok in ((x - m, r > 0), (x + m, r < n - 1), (x - 1, c > 0), (x + 1, c < m - 1)):
            if ok and g[y] == "#" and y not in seen:
                seen.add(y)
                stack.append(y)
    if smallest == s:
        count += 1
print(count)
