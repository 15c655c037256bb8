"""Obviously correct: remember which input line each amount came from and mark erased ones, searching backwards."""
import sys

data = sys.stdin.read().split()
k = int(data[0])
xs = [int(t) for t in data[1:1 + k]]
erased = [False] * k
for i, x in enumerate(xs):
    if x == 0:
        j = max(j for j in range(i) if xs[j] != 0 and not erased[j])
        erased[j] = True
print(sum(x for i, x in enumerate(xs) if x != 0 and not erased[i]))
