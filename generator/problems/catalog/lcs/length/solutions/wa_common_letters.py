"""Wrong: counts the letters the strings share (with multiplicity) and ignores their order."""
import sys
from collections import Counter


def main():
    a, b = sys.stdin.read().split()
    ca, cb = Counter(a), Counter(b)
    print(sum(min(ca[c], cb[c]) for c in ca))


main()
