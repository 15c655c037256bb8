"""Too slow: K rounds that relax every edge (a vertex is within t + 1 steps if a neighbour is within t), stopping
early only when a round changes nothing; a long path makes the rounds as many as the vertices."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, s, k = int(data[0]), int(data[1]), int(data[2]), int(data[3])
    us = [int(x) for x in data[4:4 + 2 * m:2]]
    vs = [int(x) for x in data[5:5 + 2 * m:2]]
    inside = bytearray(n + 1)
    inside[s] = 1
    for _ in range(k):
        new = [v for u, v in zip(us, vs) if inside[u] and not inside[v]]
        new += [u for u, v in zip(us, vs) if inside[v] and not inside[u]]
        if not new:
            break
        for x in new:
            inside[x] = 1
    print(sum(inside))


main()
