"""Wrong: equal values may follow each other (non-strict)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
length, prev = [1] * n, [-1] * n
for i in range(n):
    ai, best, back = a[i], 0, -1
    for j in range(i):
        if a[j] <= ai and length[j] > best:
            best, back = length[j], j
    length[i], prev[i] = best + 1, back
i = max(range(n), key=length.__getitem__)
chosen = []
while i >= 0:
    chosen.append(a[i])
    i = prev[i]
chosen.reverse()
print(len(chosen))
print(" ".join(map(str, chosen)))
