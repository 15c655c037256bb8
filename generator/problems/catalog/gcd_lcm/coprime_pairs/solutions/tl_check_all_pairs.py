import sys
from math import gcd

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
total = 0
for i in range(n):  # every pair, one gcd each
    x = a[i]
    for j in range(i + 1, n):
        if gcd(x, a[j]) == 1:
            total += 1
print(total)
