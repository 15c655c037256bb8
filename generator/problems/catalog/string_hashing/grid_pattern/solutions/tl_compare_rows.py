"""Too slow: at every position compares the block row by row (fast slice comparisons, stopping at the first
differing row): O((N - P + 1)(M - Q + 1) * P) row comparisons when almost every row matches."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
text = data[2:2 + n]
p, q = int(data[2 + n]), int(data[3 + n])
block = data[4 + n:4 + n + p]
count = 0
for i in range(n - p + 1):
    for j in range(m - q + 1):
        r = 0
        while r < p and text[i + r][j:j + q] == block[r]:
            r += 1
        if r == p:
            count += 1
print(count)
