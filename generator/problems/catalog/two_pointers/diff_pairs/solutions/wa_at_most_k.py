"""Wrong: counts every pair whose gap is at most K (the window i..j with a[j] - a[i] <= K), not exactly K."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
count = 0
i = 0
for j in range(n):
    while a[j] - a[i] > k:
        i += 1
    count += j - i
print(count)
