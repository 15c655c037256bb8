"""Reference: the LCS table with one more dimension. best[i][j][k] = best[i-1][j-1][k-1] + 1 when A_i = B_j = C_k,
else the largest of the three tables that drop one letter. O(|A| * |B| * |C|), one (j, k) plane kept."""
import sys


def main():
    a, b, c = sys.stdin.read().split()
    nb, nc = len(b), len(c)
    prev = [[0] * (nc + 1) for _ in range(nb + 1)]
    for ch in a:
        cur = [[0] * (nc + 1) for _ in range(nb + 1)]
        for j in range(1, nb + 1):
            up, row, diag = prev[j], cur[j], prev[j - 1]
            left = cur[j - 1]
            if b[j - 1] == ch:
                for k in range(1, nc + 1):
                    if c[k - 1] == ch:
                        row[k] = diag[k - 1] + 1
                    else:
                        row[k] = max(up[k], left[k], row[k - 1])
            else:
                for k in range(1, nc + 1):
                    row[k] = max(up[k], left[k], row[k - 1])
        prev = cur
    print(prev[nb][nc])


main()
