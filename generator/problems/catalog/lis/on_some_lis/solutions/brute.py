"""Obviously correct: every strictly increasing subsequence (2^N index sets); the union of the positions of the
longest ones."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
best, used = 0, set()
for mask in range(1, 1 << n):
    idx = [i for i in range(n) if mask >> i & 1]
    if all(a[idx[t]] < a[idx[t + 1]] for t in range(len(idx) - 1)):
        if len(idx) > best:
            best, used = len(idx), set(idx)
        elif len(idx) == best:
            used |= set(idx)
print(len(used))
print(" ".join(str(i + 1) for i in sorted(used)))
