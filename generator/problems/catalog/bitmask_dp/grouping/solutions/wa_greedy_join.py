"""Wrong: people in order 1..N each join the existing group that gains the most, or open a new group when no
group gains more than 0."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [[int(x) for x in data[1 + i * n:1 + (i + 1) * n]] for i in range(n)]
    groups, total = [], 0
    for person in range(n):
        gains = [sum(a[person][j] for j in group) for group in groups]
        if gains and max(gains) > 0:
            pick = gains.index(max(gains))
            groups[pick].append(person)
            total += gains[pick]
        else:
            groups.append([person])
    print(total)


main()
