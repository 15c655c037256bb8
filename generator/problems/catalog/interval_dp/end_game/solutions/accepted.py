"""Reference: diff[i][j] = best X - Y for the player to move when a_i..a_j are left. Taking an end leaves the
other player in the same position on the shorter segment, so
diff[i][j] = max(a_i - diff[i+1][j], a_j - diff[i][j-1]).
Segments by increasing length; only the previous length is kept (one row per length), O(N^2)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    prev = a[:]  # length 1: the mover takes the only item
    for length in range(2, n + 1):
        last = length - 1
        prev = [max(a[i] - prev[i + 1], a[i + last] - prev[i]) for i in range(n - last)]
    print(prev[0])


main()
