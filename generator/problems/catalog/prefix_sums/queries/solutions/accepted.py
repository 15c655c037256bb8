"""Range sums: P[i] = A_1 + ... + A_i once, then every query is P[r] - P[l-1]."""
import sys
from itertools import accumulate

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
prefix = [0] + list(accumulate(map(int, data[2:2 + n])))
qs = list(map(int, data[2 + n:2 + n + 2 * q]))
sys.stdout.write("\n".join([str(prefix[r] - prefix[l - 1]) for l, r in zip(qs[0::2], qs[1::2])]) + "\n")
