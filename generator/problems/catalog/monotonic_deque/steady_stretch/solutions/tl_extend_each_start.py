"""Too slow: from every start, extend to the right with a running max and min until the stretch breaks,
O(N * answer), quadratic when long stretches are steady."""
import sys

data = sys.stdin.buffer.read().split()
n, d = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
best_len, best_start = 0, 0
for l in range(n):
    hi = lo = a[l]
    r = l
    while r + 1 < n:
        x = a[r + 1]
        hi2, lo2 = (x if x > hi else hi), (x if x < lo else lo)
        if hi2 - lo2 > d:
            break
        hi, lo, r = hi2, lo2, r + 1
    if r - l + 1 > best_len:
        best_len, best_start = r - l + 1, l
print(best_len, best_start + 1)
