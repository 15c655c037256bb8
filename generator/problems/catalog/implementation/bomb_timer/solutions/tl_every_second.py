import sys

data = sys.stdin.read().split()
r, c, n = int(data[0]), int(data[1]), int(data[2])
timer = [[3 if ch == "O" else 0 for ch in row] for row in data[3:3 + r]]  # seconds left, 0 = empty
for t in range(1, n + 1):  # one second at a time
    boom = []
    for i in range(r):
        row = timer[i]
        for j in range(c):
            if row[j]:
                row[j] -= 1
                if row[j] == 0:
                    boom.append((i, j))
    for i, j in boom:
        for a, b in ((i, j), (i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
            if 0 <= a < r and 0 <= b < c:
                timer[a][b] = 0
    if t % 2 == 0:
        for i in range(r):
            row = timer[i]
            for j in range(c):
                if not row[j]:
                    row[j] = 3
print("\n".join("".join("O" if x else "." for x in row) for row in timer))
