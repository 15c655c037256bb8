"""Wrong: ignores the prerequisites and solves a plain 0/1 knapsack over all items."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    best = [0] * (cap + 1)
    for i in range(1, n + 1):
        w, v = int(data[3 * i]), int(data[3 * i + 1])
        if w <= cap:
            best[w:] = [a if a >= b + v else b + v for a, b in zip(best[w:], best)]
    print(best[cap])


main()
