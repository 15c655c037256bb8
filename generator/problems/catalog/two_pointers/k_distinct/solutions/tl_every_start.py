"""Too slow: from every start, extend while at most K distinct letters are seen: O(N * answer), quadratic when
long blocks qualify."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
s = data[2][:n]
best = 0
for left in range(n):
    seen = [False] * 256
    distinct = 0
    right = left
    while right < n:
        c = s[right]
        if not seen[c]:
            if distinct == k:
                break
            seen[c] = True
            distinct += 1
        right += 1
    if right - left > best:
        best = right - left
print(best)
