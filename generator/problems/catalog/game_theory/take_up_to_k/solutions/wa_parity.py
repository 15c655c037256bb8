import sys

# Every turn takes a stone, so the player who moves on odd counts takes the last one.
data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    out.append("First 1" if n % 2 == 1 else "Second")
sys.stdout.write("\n".join(out) + "\n")
