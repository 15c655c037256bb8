import sys


def move(n, a, b, spare, out):
    """Moves the top n disks from peg a to peg b."""
    if n == 0:
        return
    move(n - 1, a, spare, b, out)  # the n-1 smaller disks out of the way
    out.append(f"{a} {b}")  # the largest of the n
    move(n - 1, spare, b, a, out)  # the n-1 back on top of it


data = sys.stdin.read().split()
out = []
for i in range(int(data[0])):
    n, a, b = map(int, data[1 + 3 * i:4 + 3 * i])
    moves = []
    move(n, a, b, 6 - a - b, moves)
    out.append(f"{len(moves)}")
    out += moves
sys.stdout.write("\n".join(out) + "\n")
