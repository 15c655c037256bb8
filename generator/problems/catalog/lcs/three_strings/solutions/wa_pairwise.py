"""Wrong: takes one longest common subsequence of A and B, then its LCS with C; the best common part of all
three need not be inside that particular LCS of A and B."""
import sys


def lcs_string(s, t):
    table = [[0] * (len(t) + 1) for _ in range(len(s) + 1)]
    for i in range(1, len(s) + 1):
        for j in range(1, len(t) + 1):
            table[i][j] = table[i - 1][j - 1] + 1 if s[i - 1] == t[j - 1] else max(table[i - 1][j], table[i][j - 1])
    out, i, j = [], len(s), len(t)
    while i and j:
        if s[i - 1] == t[j - 1]:
            out.append(s[i - 1])
            i, j = i - 1, j - 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))


def main():
    a, b, c = sys.stdin.read().split()
    print(len(lcs_string(lcs_string(a, b), c)))


main()
