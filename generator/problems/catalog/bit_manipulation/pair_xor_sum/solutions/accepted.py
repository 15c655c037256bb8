import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
total = 0
for b in range(max(a).bit_length()):
    # A pair's XOR has bit b exactly when one code has it and the other does not.
    ones = sum((x >> b) & 1 for x in a)
    total += ones * (n - ones) << b
print(total)
