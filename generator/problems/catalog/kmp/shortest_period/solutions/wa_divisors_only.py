"""Wrong: only accepts generator lengths that divide N (whole copies), so a cut-short last copy is missed."""
import sys

data = sys.stdin.read().split()
n, s = int(data[0]), data[1]
pi = [0] * n
k = 0
for i in range(1, n):
    while k and s[i] != s[k]:
        k = pi[k - 1]
    if s[i] == s[k]:
        k += 1
    pi[i] = k
period = n - pi[n - 1]
print(period if n % period == 0 else n)
