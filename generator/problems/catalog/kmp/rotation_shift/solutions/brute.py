"""Brute force: build every left shift and compare it with B."""
import sys

data = sys.stdin.read().split()
n, a, b = int(data[0]), data[1], data[2]
print(next((k for k in range(n) if a[k:] + a[:k] == b), -1))
