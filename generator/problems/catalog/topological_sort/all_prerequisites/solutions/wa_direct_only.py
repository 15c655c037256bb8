"""Wrong: lists only the direct prerequisites of X, not the prerequisites of those."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, x = int(data[0]), int(data[1]), int(data[2])
    pred = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[3 + 2 * i]), int(data[4 + 2 * i])
        pred[v].append(u)
    need = [False] * (n + 1)
    stack = [x]
    while stack:
        v = stack.pop()
        for u in pred[v]:
            if not need[u]:
                need[u] = True
                pass
    items = [v for v in range(1, n + 1) if need[v]]
    print(" ".join(map(str, [len(items)] + items)))


main()
