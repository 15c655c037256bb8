"""Reference: once a '-' appears, every later number can be put inside the parentheses that follow it, so it is
subtracted; numbers before the first '-' are always added. Splitting by '-' gives the groups directly."""
import sys


def main():
    expr = sys.stdin.readline().strip()
    groups = expr.split("-")
    first = sum(int(x) for x in groups[0].split("+"))
    rest = sum(int(x) for g in groups[1:] for x in g.split("+"))
    print(first - rest)


main()
