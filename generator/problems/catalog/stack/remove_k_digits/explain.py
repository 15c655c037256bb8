"""A sample's explanation from its input alone: reads {"input", "language", "texts", ...} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = case["input"].split()
n, k, code = int(tokens[0]), int(tokens[1]), tokens[2]
# The smallest result and the positions it keeps: each kept digit is the smallest (leftmost on a tie) that still
# leaves enough digits after it.
kept, start = [], 0
for left in range(n - k, 0, -1):
    position = min(range(start, n - left + 1), key=lambda i: (code[i], i))
    kept.append(position)
    start = position + 1
result = "".join(code[i] for i in kept)
erased = [i for i in range(n) if i not in kept]
marked = "".join(f"[{c}]" if i in erased else c for i, c in enumerate(code))
places = ", ".join(str(i + 1) for i in erased)

if ko:
    print(f"{', '.join(f'{i + 1}번째' for i in erased)} 숫자를 지우면({marked}, 대괄호 안이 지운 숫자) {result}이(가) 남습니다. 남는 {n - k}자리 수 중 이보다 작은 것은 "
          f"만들 수 없으므로 답은 {result}입니다.")
else:
    print(f"Erasing the digits at positions {places} ({marked}, erased digits in brackets) leaves {result}; no other "
          f"choice of {k} leaves a smaller {n - k}-digit code, so the answer is {result}.")
