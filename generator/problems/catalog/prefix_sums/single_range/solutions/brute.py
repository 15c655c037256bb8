"""Obviously correct: add A_l .. A_r one by one."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
l, r = int(data[1 + n]), int(data[2 + n])
total = 0
for i in range(l, r + 1):
    total += a[i - 1]
print(total)
