"""Too slow: rescans every meeting for each pick, O(N * answer)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
s = list(map(int, data[1:1 + 2 * n:2]))
e = list(map(int, data[2:2 + 2 * n:2]))
used = [False] * n
free_at, count = 0, 0
while True:
    best = -1
    for i in range(n):
        if not used[i] and s[i] >= free_at and (best < 0 or (e[i], s[i]) < (e[best], s[best])):
            best = i
    if best < 0:
        break
    used[best] = True
    free_at = e[best]
    count += 1
print(count)
