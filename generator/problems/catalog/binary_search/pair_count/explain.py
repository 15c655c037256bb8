"""A sample's explanation: the pairs that fit, listed by index (samples are tiny)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, k = data[0], data[1]
a = data[2:2 + n]
pairs = [f"({i + 1}, {j + 1}): {a[i]} + {a[j]} = {a[i] + a[j]}" for i in range(n) for j in range(i + 1, n)
         if a[i] + a[j] <= k]
if not pairs:
    print(f"합이 {k} 이하인 쌍이 없습니다." if ko else f"No pair has a sum of at most {k}.")
else:
    print((f"합이 {k} 이하인 쌍: " if ko else f"Pairs with a sum of at most {k}: ") + "; ".join(pairs)
          + (f". 모두 {len(pairs)}쌍입니다." if ko else f". That is {len(pairs)} pairs."))
