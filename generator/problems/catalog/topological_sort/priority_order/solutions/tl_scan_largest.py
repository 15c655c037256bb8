"""Too slow: builds the order from the back but finds the largest free vertex by scanning all vertices, O(N^2)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    radj = [[] for _ in range(n + 1)]
    outdeg = [0] * (n + 1)
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        radj[v].append(u)
        outdeg[u] += 1
    placed = [False] * (n + 1)
    back = []
    while True:
        v = next((x for x in range(n, 0, -1) if not placed[x] and outdeg[x] == 0), 0)
        if not v:
            break
        placed[v] = True
        back.append(v)
        for u in radj[v]:
            outdeg[u] -= 1
    if len(back) < n:
        print(-1)
    else:
        print(" ".join(map(str, reversed(back))))


main()
