"""Wrong: follows the pairs forwards, listing what waits for X instead of what X waits for."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, x = int(data[0]), int(data[1]), int(data[2])
    pred = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[3 + 2 * i]), int(data[4 + 2 * i])
        pred[u].append(v)
    need = [False] * (n + 1)
    stack = [x]
    while stack:
        v = stack.pop()
        for u in pred[v]:
            if not need[u]:
                need[u] = True
                stack.append(u)
    items = [v for v in range(1, n + 1) if need[v]]
    print(" ".join(map(str, [len(items)] + items)))


main()
