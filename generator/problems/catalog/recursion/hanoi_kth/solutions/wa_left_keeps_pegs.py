import sys


def kth_move(n, k):
    """The k-th move of the shortest sequence taking n disks from peg 1 to peg 3: (disk, from, to)."""
    src, dst, spare = 1, 3, 2
    while True:
        half = 1 << (n - 1)  # moves 1 .. half-1: the n-1 smaller disks; move half: disk n
        if k == half:
            return n, src, dst
        if k > half:
            k -= half
            src, spare = spare, src  # second half: they come back from the spare peg
        n -= 1  # first half: same pegs


data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    disk, src, dst = kth_move(int(data[1 + 2 * i]), int(data[2 + 2 * i]))
    out.append(f"{disk} {src} {dst}")
sys.stdout.write("\n".join(out) + "\n")
