"""WRONG: swaps the places of the two teams of every listed pair in the table; other teams between them are
not moved, and an impossible list is never noticed."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    ranking = [int(x) for x in data[1:n + 1]]
    m = int(data[n + 1])
    pos = [0] * (n + 1)
    for i, t in enumerate(ranking):
        pos[t] = i
    # Each listed pair swaps the two teams' places in the table.
    for k in range(m):
        a, b = int(data[n + 2 + 2 * k]), int(data[n + 3 + 2 * k])
        i, j = pos[a], pos[b]
        ranking[i], ranking[j] = b, a
        pos[a], pos[b] = j, i
    print(" ".join(map(str, ranking)))


main()
