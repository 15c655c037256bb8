"""Obviously correct: add every queried range element by element."""
import sys

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
for j in range(q):
    l, r = int(data[2 + n + 2 * j]), int(data[3 + n + 2 * j])
    total = 0
    for i in range(l, r + 1):
        total += a[i - 1]
    print(total)
