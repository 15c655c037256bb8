"""Wrong: only counts windows with exactly K distinct letters (reads "at most" as "exactly")."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
s = data[2][:n]
count = [0] * 256
distinct = 0
left = 0
best = 0
for right in range(n):
    c = s[right]
    if count[c] == 0:
        distinct += 1
    count[c] += 1
    while distinct > k:
        d = s[left]
        count[d] -= 1
        if count[d] == 0:
            distinct -= 1
        left += 1
    if distinct == k and right - left + 1 > best:
        best = right - left + 1
print(best)
