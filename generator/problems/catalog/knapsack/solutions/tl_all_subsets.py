"""Too slow: try every subset of the items (2^N)."""
import sys

lines = sys.stdin.read().split("\n")
n, cap = map(int, lines[0].split())
items = []
for i in range(n):
    t = list(map(int, lines[1 + i].split()))
    items.append((t[0], t[1], t[2] if len(t) > 2 else 1))


def go(i, room):
    if i == n:
        return 0
    best = go(i + 1, room)
    w, v, _ = items[i]
    if w <= room:
        best = max(best, v + go(i + 1, room - w))
    return best


print(go(0, cap))
