"""Wrong: the right table, but prints the corner entry (a block ending at both last letters) instead of the
largest entry."""
import sys


def main():
    a, b = sys.stdin.read().split()
    prev = [0] * (len(b) + 1)
    for ch in a:
        cur = [0] * (len(b) + 1)
        for j, other in enumerate(b, start=1):
            if ch == other:
                cur[j] = prev[j - 1] + 1
        prev = cur
    print(prev[len(b)])


main()
