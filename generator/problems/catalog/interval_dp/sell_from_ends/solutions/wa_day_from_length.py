"""Wrong: takes the day of a segment's next sale to be its length L instead of N - L + 1 (the days counted from
the end), so the DP values the sales in reverse."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    prev = a[:]  # length 1: day 1
    for length in range(2, n + 1):
        day, last = length, length - 1
        prev = [max(a[i] * day + prev[i + 1], a[i + last] * day + prev[i]) for i in range(n - last)]
    print(prev[0])


main()
