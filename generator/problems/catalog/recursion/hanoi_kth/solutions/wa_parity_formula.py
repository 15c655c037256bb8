import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    disk = (k & -k).bit_length()  # the disk moved is one more than the trailing zeros of k
    src = (k & (k - 1)) % 3 + 1
    dst = ((k | (k - 1)) + 1) % 3 + 1
    out.append(f"{disk} {src} {dst}")
sys.stdout.write("\n".join(out) + "\n")
