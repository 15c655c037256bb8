"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
s = case["input"].split()[1]
n = len(s)
answer = case["output"].split()[0]
pairs = [(i, n - 1 - i) for i in range(n // 2) if s[i] != s[n - 1 - i]]
fixed = list(s)
for i, j in pairs:
    fixed[j] = fixed[i]
result = "".join(fixed)
shown = ", ".join(f"{i + 1}–{j + 1} (`{s[i]}`/`{s[j]}`)" for i, j in pairs)
if not pairs:
    text = "이미 팰린드롬이므로 답은 0입니다." if ko else "The string is already a palindrome, so the answer is 0."
elif ko:
    text = (f"두 글자가 서로 다른 대칭 위치 쌍은 {shown}입니다. 쌍마다 한 글자만 바꾸면 되므로 답은 {answer}이고, "
            f"예를 들어 `{result}`처럼 바꿀 수 있습니다.")  # 처럼: no particle that must agree with the last letter
else:
    differ = "The mirror pair that differs is" if len(pairs) == 1 else "The mirror pairs that differ are"
    text = (f"{differ} {shown}. One change per pair is enough, so the answer is {answer}; "
            f"for example `{result}` can be made.")
print(text)
