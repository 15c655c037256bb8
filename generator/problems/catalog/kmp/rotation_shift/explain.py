"""A sample's explanation: the shift found (or why none), computed from the sample."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n, a, b = int(toks[0]), toks[1], toks[2]
k = next((k for k in range(n) if a[k:] + a[:k] == b), -1)
if k < 0:
    print(f"`{a}`을(를) 어떻게 돌려도 `{b}`이(가) 되지 않으므로 -1입니다." if ko
          else f"No shift of `{a}` gives `{b}`, so the answer is -1.")
elif ko:
    print(f"앞의 {k}글자(`{a[:k]}`)를 뒤로 옮기면 `{a[k:]}` + `{a[:k]}` = `{b}`이고, 더 작은 k로는 안 되므로 답은 {k}입니다."
          if k else f"`{a}`이(가) 이미 `{b}`과(와) 같으므로 답은 0입니다.")
else:
    print(f"Moving the first {k} letters `{a[:k]}` to the end gives `{a[k:]}` + `{a[:k]}` = `{b}`, and no smaller "
          f"shift works, so the answer is {k}." if k else f"`{a}` already equals `{b}`, so the answer is 0.")
