"""Too slow: the recurrence on (i, j) without memoisation, exponential. Recursion depth is at most |A| + |B|."""
import sys

sys.setrecursionlimit(10000)


def main():
    data = sys.stdin.read().split()
    cost = [int(x) for x in data[:26]]
    a, b = data[26], data[27]

    def least(i, j):
        if i == len(a):
            return sum(cost[ord(ch) - 65] for ch in b[j:])
        if j == len(b):
            return sum(cost[ord(ch) - 65] for ch in a[i:])
        if a[i] == b[j]:
            return min(least(i + 1, j + 1), cost[ord(a[i]) - 65] + least(i + 1, j),
                       cost[ord(b[j]) - 65] + least(i, j + 1))
        return min(cost[ord(a[i]) - 65] + least(i + 1, j), cost[ord(b[j]) - 65] + least(i, j + 1))

    print(least(0, 0))


main()
