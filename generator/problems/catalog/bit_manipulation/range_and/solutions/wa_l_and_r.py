"""Wrong: ANDs only the two ends, L & R, forgetting the codes in between (5..7 gives 5, the answer is 4)."""
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
print("\n".join(str(int(data[1 + 2 * i]) & int(data[2 + 2 * i])) for i in range(q)))
