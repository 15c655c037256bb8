"""Wrong: a tie goes to the shortest label and only then to the alphabetically first, so "zr" beats "muffq"."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
count = {}
for w in data[1:1 + n]:
    count[w] = count.get(w, 0) + 1
best = min(count, key=lambda w: (-count[w], len(w), w))
print(best, count[best])
