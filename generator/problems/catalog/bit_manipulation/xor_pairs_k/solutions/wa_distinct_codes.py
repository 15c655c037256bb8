"""Wrong: looks only at distinct codes, so duplicates (several locks with one code) are counted once."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
codes = set(map(int, data[2:2 + n]))
print(sum(1 for x in codes if (x ^ k) in codes and x < (x ^ k)))
