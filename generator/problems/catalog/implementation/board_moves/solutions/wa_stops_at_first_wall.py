import sys

data = sys.stdin.read().split()
n, m, r, c = map(int, data[:4])
step = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
for ch in data[4]:
    dr, dc = step[ch]
    if not (1 <= r + dr <= n and 1 <= c + dc <= m):
        break  # stops at the first blocked move instead of skipping it
    r, c = r + dr, c + dc
print(r, c)
