"""Reference: the order is topological iff every edge u -> v has u earlier than v."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    order = data[2 + 2 * m:2 + 2 * m + n]
    pos = [0] * (n + 1)
    for i, v in enumerate(order):
        pos[int(v)] = i
    ok = True
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        if pos[u] > pos[v]:
            ok = False
            break
    print("YES" if ok else "NO")


main()
