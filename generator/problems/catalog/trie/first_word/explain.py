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
n, q = map(int, lines[0].split())
words, queries = lines[1:1 + n], lines[1 + n:1 + n + q]
answers = case["output"].split()
parts = []
for query, answer in list(zip(queries, answers))[:6]:
    hits = sorted(f"`{w}`" for w in words if w.startswith(query))
    if answer == "-1":
        parts.append(f"`{query}`(으)로 시작하는 {word}이(가) 없어 -1" if ko else f"nothing begins with `{query}`, so -1")
    elif ko:
        parts.append(f"`{query}`(으)로 시작하는 {word} {', '.join(hits)} 중 가장 앞서는 것은 {answer}번 `{words[int(answer) - 1]}`")
    else:
        parts.append(f"of {', '.join(hits)} (the {words_word} beginning with `{query}`) the first is {word} {answer}, "
                     f"`{words[int(answer) - 1]}`")
text = "; ".join(parts) + "."
print(text[0].upper() + text[1:])
