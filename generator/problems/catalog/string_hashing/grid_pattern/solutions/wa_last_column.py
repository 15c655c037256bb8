"""WRONG: the window loop stops one column early (range(len(row) - q)), so blocks touching the right edge are
never counted."""
import random
import sys

MOD = (1 << 61) - 1
data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
text = data[2:2 + n]
p, q = int(data[2 + n]), int(data[3 + n])
block = data[4 + n:4 + n + p]
rng = random.SystemRandom()
base_col, base_row = rng.randrange(1 << 20, MOD - 1), rng.randrange(1 << 20, MOD - 1)
col_q = pow(base_col, q, MOD)
row_p = pow(base_row, p, MOD)


def window_hashes(row):
    pre = [0]
    h = 0
    for byte in row:
        h = (h * base_col + byte) % MOD
        pre.append(h)
    return [(pre[j + q] - pre[j] * col_q) % MOD for j in range(max(1, len(row) - q))]


target = 0
for row in block:
    target = (target * base_row + window_hashes(row)[0]) % MOD
windows = [window_hashes(row) for row in text]
count = 0
column = [0] * len(windows[0])
for i in range(n):
    new = windows[i]
    if i >= p:
        old = windows[i - p]
        column = [(c * base_row - o * row_p + w) % MOD for c, o, w in zip(column, old, new)]
    else:
        column = [(c * base_row + w) % MOD for c, w in zip(column, new)]
    if i >= p - 1:
        count += column.count(target)
print(count)
