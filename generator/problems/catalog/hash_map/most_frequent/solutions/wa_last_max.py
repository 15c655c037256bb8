"""Wrong: a tie goes to the alphabetically largest label."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
count = {}
for w in data[1:1 + n]:
    count[w] = count.get(w, 0) + 1
best = max(count, key=lambda w: (count[w], w))
print(best, count[best])
