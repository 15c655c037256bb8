"""Reference: sliding window with a count per kind and the number of kinds present. Extend the right end; while all
K kinds are present, record the length and drop the left end."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
c = list(map(int, data[2:2 + n]))
count = [0] * (k + 1)
present = 0
best = n + 1
left = 0
for right in range(n):
    if count[c[right]] == 0:
        present += 1
    count[c[right]] += 1
    while present == k:
        if right - left + 1 < best:
            best = right - left + 1
        count[c[left]] -= 1
        if count[c[left]] == 0:
            present -= 1
        left += 1
print(best if best <= n else -1)
