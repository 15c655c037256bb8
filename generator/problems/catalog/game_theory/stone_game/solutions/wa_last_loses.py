import sys

# Win/lose table for 0..6 stones (moves 1, 3, 4), period 7; the losing counts are 1 and 3 mod 7.
data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(1, t + 1):
    n = int(data[i])
    out.append("Second" if n % 7 in (1, 3) else "First")
sys.stdout.write("\n".join(out) + "\n")
