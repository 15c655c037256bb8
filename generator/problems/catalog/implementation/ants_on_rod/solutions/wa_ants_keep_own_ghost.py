import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, length, t = int(data[0]), int(data[1]), int(data[2])
    pos = [int(data[3 + 2 * i]) for i in range(n)]
    # Two ants that meet and turn around look like two ants that walk through each other, so the final positions
    # are these "ghost" positions; ants never pass each other, so the k-th ant from the left takes the k-th.
    answer = [-1] * n
    for ant in range(n):  # each ant keeps its own ghost, as if ants walked through each other
        g = pos[ant] + t if data[4 + 2 * ant] == b"R" else pos[ant] - t
        answer[ant] = g if 0 <= g <= length else -1
    sys.stdout.write("\n".join(map(str, answer)) + "\n")


main()
