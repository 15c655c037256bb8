"""Obviously correct (tiny inputs): walk every route from 1 and collect the lengths of those ending at N."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    adj[int(data[2 + 3 * i])].append((int(data[3 + 3 * i]), int(data[4 + 3 * i])))
lengths = []


def walk(x, total):
    if x == n:
        lengths.append(total)
    for y, w in adj[x]:
        walk(y, total + w)


walk(1, 0)
if lengths:
    top = max(lengths)
    print(top, lengths.count(top) % (10 ** 9 + 7))
else:
    print(-1)
