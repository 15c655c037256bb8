"""A shortest common supersequence writes the letters of a longest common subsequence once and all other letters
once: |A| + |B| - LCS(A, B), with the LCS table kept one row at a time."""
import sys


def main():
    a, b = sys.stdin.read().split()
    m = len(b)
    prev = [0] * (m + 1)
    for ch in a:
        cur = [0] * (m + 1)
        for j in range(m):
            if ch == b[j]:
                cur[j + 1] = prev[j] + 1
            else:
                up, left = prev[j + 1], cur[j]
                cur[j + 1] = up if up > left else left
        prev = cur
    print(len(a) + m - prev[m])


main()
