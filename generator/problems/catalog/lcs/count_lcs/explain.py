"""A sample's explanation, computed from the sample: L and every match of length L (samples are short)."""
import json
import sys
from itertools import combinations

case = json.load(sys.stdin)
ko = case["language"] == "ko"
a, b = case["input"].split()
best, matches = 0, []
for size in range(min(len(a), len(b)), 0, -1):
    found = [(pa, pb) for pa in combinations(range(len(a)), size) for pb in combinations(range(len(b)), size)
             if all(a[i] == b[j] for i, j in zip(pa, pb))]
    if found:
        best, matches = size, found
        break
if not matches:
    print("함께 나오는 글자가 없어 L = 0이고, 빈 짝 맞추기 하나만 있습니다." if ko
          else "No letter is shared, so L = 0 and only the empty match exists.")
else:
    shown = "; ".join("A[" + ",".join(str(i + 1) for i in pa) + "]–B[" + ",".join(str(j + 1) for j in pb) + "]"
                      for pa, pb in matches[:6])
    more = len(matches) > 6
    if ko:
        print(f"L = {best}이고 길이 L인 짝 맞추기는 {len(matches)}가지입니다: {shown}" + (" 등." if more else "."))
    else:
        print(f"L = {best}, and there {'is 1 match' if len(matches) == 1 else f'are {len(matches)} matches'} of that length: {shown}" + (", and more." if more else "."))
