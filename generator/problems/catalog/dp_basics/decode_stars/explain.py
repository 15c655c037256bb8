"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
s = case["input"].strip()
answer = case["output"].strip()
MOD = 1_000_000_007


def one(c):
    return 9 if c == "*" else 0 if c == "0" else 1


def two(a, b):
    if a == "*":
        return 15 if b == "*" else 2 if b <= "6" else 1
    if a == "1":
        return 9 if b == "*" else 1
    if a == "2":
        return 6 if b == "*" else 1 if b <= "6" else 0
    return 0


ways = [1, one(s[0])]
for i in range(1, len(s)):
    ways.append((one(s[i]) * ways[-1] + two(s[i - 1], s[i]) * ways[-2]) % MOD)
shown = min(len(s), 8)
steps = []
for i in range(1, shown):
    steps.append(f"ways[{i + 1}] = {one(s[i])}·{ways[i]} + {two(s[i - 1], s[i])}·{ways[i - 1]} = {ways[i + 1]}")
table = "; ".join([f"ways[0] = 1, ways[1] = {ways[1]}"] + steps)
tail = "." if shown == len(s) else "; …"
if ko:
    print(f"ways[i]는 앞의 i글자를 해독하는 방법의 수입니다. 마지막 코드가 한 글자이면 그 글자가 될 수 있는 글자 수"
          f"(* → 9, 0 → 0, 나머지 → 1)에 ways[i − 1]을, 두 글자이면 두 글자가 될 수 있는 10~26의 코드 수"
          f"(** → 15, 1* → 9, 2* → 6, *d → d ≤ 6이면 2 아니면 1)에 ways[i − 2]를 곱해 더합니다. "
          f"{table}{tail} 답은 {answer}입니다.")
else:
    print(f"ways[i] counts the decodings of the first i characters. A last code of one character adds the letters it "
          f"can be (* → 9, 0 → 0, another digit → 1) times ways[i − 1]; a last code of two adds the codes 10..26 the "
          f"pair can be (** → 15, 1* → 9, 2* → 6, *d → 2 if d ≤ 6 else 1) times ways[i − 2]. {table}{tail} "
          f"The answer is {answer}.")
