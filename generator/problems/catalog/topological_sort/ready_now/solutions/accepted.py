"""Reference: count, for every vertex, its prerequisites that are not finished yet; the ready vertices are the
unfinished ones whose count is 0 (including those with no prerequisite at all)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
    k = int(data[2 + 2 * m])
    finished = [False] * (n + 1)
    for t in data[3 + 2 * m:3 + 2 * m + k]:
        finished[int(t)] = True
    waiting = [0] * (n + 1)
    for u, v in edges:
        if not finished[u]:
            waiting[v] += 1
    ready = [v for v in range(1, n + 1) if not finished[v] and waiting[v] == 0]
    print(" ".join(map(str, [len(ready)] + ready)))


main()
