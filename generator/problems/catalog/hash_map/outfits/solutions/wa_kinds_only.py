"""Wrong: counts which kinds are worn (2^kinds - 1) and forgets to choose which item of a worn kind."""
import sys

MOD = 1_000_000_007
data = sys.stdin.buffer.read().split()
n = int(data[0])
kinds = set(data[2:2 + 2 * n:2])
print((pow(2, len(kinds), MOD) - 1) % MOD)
