import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
# bin(x) is the exact binary form of a Python int of any size, so counting its '1' characters is the popcount.
print("\n".join(str(bin(int(x)).count("1")) for x in data[1:1 + q]))
