"""Wrong: treats the outside of the grid as score 0, so a first-row or first-column cell may "come from" outside
instead of paying for the negative cells before it."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    best = [0] * m
    k = 2
    for i in range(n):
        for j in range(m):
            v = int(data[k])
            k += 1
            if i == 0 and j == 0:
                best[j] = v
            else:
                up = best[j] if i else 0
                left = best[j - 1] if j else 0
                best[j] = (up if up > left else left) + v
    print(best[m - 1])


main()
