"""Wrong: the first player searches properly, but assumes the second player always takes the larger end
(ties: the left one) instead of playing perfectly."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    # by_length[L][i]: X - Y with a[i..i+L-1] left and the first player to move.
    by_length = [[0] * (n + 1), a[:]]

    def after_reply(i, j):
        """X - Y once the greedy second player has answered, with a[i..j] left before the answer."""
        if i > j:
            return 0
        if a[i] >= a[j]:
            return -a[i] + by_length[j - i][i + 1]
        return -a[j] + by_length[j - i][i]

    for length in range(2, n + 1):
        row = []
        for i in range(n - length + 1):
            j = i + length - 1
            row.append(max(a[i] + after_reply(i + 1, j), a[j] + after_reply(i, j - 1)))
        by_length.append(row)
    print(by_length[n][0])


main()
