"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
lines = case["input"].split("\n")
n = int(lines[0])
words = lines[1:1 + n]
answer = int(case["output"].split()[0])
pair = next(((i, j) for i in range(n) for j in range(i + 1, n)
             if answer and words[i][:answer] == words[j][:answer] and min(len(words[i]), len(words[j])) >= answer),
            None)
if pair is None:
    text = ("같은 글자로 시작하는 두 항목이 없으므로 답은 0입니다." if ko
            else "No two entries begin with the same letter, so the answer is 0.")
else:
    i, j = pair
    p = words[i][:answer]
    if ko:
        text = (f"`{p}`은(는) {i + 1}번 항목 `{words[i]}`과(와) {j + 1}번 항목 `{words[j]}`의 접두사이고, "
                f"두 항목이 공유하는 더 긴 접두사는 없으므로 답은 {answer}입니다.")
    else:
        text = (f"`{p}` is a prefix of entry {i + 1} (`{words[i]}`) and entry {j + 1} (`{words[j]}`), "
                f"and no two entries share a longer beginning, so the answer is {answer}.")
print(text)
