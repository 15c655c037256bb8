"""Too slow: the interval recurrence without memoisation; the same segments are solved again and again
(exponential). Recursion depth stays below N, far under Python's limit."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    pre = [0]
    for v in a:
        pre.append(pre[-1] + v)

    def cheapest(i, j):
        if i == j:
            return 0
        return min(cheapest(i, k) + cheapest(k + 1, j) for k in range(i, j)) + pre[j + 1] - pre[i]

    print(cheapest(0, n - 1))


main()
