"""Wrong: most valuable items first."""
import sys

lines = sys.stdin.read().split("\n")
n, cap = map(int, lines[0].split())
items = []
for i in range(n):
    t = list(map(int, lines[1 + i].split()))
    items.append((t[0], t[1], t[2] if len(t) > 2 else 1))

order = sorted(items, key=lambda it: (-it[1], it[0]))
total = 0
for w, v, c in order:
    take = min(c, cap // w)
    cap -= take * w
    total += take * v
print(total)
