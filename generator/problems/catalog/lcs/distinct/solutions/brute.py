"""Obviously correct (short lists): the classic LCS table over the two lists."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
a, b = data[2:2 + n], data[2 + n:2 + n + m]
dp = [[0] * (m + 1) for _ in range(n + 1)]
for i in range(n):
    for j in range(m):
        dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
print(dp[n][m])
