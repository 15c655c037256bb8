"""Too slow: for every alignment of B against A, the longest run of equal letters; O(N * M) in all."""
import sys

data = sys.stdin.read().split()
a, b = data[2], data[3]
best = 0
for shift in range(-(len(b) - 1), len(a)):
    x = a[shift:] if shift >= 0 else a
    y = b if shift >= 0 else b[-shift:]
    run = 0
    for p, q in zip(x, y):
        if p == q:
            run += 1
            if run > best:
                best = run
        else:
            run = 0
print(best)
