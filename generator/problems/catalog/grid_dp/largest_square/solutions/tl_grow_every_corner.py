"""Too slow: from every cell as top-left corner, grow the square one step at a time while the new bottom row and
right column are all ones (prefix sums make each check O(1)): O(N·M·min(N, M)) on a grid of ones."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    rows = data[2:2 + n]
    pre = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n):
        acc = 0
        for j in range(m):
            acc += rows[i][j] == "1"
            pre[i + 1][j + 1] = pre[i][j + 1] + acc
    best = 0
    for i in range(n):
        for j in range(m):
            k = 0
            while i + k < n and j + k < m:
                size = k + 1
                ones = pre[i + size][j + size] - pre[i][j + size] - pre[i + size][j] + pre[i][j]
                if ones != size * size:
                    break
                k = size
            if k > best:
                best = k
    print(best * best)


main()
