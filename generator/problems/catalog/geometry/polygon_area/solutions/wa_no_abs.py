import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
xs = list(map(int, data[1:1 + 2 * n:2]))
ys = list(map(int, data[2:2 + 2 * n:2]))
twice = 0
for i in range(n):
    j = (i + 1) % n  # the last vertex joins the first
    twice += xs[i] * ys[j] - xs[j] * ys[i]

print(f"{twice // 2}.{5 if twice % 2 else 0}")
