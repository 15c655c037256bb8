"""Reference: ways[i][j] = ways from above + ways from the left, 0 on a wall, modulo 10^9+7; one row kept."""
import sys

MOD = 10**9 + 7


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    rows = data[2:2 + n]
    ways = [0] * m
    for i in range(n):
        row = rows[i]
        for j in range(m):
            if row[j] == "#":
                ways[j] = 0
            elif i == 0 and j == 0:
                ways[j] = 1
            elif j:
                ways[j] = (ways[j] + ways[j - 1]) % MOD
    print(ways[m - 1])


main()
