"""Obviously correct: walks every query's steps one by one."""
import sys

data = list(map(int, sys.stdin.read().split()))
n = data[0]
a = data[1:1 + n]
q = data[1 + n]
for k in range(q):
    x, y = data[2 + n + 2 * k], data[3 + n + 2 * k]
    print(sum(1 for i in range(x, y) if a[i - 1] > a[i]))
