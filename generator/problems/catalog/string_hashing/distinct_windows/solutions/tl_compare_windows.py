"""Too slow: a window is new unless it equals an earlier window; every window is compared with every earlier
distinct window (quadratic, and each comparison costs up to K)."""
import sys

data = sys.stdin.read().split()
k, s = int(data[1]), data[2]
distinct = []
for i in range(len(s) - k + 1):
    if not any(s.startswith(s[j:j + k], i) for j in distinct):
        distinct.append(i)
print(len(distinct))
