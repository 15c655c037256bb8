"""Wrong: local search with restarts, best improvement. From 60 random splits (a fixed seed), make the single move of
one musician to another band (or a new band of one) that raises the score most, until no single move helps; keep
the best split seen. Taking the best move each step is greedier than taking the first, not smarter: it too stops
where no single move helps, and the best split may be reachable only by moving several musicians together."""
import random
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [[int(data[1 + i * n + j]) for j in range(n)] for i in range(n)]
    rng = random.Random(20261208)
    best = 0
    for _ in range(60):
        band = [rng.randrange(n) for _ in range(n)]
        while True:
            rise, pick = 0, None
            for i in range(n):
                gain = [0] * n
                for j in range(n):
                    if j != i:
                        gain[band[j]] += a[i][j]
                here = gain[band[i]]
                for b in range(n):
                    if b != band[i] and gain[b] - here > rise:
                        rise, pick = gain[b] - here, (i, b)
            if pick is None:
                break
            band[pick[0]] = pick[1]
        score = sum(a[i][j] for i in range(n) for j in range(i + 1, n) if band[i] == band[j])
        best = max(best, score)
    print(best)


main()
