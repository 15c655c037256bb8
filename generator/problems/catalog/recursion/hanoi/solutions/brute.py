"""Obviously correct for small N: breadth-first search over all 3^N positions (the peg of every disk), from all
disks on A to all disks on B; the shortest sequence is unique, so the path found is the answer."""
import sys
from collections import deque


def shortest(n, a, b):
    start, goal = (a,) * n, (b,) * n  # state[d] = peg of disk d (0 = smallest)
    parent = {start: None}
    queue = deque([start])
    while queue:
        state = queue.popleft()
        if state == goal:
            break
        for src in (1, 2, 3):
            on_src = [d for d in range(n) if state[d] == src]
            if not on_src:
                continue
            top = on_src[0]  # the smallest disk on src is its top
            for dst in (1, 2, 3):
                if dst == src or any(state[d] == dst for d in range(top)):
                    continue  # a smaller disk already lies on dst
                nxt = state[:top] + (dst,) + state[top + 1:]
                if nxt not in parent:
                    parent[nxt] = (state, src, dst)
                    queue.append(nxt)
    path = []
    state = goal
    while parent[state] is not None:
        state, src, dst = parent[state]
        path.append(f"{src} {dst}")
    return path[::-1]


data = sys.stdin.read().split()
for i in range(int(data[0])):
    path = shortest(int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i]))
    print(len(path))
    for step in path:
        print(step)
