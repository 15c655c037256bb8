import sys

data = sys.stdin.read().split()
n, s = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
count, total, mask = 0, 0, 0
for step in range(1, 1 << n):  # every subset once, in Gray-code order: one number changes per step, O(2^N)
    bit = (step & -step).bit_length() - 1
    mask ^= 1 << bit
    total += a[bit] if mask >> bit & 1 else -a[bit]
    count += total == s
print(count)
