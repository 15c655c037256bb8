import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
moves = [[] for _ in range(n + 1)]
for j in range(m):
    u, v = int(data[2 + 2 * j]), int(data[3 + 2 * j])
    moves[u].append(v)
win = [False] * (n + 1)
for u in range(n, 0, -1):  # the moves lead to larger numbers, so those are decided first
    win[u] = any(not win[v] for v in moves[u])
sys.stdout.write("".join("W" if win[v] else "L" for v in range(1, n + 1)) + "\n")
