import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
grid = [data[2 + i * m:2 + (i + 1) * m] for i in range(n)]
q = int(data[2 + n * m])
quarter_turns = sum(int(a) for a in data[3 + n * m:3 + n * m + q]) // 90 % 4
for _ in range(quarter_turns):
    grid = [list(col) for col in zip(*grid)][::-1]  # a counterclockwise turn instead of a clockwise one
sys.stdout.write("\n".join(" ".join(x.decode() for x in row) for row in grid) + "\n")
