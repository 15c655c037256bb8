"""Wrong: keeps the sum in a signed 32-bit integer, which wraps around on large inputs."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
total = 0
for b in range(max(a).bit_length()):
    ones = sum((x >> b) & 1 for x in a)
    total = (total + (ones * (n - ones) << b) + 2**31) % 2**32 - 2**31
print(total)
