"""A sample's explanation from its executed answer: reads {"input", "output", "language", "texts"} as JSON
(texts: the theme's words for the list's entries)."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
word = texts.get("word", "항목" if ko else "entry")
words_word = texts.get("words", "entries")
lines = case["input"].split("\n")
n = int(lines[0])
words = lines[1:1 + n]
answer = int(case["output"].split()[0])
pair = next(((i, j) for i in range(n) for j in range(i + 1, n)
             if answer and words[i][:answer] == words[j][:answer] and min(len(words[i]), len(words[j])) >= answer),
            None)
if pair is None:
    text = (f"같은 글자로 시작하는 두 {word}이(가) 없으므로 답은 0입니다." if ko
            else f"No two {words_word} begin with the same letter, so the answer is 0.")
else:
    i, j = pair
    p = words[i][:answer]
    if ko:
        text = (f"`{p}`은(는) {i + 1}번 {word} `{words[i]}`과(와) {j + 1}번 {word} `{words[j]}`의 접두사이고, "
                f"어떤 두 {word}도 이보다 긴 접두사를 함께 가지지 않으므로 답은 {answer}입니다.")
    else:
        text = (f"`{p}` is a prefix of {word} {i + 1} (`{words[i]}`) and {word} {j + 1} (`{words[j]}`), "
                f"and no two {words_word} share a longer beginning, so the answer is {answer}.")
print(text)
