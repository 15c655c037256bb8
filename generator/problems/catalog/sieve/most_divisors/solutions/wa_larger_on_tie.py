import sys
from bisect import bisect_right

data = sys.stdin.buffer.read().split()
q = int(data[0])
ns = list(map(int, data[1:1 + q]))
m = max(ns)
# count[k] = number of divisors of k; it stays below 256 for k <= 10^6, so one byte per number is enough
count = bytearray([2]) * (m + 1)  # every k >= 2 is divided by 1 and by itself
count[0], count[1] = 0, 1
plus_one = bytes(range(1, 256)) + b"\0"
for d in range(2, m // 2 + 1):  # d also divides 2d, 3d, ...: add 1 to each of those at C speed
    count[2 * d::d] = count[2 * d::d].translate(plus_one)
record_at, record_count, best = [], [], 0  # positions where the divisor count beats everything before
for k in range(1, m + 1):
    if count[k] >= best:  # the newest number with the most divisors
        best = count[k]
        record_at.append(k)
        record_count.append(best)
out = []
for n in ns:
    i = bisect_right(record_at, n) - 1
    out.append(f"{record_at[i]} {record_count[i]}")
sys.stdout.write("\n".join(out) + "\n")
