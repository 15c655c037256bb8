"""Too slow: walks back through the LCS table and follows every branch that keeps the optimum, one step per
choice counted, so the work grows with the (exponential) number of choices."""
import sys


def main():
    a, b = sys.stdin.read().split()
    n, m = len(a), len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            table[i][j] = table[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(table[i - 1][j], table[i][j - 1])
    # A choice is determined by its last pair (i, j); enumerate choices by their pairs, from the back.
    count, stack = 0, [(n, m, table[n][m])]
    while stack:
        i, j, need = stack.pop()
        if need == 0:
            count += 1
            continue
        for x in range(i, 0, -1):
            if table[x][j] < need:
                break
            for y in range(j, 0, -1):
                if table[x][y] < need:
                    break
                if a[x - 1] == b[y - 1] and table[x - 1][y - 1] == need - 1:
                    stack.append((x - 1, y - 1, need - 1))
    print(count % 1_000_000_007)


main()
