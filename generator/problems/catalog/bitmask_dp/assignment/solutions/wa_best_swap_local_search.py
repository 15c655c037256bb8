"""Wrong: local search with restarts, best improvement. From 60 random assignments (a fixed seed), apply the swap of
two agents' jobs that lowers the total the most, until no swap helps; keep the cheapest assignment seen. Taking the
best swap each step is greedier than taking the first, not smarter: it too stops where no single swap helps, and the
best assignment may differ from there in a cycle of three or more agents."""
import random
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    c = [[int(data[1 + i * n + j]) for j in range(n)] for i in range(n)]
    rng = random.Random(20261208)
    best = None
    for _ in range(60):
        job = list(range(n))
        rng.shuffle(job)
        while True:
            gain, pick = 0, None
            for i in range(n):
                ci, ji = c[i], job[i]
                for j in range(i + 1, n):
                    g = ci[ji] + c[j][job[j]] - ci[job[j]] - c[j][ji]
                    if g > gain:
                        gain, pick = g, (i, j)
            if pick is None:
                break
            i, j = pick
            job[i], job[j] = job[j], job[i]
        total = sum(c[i][job[i]] for i in range(n))
        best = total if best is None else min(best, total)
    print(best)


main()
