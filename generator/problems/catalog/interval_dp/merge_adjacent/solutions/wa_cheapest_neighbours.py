"""Wrong: always merges the two neighbours with the smallest total."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    row = [int(x) for x in data[1:1 + n]]
    total = 0
    while len(row) > 1:
        i = min(range(len(row) - 1), key=lambda i: row[i] + row[i + 1])
        merged = row[i] + row[i + 1]
        total += merged
        row[i:i + 2] = [merged]
    print(total)


main()
