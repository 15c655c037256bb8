"""Obviously correct: for every distinct label, count it by scanning the whole list."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
words = data[1:1 + n]
best, best_count = None, 0
for w in sorted(set(words)):
    c = sum(1 for x in words if x == w)
    if c > best_count:
        best, best_count = w, c
print(best, best_count)
