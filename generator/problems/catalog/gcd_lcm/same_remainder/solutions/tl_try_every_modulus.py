import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
span = max(a) - min(a)
if span == 0:
    print(-1)
else:
    m = span
    while any((x - a[0]) % m for x in a):  # try every M from the largest difference down
        m -= 1
    print(m, a[0] % m)
