"""Wrong: loops over bits 0..18 (range(19)), one short: codes up to 10^6 use bit 19."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
total = 0
for b in range(19):
    ones = sum((x >> b) & 1 for x in a)
    total += ones * (n - ones) << b
print(total)
