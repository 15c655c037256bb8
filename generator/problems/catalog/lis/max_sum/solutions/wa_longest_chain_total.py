"""Wrong: takes a longest increasing chain (the first one found) and prints its total, not the heaviest chain."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
length = [1] * n
total = a[:]
for i in range(n):
    for j in range(i):
        if a[j] < a[i] and length[j] + 1 > length[i]:
            length[i], total[i] = length[j] + 1, total[j] + a[i]
best = max(range(n), key=lambda i: (length[i], -i))
print(total[best])
