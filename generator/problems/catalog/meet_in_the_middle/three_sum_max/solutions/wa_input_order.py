"""Wrong: forgets to sort, and prints the first value in input order that is a total of three (not the largest)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    x = [int(v) for v in data[1:1 + n]]
    pairs = set()
    for i in range(n):
        xi = x[i]
        pairs.update([xi + v for v in x[i:]])
    for target in x:
        for c in x:
            if c < target and target - c in pairs:
                print(target)
                return
    print(-1)


main()
