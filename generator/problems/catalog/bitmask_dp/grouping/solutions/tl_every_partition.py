"""Too slow: the natural search, each person joins one of the groups so far or opens a new one (every set
partition, Bell(N) leaves), with the score kept incrementally. Recursion depth is at most N."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [[int(x) for x in data[1 + i * n:1 + (i + 1) * n]] for i in range(n)]
    groups = []
    best = [0]

    def place(person, total):
        if person == n:
            if total > best[0]:
                best[0] = total
            return
        row = a[person]
        for group in groups:
            gain = sum(row[j] for j in group)
            group.append(person)
            place(person + 1, total + gain)
            group.pop()
        groups.append([person])
        place(person + 1, total)
        groups.pop()

    place(0, 0)
    print(best[0])


main()
