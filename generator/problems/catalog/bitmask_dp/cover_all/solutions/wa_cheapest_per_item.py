"""Wrong: for every item buys the cheapest offer that contains it (each offer paid once), which can pay for
two offers where one bigger offer covers both items for less."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    cheapest_for = [None] * (n + 1)
    pos = 2
    for index in range(m):
        cost, size = int(data[pos]), int(data[pos + 1])
        for item in data[pos + 2:pos + 2 + size]:
            item = int(item)
            if cheapest_for[item] is None or cost < cheapest_for[item][0]:
                cheapest_for[item] = (cost, index)
        pos += 2 + size
    if any(choice is None for choice in cheapest_for[1:]):
        print(-1)
        return
    print(sum(cost for cost, _ in set(cheapest_for[1:])))


main()
