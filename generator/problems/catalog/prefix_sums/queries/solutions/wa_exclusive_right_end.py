"""Wrong: the right end is treated as exclusive (A_l .. A_(r-1))."""
import sys
from itertools import accumulate

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
prefix = [0] + list(accumulate(map(int, data[2:2 + n])))
qs = list(map(int, data[2 + n:2 + n + 2 * q]))
sys.stdout.write("\n".join([str(prefix[r - 1] - prefix[l - 1]) for l, r in zip(qs[0::2], qs[1::2])]) + "\n")
