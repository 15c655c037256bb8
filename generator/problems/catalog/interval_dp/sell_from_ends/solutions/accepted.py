"""Reference: best[i][j] = most that a_i..a_j can still earn. With L = j - i + 1 items left, N - L days have
passed, so the next sale is on day d = N - L + 1 and
best[i][j] = max(a_i * d + best[i+1][j], a_j * d + best[i][j-1]).
Segments by increasing length; only the previous length is kept (one row per length), O(N^2)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    prev = [v * n for v in a]  # length 1: the last item, sold on day N
    for length in range(2, n + 1):
        day, last = n - length + 1, length - 1
        prev = [max(a[i] * day + prev[i + 1], a[i + last] * day + prev[i]) for i in range(n - last)]
    print(prev[0])


main()
