"""Reference: 2D Rabin-Karp modulo 2^61 - 1 with two independent random bases. Every length-Q window of every
row gets a polynomial hash in the column base (from prefix hashes); down each column the window hashes of P
consecutive rows are combined with the row base, rolling one row at a time. A position matches when its hash
equals the block's hash (two random bases keep the collision chance negligible)."""
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
    """Hashes of row[j:j+q] for j = 0..len(row)-q."""
    pre = [0]
    h = 0
    for byte in row:
        h = (h * base_col + byte) % MOD
        pre.append(h)
    return [(pre[j + q] - pre[j] * col_q) % MOD for j in range(len(row) - q + 1)]


target = 0
for row in block:
    target = (target * base_row + window_hashes(row)[0]) % MOD
windows = [window_hashes(row) for row in text]
count = 0
column = [0] * (m - q + 1)
for i in range(n):
    new = windows[i]
    if i >= p:  # drop row i - p from the top of every column window
        old = windows[i - p]
        column = [(c * base_row - o * row_p + w) % MOD for c, o, w in zip(column, old, new)]
    else:
        column = [(c * base_row + w) % MOD for c, w in zip(column, new)]
    if i >= p - 1:
        count += column.count(target)
print(count)
