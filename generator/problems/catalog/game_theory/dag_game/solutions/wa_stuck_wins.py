import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
rev = [[] for _ in range(n + 1)]  # rev[v]: the vertices with a move to v
out_deg = [0] * (n + 1)
for j in range(m):
    u, v = int(data[2 + 2 * j]), int(data[3 + 2 * j])
    rev[v].append(u)
    out_deg[u] += 1
# Reverse topological order (Kahn's algorithm from the sinks): a vertex is decided once all its moves are.
win = [out_deg[v] == 0 for v in range(n + 1)]  # no move: the other player made the last move
left = out_deg[:]
queue = [v for v in range(1, n + 1) if left[v] == 0]  # no move: the player to move loses
for v in queue:
    for u in rev[v]:
        if not win[v]:
            win[u] = True  # u has a move to a losing vertex
        left[u] -= 1
        if left[u] == 0:
            queue.append(u)
sys.stdout.write("".join("W" if win[v] else "L" for v in range(1, n + 1)) + "\n")
