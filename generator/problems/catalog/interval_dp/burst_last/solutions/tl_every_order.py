"""Too slow: the natural search, every removal order without memoisation, N!. Recursion depth is at most N."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    row = [int(x) for x in data[1:1 + n]]

    def most(row):
        if not row:
            return 0
        padded = [1, *row, 1]
        return max(padded[i] * padded[i + 1] * padded[i + 2] + most(row[:i] + row[i + 1:]) for i in range(len(row)))

    print(most(row))


main()
