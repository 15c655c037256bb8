"""Wrong: forgets the modulo and prints the exact (huge) number of routes."""
import sys


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
                ways[j] = ways[j] + ways[j - 1]
    print(ways[m - 1])


main()
