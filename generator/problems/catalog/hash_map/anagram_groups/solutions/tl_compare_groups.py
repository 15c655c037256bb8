"""Too slow: compares each word with one representative of every group found so far (O(N * groups * length))."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
reps, sizes = [], []
for w in data[1:1 + n]:
    s = sorted(w)
    for g, r in enumerate(reps):
        if len(r) == len(s) and r == s:
            sizes[g] += 1
            break
    else:
        reps.append(s)
        sizes.append(1)
print(len(sizes), max(sizes))
