"""Wrong: lowers a kind's count when the left end leaves but never lowers the number of kinds present, so a kind
that left the window is still counted as covered."""
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
    while present == k and left <= right:
        if right - left + 1 < best:
            best = right - left + 1
        count[c[left]] -= 1
        left += 1
print(best if best <= n else -1)
