"""Wrong: takes the floating-point cube root and truncates it (64 ** (1/3) is 3.9999..., so 64 gives 3)."""
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for token in data[1:1 + q]:
    n = int(token)
    out.append(int(n ** (1 / 3)))
sys.stdout.write("\n".join(map(str, out)) + "\n")
