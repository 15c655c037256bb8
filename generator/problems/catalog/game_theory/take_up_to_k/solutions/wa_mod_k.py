import sys

# The multiples of K lose: whatever the player to move takes, the other fills up the group of K.
data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    r = n % k
    out.append(f"First {r}" if r else "Second")
sys.stdout.write("\n".join(out) + "\n")
