"""Wrong: a tie goes to the label seen first, not to the alphabetically smallest one."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
count = {}
for w in data[1:1 + n]:
    count[w] = count.get(w, 0) + 1
best = max(count, key=lambda w: count[w])  # dicts keep insertion order: max() keeps the first seen
print(best, count[best])
