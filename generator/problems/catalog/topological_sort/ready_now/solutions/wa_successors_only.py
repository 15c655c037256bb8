"""Wrong: looks for ready vertices only among the successors of finished ones, so an unfinished vertex without any
prerequisite is never reported."""
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
    after_finished = [False] * (n + 1)
    for u, v in edges:
        if finished[u]:
            after_finished[v] = True
    ready = [v for v in range(1, n + 1) if not finished[v] and waiting[v] == 0 and after_finished[v]]
    print(" ".join(map(str, [len(ready)] + ready)))


main()
