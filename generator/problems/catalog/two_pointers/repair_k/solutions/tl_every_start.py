"""Too slow: from every start, extend until a (K+1)-th zero appears: O(N^2) when K is large."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
s = data[2]
zero = ord("0")
best = 0
for left in range(n):
    zeros = 0
    right = left
    while right < n:
        if s[right] == zero:
            zeros += 1
            if zeros > k:
                break
        right += 1
    if right - left > best:
        best = right - left
print(best)
