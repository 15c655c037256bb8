"""Too slow: a depth-first search that fixes how many items of each kind are used, one kind after another, and
counts the complete choices one by one: as many steps as there are choices, which is astronomically many."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, s = int(data[0]), int(data[1])
    values = [int(x) for x in data[2:2 + n]]
    count, stack = 0, [(0, s)]
    while stack:
        k, left = stack.pop()
        if left == 0:
            count += 1
            continue
        if k == n:
            continue
        a = values[k]
        for used in range(left // a + 1):
            stack.append((k + 1, left - used * a))
    print(count % 1_000_000_007)


main()
