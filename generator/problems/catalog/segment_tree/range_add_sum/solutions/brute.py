"""Obviously correct: keep the list and do exactly what each operation says."""
import sys

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
k = 2 + n
for _ in range(q):
    if data[k] == "1":
        l, r, v = int(data[k + 1]), int(data[k + 2]), int(data[k + 3])
        for i in range(l - 1, r):
            a[i] += v
        k += 4
    else:
        l, r = int(data[k + 1]), int(data[k + 2])
        print(sum(a[l - 1:r]))
        k += 3
