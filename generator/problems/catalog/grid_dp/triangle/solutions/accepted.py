"""Reference: from the bottom row up, best[j] = v[i][j] + max(best[j], best[j + 1]) is the most collected from
position j of row i down to the bottom. O(N^2)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    rows, pos = [], 1
    for i in range(1, n + 1):
        rows.append([int(x) for x in data[pos:pos + i]])
        pos += i
    best = rows[-1][:]
    for row in reversed(rows[:-1]):
        best = [v + max(best[j], best[j + 1]) for j, v in enumerate(row)]
    print(best[0])


main()
