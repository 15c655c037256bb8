"""Too slow at N = 2*10^5: the ending and starting lengths by the O(N^2) DP."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
ending = [1] * n
for i in range(n):
    for j in range(i):
        if a[j] < a[i] and ending[j] + 1 > ending[i]:
            ending[i] = ending[j] + 1
starting = [1] * n
for i in range(n - 1, -1, -1):
    for j in range(i + 1, n):
        if a[j] > a[i] and starting[j] + 1 > starting[i]:
            starting[i] = starting[j] + 1
best = max(ending)
used = [i + 1 for i in range(n) if ending[i] + starting[i] - 1 == best]
print(len(used))
print(" ".join(map(str, used)))
