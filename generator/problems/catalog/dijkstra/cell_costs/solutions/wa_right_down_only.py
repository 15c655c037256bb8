"""Wrong: the classic grid DP that only moves right or down; the cheapest route may need to go up or left."""
import sys


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    cost = [[int(ch) for ch in data[2 + i]] for i in range(r)]
    INF = 1 << 60
    best = [[INF] * c for _ in range(r)]
    for i in range(r):
        for j in range(c):
            if i == 0 and j == 0:
                best[i][j] = cost[0][0]
                continue
            up = best[i - 1][j] if i > 0 else INF
            left = best[i][j - 1] if j > 0 else INF
            best[i][j] = min(up, left) + cost[i][j]
    print(best[r - 1][c - 1])


main()
