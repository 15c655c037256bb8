import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
moves = [[] for _ in range(n + 1)]
for j in range(m):
    u, v = int(data[2 + 2 * j]), int(data[3 + 2 * j])
    moves[u].append(v)
state = [None] * (n + 1)  # None: not decided yet
changed = True
while changed:  # sweep in number order until every vertex is decided
    changed = False
    for u in range(1, n + 1):
        if state[u] is not None:
            continue
        known = [state[v] for v in moves[u]]
        if any(s is False for s in known):
            state[u] = True
        elif all(s is True for s in known):
            state[u] = False
        else:
            continue
        changed = True
sys.stdout.write("".join("W" if state[v] else "L" for v in range(1, n + 1)) + "\n")
