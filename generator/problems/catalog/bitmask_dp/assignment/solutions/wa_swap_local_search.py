"""Wrong: local search with restarts. From 60 random assignments (a fixed seed), swap the jobs of two agents
whenever that lowers the total, until no swap helps; keep the cheapest assignment seen. An assignment no single
swap improves need not be the cheapest: the best may differ from it in a cycle of three or more agents."""
import random
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    c = [[int(data[1 + i * n + j]) for j in range(n)] for i in range(n)]
    rng = random.Random(20261207)
    best = None
    for _ in range(60):
        job = list(range(n))
        rng.shuffle(job)
        improved = True
        while improved:
            improved = False
            for i in range(n):
                for j in range(i + 1, n):
                    if c[i][job[j]] + c[j][job[i]] < c[i][job[i]] + c[j][job[j]]:
                        job[i], job[j] = job[j], job[i]
                        improved = True
        total = sum(c[i][job[i]] for i in range(n))
        best = total if best is None else min(best, total)
    print(best)


main()
