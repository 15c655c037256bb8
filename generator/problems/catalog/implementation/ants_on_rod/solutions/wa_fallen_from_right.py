import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, length, t = int(data[0]), int(data[1]), int(data[2])
    pos = [int(data[3 + 2 * i]) for i in range(n)]
    ghosts = sorted(p + t if data[4 + 2 * i] == b"R" else p - t for i, p in enumerate(pos))
    # Two ants that meet and turn around look like two ants that walk through each other, so the final positions
    # are these "ghost" positions; ants never pass each other, so the k-th ant from the left takes the k-th.
    order = sorted(range(n), key=pos.__getitem__)
    answer = [-1] * n
    staying = [g for g in ghosts if 0 <= g <= length]
    for rank, g in enumerate(staying):  # the ants left on the rod taken as the leftmost ones
        answer[order[rank]] = g
    sys.stdout.write("\n".join(map(str, answer)) + "\n")


main()
