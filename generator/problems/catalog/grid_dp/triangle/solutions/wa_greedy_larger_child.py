"""Wrong: walks down from the top always stepping to the larger of the two cells below (ties: the left one)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    rows, pos = [], 1
    for i in range(1, n + 1):
        rows.append([int(x) for x in data[pos:pos + i]])
        pos += i
    j, total = 0, rows[0][0]
    for row in rows[1:]:
        if row[j + 1] > row[j]:
            j += 1
        total += row[j]
    print(total)


main()
