"""Wrong: ignores arrival times and runs the jobs from shortest to longest."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
jobs = sorted((int(data[2 + 2 * i]), int(data[1 + 2 * i]), i + 1) for i in range(n))
sys.stdout.write(" ".join(str(idx) for _, _, idx in jobs) + "\n")
