"""Wrong: the smallest of the three pairwise LCS lengths, which only bounds the answer from above."""
import sys


def lcs(s, t):
    prev = [0] * (len(t) + 1)
    for ch in s:
        cur = [0] * (len(t) + 1)
        for j, other in enumerate(t, start=1):
            cur[j] = prev[j - 1] + 1 if ch == other else max(prev[j], cur[j - 1])
        prev = cur
    return prev[len(t)]


def main():
    a, b, c = sys.stdin.read().split()
    print(min(lcs(a, b), lcs(b, c), lcs(a, c)))


main()
