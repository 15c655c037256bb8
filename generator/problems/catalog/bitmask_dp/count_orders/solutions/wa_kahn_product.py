"""Wrong: Kahn's algorithm, multiplying the answer by the number of ready tasks at every step. That would be right
only if the number of ready tasks never depended on which one was taken; it does."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for k in range(m):
        a, b = int(data[2 + 2 * k]) - 1, int(data[3 + 2 * k]) - 1
        after[a].append(b)
        waiting[b] += 1
    ready = [i for i in range(n) if waiting[i] == 0]
    total, done = 1, 0
    while ready:
        total *= len(ready)
        task = ready.pop()
        done += 1
        for nxt in after[task]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                ready.append(nxt)
    print(total if done == n else 0)


main()
