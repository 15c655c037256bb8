"""Too slow: K times, scans from the start for the first digit larger than the next one and cuts it out,
O(N·K)."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
s = data[2]
for _ in range(k):
    i = 0
    while i + 1 < len(s) and s[i] <= s[i + 1]:
        i += 1
    s = s[:i] + s[i + 1:]
print(s)
