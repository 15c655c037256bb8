"""Reference: side[i][j] = side of the largest all-ones square whose bottom-right corner is (i, j) =
1 + min(above, left, above-left) on a 1, else 0. The answer is the largest side, squared; one row kept."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    prev = [0] * (m + 1)
    best = 0
    for i in range(n):
        row = data[2 + i]
        cur = [0] * (m + 1)
        for j in range(m):
            if row[j] == "1":
                s = prev[j]
                if prev[j + 1] < s:
                    s = prev[j + 1]
                if cur[j] < s:
                    s = cur[j]
                s += 1
                cur[j + 1] = s
                if s > best:
                    best = s
        prev = cur
    print(best * best)


main()
