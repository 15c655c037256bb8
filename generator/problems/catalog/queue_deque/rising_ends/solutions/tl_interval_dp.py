"""Too slow: best[l][r][s] = most numbers still takeable when a[l..r] is left and the last taken number came from
side s (s = 0: a[l - 1], s = 1: a[r + 1]); filled by growing length, O(N^2)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [0] + list(map(int, data[1:n + 1])) + [0]  # a[1..n], sentinels with value 0
# cur[l] holds (best from side 0, best from side 1) for the window a[l..l + length - 1]
cur = [(0, 0)] * (n + 2)  # length 0
for length in range(1, n + 1):
    nxt = [(0, 0)] * (n + 2)
    for l in range(1, n - length + 2):
        r = l + length - 1
        row = []
        for last in (a[l - 1], a[r + 1]):
            best = 0
            if a[l] > last:
                best = 1 + cur[l + 1][0]
            if a[r] > last:
                best = max(best, 1 + cur[l][1])
            row.append(best)
        nxt[l] = (row[0], row[1])
    cur = nxt
# at the start nothing is taken: the sentinel 0 is smaller than every number, so side 0 with a[0] = 0 works
print(cur[1][0])
