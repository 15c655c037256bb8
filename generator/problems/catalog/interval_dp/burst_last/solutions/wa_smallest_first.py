"""Wrong: always removes the smallest remaining item (ties: the leftmost)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    row = [int(x) for x in data[1:1 + n]]
    total = 0
    while row:
        i = min(range(len(row)), key=lambda i: row[i])
        left = row[i - 1] if i > 0 else 1
        right = row[i + 1] if i + 1 < len(row) else 1
        total += left * row[i] * right
        row.pop(i)
    print(total)


main()
