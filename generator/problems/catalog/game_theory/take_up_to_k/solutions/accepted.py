import sys

# The multiples of K + 1 lose: whatever the player to move takes (t), the other takes K + 1 - t.
data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    r = n % (k + 1)
    out.append(f"First {r}" if r else "Second")
sys.stdout.write("\n".join(out) + "\n")
