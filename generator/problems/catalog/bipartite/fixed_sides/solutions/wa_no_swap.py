"""Wrong: takes the BFS colouring (start vertex on side 1) as the only candidate for a component with
announcements, instead of also trying the swapped colouring."""
import sys
from collections import deque

MOD = 1_000_000_007


def main():
    data = sys.stdin.buffer.read().split()
    n, m, k = int(data[0]), int(data[1]), int(data[2])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[3 + 2 * i]), int(data[4 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    want = [0] * (n + 1)  # 0: free, else the announced side 1 or 2
    pos = 3 + 2 * m
    for i in range(k):
        want[int(data[pos + 2 * i])] = int(data[pos + 2 * i + 1])
    color = [-1] * (n + 1)
    answer = 1
    for s in range(1, n + 1):
        if color[s] != -1:
            continue
        color[s] = 0
        queue = deque([s])
        orientation = -1  # which swap the announcements ask for: side - 1 XOR colour
        while queue:
            x = queue.popleft()
            if want[x]:
                orientation = 0
                if want[x] - 1 != color[x]:
                    answer = 0
            for y in adj[x]:
                if color[y] == -1:
                    color[y] = color[x] ^ 1
                    queue.append(y)
                elif color[y] == color[x]:
                    answer = 0
        if orientation == -1:
            answer = answer * 2 % MOD
    print(answer)


main()
