import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
xs = list(map(int, data[1:1 + 2 * n:2]))
ys = list(map(int, data[2:2 + 2 * n:2]))
twice = 0
for i in range(n - 1):
    j = i + 1  # the next vertex
    twice += xs[i] * ys[j] - xs[j] * ys[i]
twice = abs(twice)  # negative when the vertices go clockwise
print(f"{twice // 2}.{5 if twice % 2 else 0}")
