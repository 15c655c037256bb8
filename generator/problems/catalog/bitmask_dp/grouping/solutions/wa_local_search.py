"""Wrong: local search with restarts. From 60 random splits (a fixed seed), move one musician at a time to the
band (or a new band of one) that raises the score, until no single move helps; keep the best split seen. Every
split it stops at is one no single move improves, but the best may be reachable only by moving several musicians
together."""
import random
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [[int(data[1 + i * n + j]) for j in range(n)] for i in range(n)]
    rng = random.Random(20261207)
    best = 0
    for _ in range(60):
        band = [rng.randrange(n) for _ in range(n)]
        improved = True
        while improved:
            improved = False
            for i in range(n):
                gain = [0] * n
                for j in range(n):
                    if j != i:
                        gain[band[j]] += a[i][j]
                for b in range(n):
                    if b != band[i] and gain[b] > gain[band[i]]:
                        band[i] = b
                        improved = True
        score = sum(a[i][j] for i in range(n) for j in range(i + 1, n) if band[i] == band[j])
        best = max(best, score)
    print(best)


main()
