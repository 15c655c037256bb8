"""Wrong: the code is kept in a 32-bit unsigned integer (x & 0xFFFFFFFF), so every bit from 32 up is lost."""
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
print("\n".join(str(bin(int(x) & 0xFFFFFFFF).count("1")) for x in data[1:1 + q]))
