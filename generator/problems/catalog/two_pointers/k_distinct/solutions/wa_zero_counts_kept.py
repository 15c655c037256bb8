"""Wrong: counts letters in a dict and takes len(dict) as the number of distinct letters, but never deletes a
letter whose count dropped to 0."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
s = data[2][:n]
count = {}
left = 0
best = 0
for right in range(n):
    c = s[right]
    count[c] = count.get(c, 0) + 1
    while len(count) > k and left <= right:
        d = s[left]
        count[d] -= 1
        left += 1
    if right - left + 1 > best:
        best = right - left + 1
print(best)
