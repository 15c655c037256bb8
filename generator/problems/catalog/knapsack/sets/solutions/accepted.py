"""Per set: nothing, exactly one item, or the whole set. best[c] = largest value with total weight at most c. A set
is one step: every option of the set (each item alone, and the whole set as one combined item) extends the row
from BEFORE the set, so two options of one set are never combined. O((N + M) * W) with list operations."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, cap = int(data[0]), int(data[1]), int(data[2])
    sets = [[] for _ in range(m)]
    for i in range(n):
        g, w, v = int(data[3 + 3 * i]), int(data[4 + 3 * i]), int(data[5 + 3 * i])
        sets[g - 1].append((w, v))
    best = [0] * (cap + 1)
    for items in sets:
        options = items + [(sum(w for w, _ in items), sum(v for _, v in items))] if len(items) > 1 else items
        row = best[:]
        for w, v in options:
            if w > cap:
                continue
            row[w:] = [a if a >= b + v else b + v for a, b in zip(row[w:], best)]
        best = row
    print(best[cap])


main()
