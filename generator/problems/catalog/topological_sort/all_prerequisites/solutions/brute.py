"""Obviously correct: start from {X} and keep adding u for every pair u v whose v is already in the set, until
nothing changes; X itself is not reported."""
import sys

data = sys.stdin.read().split()
n, m, x = int(data[0]), int(data[1]), int(data[2])
edges = [(int(data[3 + 2 * i]), int(data[4 + 2 * i])) for i in range(m)]
have = {x}
changed = True
while changed:
    changed = False
    for u, v in edges:
        if v in have and u not in have:
            have.add(u)
            changed = True
items = sorted(have - {x})
print(len(items), *items)
